import{B as e}from"./chunks/bleeding-triage-B84GEu5E.js";export{T as TriageActionEvent,a as TriageCompleteEvent,b as TriageResetEvent,c as TriageStepEvent}from"./chunks/bleeding-triage-B84GEu5E.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
