import type { QuestionPlan, TriageInput } from './types.js';
type Dating = Pick<TriageInput, 'weeks' | 'trimester'>;
/** Ectopic risk matters up to 13 weeks, and whenever the week is not known (SPEC §6). */
export declare function asksEctopicRisk(dating: Dating): boolean;
/** A low-lying placenta matters from 14 weeks, and whenever the week is not known (SPEC §6). */
export declare function asksPlacenta(dating: Dating): boolean;
/** Which questions are worth asking, given what is known so far. Validates what is present. */
export declare function questionsFor(partial?: unknown): QuestionPlan;
export {};
