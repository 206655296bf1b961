import{B as e}from"./chunks/bleeding-triage-D8syPfp1.js";export{T as TriageActionEvent,a as TriageCompleteEvent,b as TriageResetEvent,c as TriageRulesetMismatchEvent,d as TriageStepEvent}from"./chunks/bleeding-triage-D8syPfp1.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
