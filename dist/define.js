import{c as e}from"./chunks/bleeding-triage-CnSzhO86.js";export{f as TriageActionEvent,g as TriageCompleteEvent,h as TriageResetEvent,i as TriageStepEvent}from"./chunks/bleeding-triage-CnSzhO86.js";import"lit";import"lit/decorators.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
