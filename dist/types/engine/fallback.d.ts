import type { TriageInput, TriageResult } from './types.js';
/**
 * What to show if the engine itself fails (clinical/SPEC.md §3): emergency advice when any
 * answer given so far could be an emergency sign, otherwise urgent advice; the card follows §5
 * for its level and names no cause. It never throws.
 */
export declare function fallbackResult(answers: Partial<TriageInput> | null | undefined): TriageResult;
