import{B as e}from"./chunks/bleeding-triage-CPobQmJW.js";export{T as TriageActionEvent,a as TriageCompleteEvent,b as TriageResetEvent,c as TriageRulesetMismatchEvent,d as TriageStepEvent}from"./chunks/bleeding-triage-CPobQmJW.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
