import type { QuestionPlan } from './types.js';
/** Which questions are worth asking, given what is known so far. Validates what is present. */
export declare function questionsFor(partial?: unknown): QuestionPlan;
