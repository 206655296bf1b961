import{B as e}from"./chunks/bleeding-triage-BzNsUeGB.js";export{T as TriageActionEvent,a as TriageCompleteEvent,b as TriageResetEvent,c as TriageStepEvent}from"./chunks/bleeding-triage-BzNsUeGB.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
