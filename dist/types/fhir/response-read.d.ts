import type { TriageInput } from '../engine/types.js';
import { type ResponseProblem } from './response-check.js';
/** A QuestionnaireResponse that cannot be read back as answers; `problems` says every reason. */
export declare class QuestionnaireResponseError extends TypeError {
    readonly problems: readonly ResponseProblem[];
    constructor(problems: readonly ResponseProblem[]);
}
/**
 * The answers in a QuestionnaireResponse to `questionnaire()` (any version), as engine input:
 * "not sure" answers and a trimester of "I don't know" become absent fields, as the engine reads
 * them. Throws `QuestionnaireResponseError` listing every problem when the response does not fit
 * the Questionnaire (`checkResponse`) or is not completed or amended. Needs none of the rules:
 * the element loads this alone, and its `answers` setter validates what it returns.
 */
export declare function readResponse(response: unknown): TriageInput;
