import type { CodeSystem } from './types.js';
/**
 * The project's own FHIR R4 CodeSystems, one per vocabulary, versioned with the ruleset: the
 * codes every Questionnaire option and GuidanceResponse output uses, with English displays from
 * the widget's catalogues. For a terminology server; the resources themselves never need them.
 */
export declare function codeSystems(): CodeSystem[];
