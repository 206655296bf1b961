import type { QuestionPlan, TriageInput } from './types.js';
type Dating = Pick<TriageInput, 'weeks' | 'trimester'>;
/** Ectopic risk matters up to 13 weeks, and whenever the week is not known (SPEC §6). */
export declare function asksEctopicRisk(dating: Dating): boolean;
/** A low-lying placenta matters from 14 weeks, and whenever the week is not known (SPEC §6). */
export declare function asksPlacenta(dating: Dating): boolean;
/**
 * Which questions are worth asking for a dating already known to be valid. The element asks it
 * before the rest of the engine has loaded; `questionsFor` is the validating public form.
 */
export declare function planFor(dating: Dating): QuestionPlan;
export {};
