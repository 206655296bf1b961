import{b as t}from"./chunks/bleeding-triage-BgnMnksN.js";export{e as TriageActionEvent,f as TriageCompleteEvent,g as TriageResetEvent,h as TriageStepEvent}from"./chunks/bleeding-triage-BgnMnksN.js";import"lit";import"lit/decorators.js";"undefined"!=typeof customElements&&t.define();export{t as BleedingTriageElement};
//# sourceMappingURL=define.js.map
