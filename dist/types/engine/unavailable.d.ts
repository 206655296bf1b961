import type { TriageInput, TriageResult } from './types.js';
/**
 * What to show when the rules themselves could not load (the element loads them as a file of
 * their own): the more urgent advice whenever an answer could be part of an emergency, urgent
 * otherwise, naming no cause (SPEC §3). Needs nothing but the vocabulary, and never throws.
 */
export declare function unavailableResult(answers: Partial<TriageInput> | null | undefined): TriageResult;
