import { lazyPart } from './lazy.js';

/**
 * The FHIR QuestionnaireResponse reader (bleeding-triage/fhir): a file of its own, loaded only
 * when a host restores answers from one, so the drop-in carries none of it.
 */
export const fhir = lazyPart('the FHIR reader', () => import('../fhir/response-read.js'));
