import{B as e}from"./chunks/bleeding-triage-fI0L0XAb.js";export{T as TriageActionEvent,a as TriageCompleteEvent,b as TriageResetEvent,c as TriageStepEvent}from"./chunks/bleeding-triage-fI0L0XAb.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
