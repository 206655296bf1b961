import{a as t}from"./chunks/bleeding-triage-pzf7asGh.js";export{T as TriageActionEvent,b as TriageCompleteEvent,c as TriageResetEvent,d as TriageRulesetMismatchEvent,e as TriageStepEvent}from"./chunks/bleeding-triage-pzf7asGh.js";"undefined"!=typeof customElements&&t.define();export{t as BleedingTriageElement};
//# sourceMappingURL=define.js.map
