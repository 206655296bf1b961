import{B as e}from"./chunks/bleeding-triage-zHa97K2E.js";export{T as TriageActionEvent,a as TriageCompleteEvent,b as TriageResetEvent,c as TriageStepEvent}from"./chunks/bleeding-triage-zHa97K2E.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
