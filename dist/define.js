import{c as e}from"./chunks/bleeding-triage-DlcQzykz.js";export{f as TriageActionEvent,g as TriageCompleteEvent,i as TriageResetEvent,j as TriageStepEvent}from"./chunks/bleeding-triage-DlcQzykz.js";import"lit";import"lit/decorators.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
