import type { Questionnaire } from './types.js';
/** One way a response does not fit its Questionnaire: where (a FHIRPath-like path) and what. */
export interface ResponseProblem {
    path: string;
    message: string;
}
/**
 * Checks a QuestionnaireResponse against its Questionnaire (by default `questionnaire()`): what
 * the R4 validators cannot, as they know nothing of the Questionnaire. Every item's linkId exists
 * at that place and in that order, each answer holds exactly one value[x] of the item's type (a
 * choice one of its options; an integer inside minValue..maxValue), nothing answers a question
 * its enableWhen hides, every required question asked is answered, and a question that does not
 * repeat has one answer. The Questionnaire's version is not compared: its items are. Returns the
 * problems, empty when there are none; never throws.
 */
export declare function checkResponse(response: unknown, questionnaire?: Questionnaire): ResponseProblem[];
