import{a as t}from"./chunks/bleeding-triage-Cxd3uSfE.js";export{T as TriageActionEvent,b as TriageCompleteEvent,c as TriageResetEvent,d as TriageRulesetMismatchEvent,e as TriageStepEvent}from"./chunks/bleeding-triage-Cxd3uSfE.js";"undefined"!=typeof customElements&&t.define();export{t as BleedingTriageElement};
//# sourceMappingURL=define.js.map
