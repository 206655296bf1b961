/**
 * The FHIR QuestionnaireResponse reader (bleeding-triage/fhir): a file of its own, loaded only
 * when a host restores answers from one, so the drop-in carries none of it.
 */
export declare const fhir: import("./lazy.js").LazyPart<typeof import("../fhir/response-read.js")>;
