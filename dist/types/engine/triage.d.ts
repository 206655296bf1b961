import type { TriageInput, TriageResult } from './types.js';
/**
 * Decides how urgently to get care, the possible causes and the advice. Pure and synchronous:
 * validates first (throwing `TriageInputError`), never changes its argument, and returns a
 * frozen result that is identical for identical input.
 */
export declare function triage(raw: TriageInput): TriageResult;
