import{b as e}from"./chunks/bleeding-triage-D6lBMVLR.js";export{f as TriageActionEvent,g as TriageCompleteEvent,h as TriageResetEvent,i as TriageRulesetMismatchEvent,j as TriageStepEvent}from"./chunks/bleeding-triage-D6lBMVLR.js";import"lit";import"lit/decorators.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
