import{b as t}from"./chunks/bleeding-triage-BRTL99It.js";export{e as TriageActionEvent,f as TriageCompleteEvent,h as TriageResetEvent,i as TriageStepEvent}from"./chunks/bleeding-triage-BRTL99It.js";import"lit";import"lit/decorators.js";"undefined"!=typeof customElements&&t.define();export{t as BleedingTriageElement};
//# sourceMappingURL=define.js.map
