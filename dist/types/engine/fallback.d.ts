import type { TriageInput, TriageResult } from './types.js';
/**
 * What to show if the engine itself fails (clinical/SPEC.md §3): emergency advice when any
 * answer given so far could be an emergency trigger, otherwise urgent advice. It reads the rule
 * table only to know which answers appear in emergency rules, and never throws.
 */
export declare function fallbackResult(answers: Partial<TriageInput> | null | undefined): TriageResult;
