import type { TriageInput } from '../engine/types.js';
import type { QuestionnaireResponse, Reference } from './types.js';
/** What a portal knows that the answers do not: who, when, where. All optional; nothing is guessed. */
export interface QuestionnaireResponseOptions {
    id?: string;
    /** The pregnant person, e.g. `{ reference: 'Patient/123' }`. */
    subject?: Reference;
    encounter?: Reference;
    /** When the answers were given, as a FHIR dateTime: this module never reads the clock. */
    authored?: string;
    author?: Reference;
    source?: Reference;
}
/**
 * The answers as a FHIR R4 QuestionnaireResponse to `questionnaire()`, status `completed`.
 *
 * It records what the element asked: a question its plan does not ask at the person's dating
 * cannot change the advice (SPEC §6) and is left out, as are questions after the answers already
 * called for the emergency number. A yes / no question that was asked and left out of the input
 * is recorded as the person's "not sure"; weeks left out as the trimester, or "I don't know".
 * `fromQuestionnaireResponse` reads it back to the same input. Throws `TriageInputError` for
 * invalid input (a saved `unwell-or-worried` is read as `very-unwell`).
 */
export declare function toQuestionnaireResponse(input: TriageInput, options?: QuestionnaireResponseOptions): QuestionnaireResponse;
