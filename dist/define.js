import{b as t}from"./chunks/bleeding-triage-DTVelzHm.js";export{e as TriageActionEvent,f as TriageCompleteEvent,h as TriageResetEvent,i as TriageStepEvent}from"./chunks/bleeding-triage-DTVelzHm.js";import"lit";import"lit/decorators.js";"undefined"!=typeof customElements&&t.define();export{t as BleedingTriageElement};
//# sourceMappingURL=define.js.map
