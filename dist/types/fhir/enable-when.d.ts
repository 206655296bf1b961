import type { QuestionnaireItem } from './types.js';
type Value = unknown;
/** Every answer given to each question (by linkId) anywhere in a response. */
export type AnswersByLinkId = ReadonlyMap<string, readonly Record<string, Value>[]>;
/** Whether a Questionnaire item is asked, given the answers: every condition, or any one with `enableBehavior: 'any'`. */
export declare function isEnabled(item: QuestionnaireItem, answers: AnswersByLinkId): boolean;
export {};
