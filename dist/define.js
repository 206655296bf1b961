import{B as e}from"./chunks/bleeding-triage-BbG1mCuf.js";export{T as TriageActionEvent,a as TriageCompleteEvent,b as TriageResetEvent,c as TriageStepEvent}from"./chunks/bleeding-triage-BbG1mCuf.js";"undefined"!=typeof customElements&&e.define();export{e as BleedingTriageElement};
//# sourceMappingURL=define.js.map
