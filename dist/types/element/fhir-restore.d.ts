import type { warn as Warn } from './attributes.js';
/**
 * Restores an element's answers from a FHIR QuestionnaireResponse. It loads as a file of its own
 * with the reader, so the drop-in carries only the call to it. One that does not fit the
 * Questionnaire is refused with a warning giving its id and why, never its answers (they are
 * health data), and the first question shows.
 */
export declare function restore(element: {
    answers: unknown;
}, response: unknown, warn: typeof Warn): void;
