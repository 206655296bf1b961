/**
 * The FHIR QuestionnaireResponse reader (bleeding-triage/fhir) and the restore that uses it: a
 * file of their own, loaded only when a host restores answers from a response.
 */
export declare const fhir: import("./lazy.js").LazyPart<typeof import("./fhir-restore.js")>;
