import type { TriageInput } from '../engine/types.js';
/**
 * Reads the answers back from a QuestionnaireResponse to `questionnaire()` (any version), as
 * valid engine input: `fromQuestionnaireResponse(toQuestionnaireResponse(input))` gives the input
 * back. "Not sure" answers and a trimester of "I don't know" become absent fields, as the engine
 * reads them. Throws `QuestionnaireResponseError` listing every problem when the response does
 * not fit the Questionnaire (`checkResponse`) or is not completed or amended.
 */
export declare function fromQuestionnaireResponse(response: unknown): TriageInput;
