/**
 * `bleeding-triage/fhir`: FHIR R4 in and out, for patient portals. Pure functions, no network,
 * no clock, no DOM: the Questionnaire the element asks, the answers as a QuestionnaireResponse
 * and back, the advice as a GuidanceResponse, and the weeks from a gestational-age Observation.
 */
export { questionnaire, QUESTIONNAIRE_URL, LINK_ID } from './questionnaire.js';
export { toQuestionnaireResponse, type QuestionnaireResponseOptions } from './response-to.js';
export { fromQuestionnaireResponse } from './response-from.js';
export { QuestionnaireResponseError } from './response-read.js';
export { checkResponse, type ResponseProblem } from './response-check.js';
export { toGuidanceResponse, type GuidanceResponseOptions } from './guidance-response.js';
export { weeksFromObservation, GestationalAgeError, GESTATIONAL_AGE_CODES, type GestationalAgeErrorReason } from './observation.js';
export { codeSystems } from './code-systems.js';
export { CODE_SYSTEM, FHIR_BASE, VERIFIED, type CodeSystemName, type TrimesterAnswer } from './codes.js';
export type * from './types.js';
