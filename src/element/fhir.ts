import { lazyPart } from './lazy.js';

/**
 * The FHIR QuestionnaireResponse reader (bleeding-triage/fhir) and the restore that uses it: a
 * file of their own, loaded only when a host restores answers from a response.
 */
export const fhir = lazyPart('the FHIR reader', () => import('./fhir-restore.js'));
