import type { Symptom } from '../engine/types.js';
import { type TrimesterAnswer } from './codes.js';
import type { Questionnaire } from './types.js';
export declare const QUESTIONNAIRE_URL = "https://bleeding-triage.example/fhir/Questionnaire/bleeding-in-pregnancy";
/** The linkId of each question: the engine's field names, and one item per symptom. */
export declare const LINK_ID: {
    readonly weeks: "weeks";
    readonly trimester: "trimester";
    readonly bleeding: "bleeding";
    readonly symptoms: "symptoms";
    /** The emergency signs, first, in a group of their own as the element boxes them. */
    readonly emergencySigns: "symptoms.emergency-signs";
    readonly symptom: (symptom: Symptom) => string;
    readonly ectopicRisk: "ectopicRisk";
    readonly lowLyingPlacenta: "lowLyingPlacenta";
};
export declare const TRIMESTER_ANSWERS: readonly TrimesterAnswer[];
/**
 * The questions `<bleeding-triage>` asks (clinical/SPEC.md §6), in its order and words (English),
 * as a FHIR R4 Questionnaire. Its version is the ruleset's. A fresh object on every call.
 */
export declare function questionnaire(): Questionnaire;
/**
 * One copy, built once, for this module's own reading (the checks and look-ups of every
 * response); never handed out. Not frozen: freezing would tie the element's reader to the rules.
 */
export declare const sharedQuestionnaire: () => Questionnaire;
