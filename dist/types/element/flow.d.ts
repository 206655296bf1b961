import type { Answer, Bleeding, Symptom, TriageInput, Trimester, Urgency } from '../engine/types.js';
import type { TriageStep } from './events.js';
/** What the person has answered so far, including "not sure" answers. */
export interface Answers {
    /** How the person dated the pregnancy: by weeks, or "not sure" (then a trimester, or not). */
    dating?: 'weeks' | 'unsure';
    weeks?: number;
    /** After "not sure": a trimester, or 'unknown'. */
    trimester?: Trimester | 'unknown';
    bleeding?: Bleeding;
    symptoms?: Symptom[];
    ectopicRisk?: Answer;
    lowLyingPlacenta?: Answer;
}
/**
 * No answers yet, with every field present: the flow reads answers by field name, and a field
 * another script put on Object.prototype ("ectopicRisk") must never be read as the person's.
 * Every Answers object is made from this one, by spreading.
 */
export declare const noAnswers: () => Answers;
/** Whether the person has answered the question on this page. */
export declare const answered: (answers: Answers, step: TriageStep) => boolean;
/** Every page on the path the answers so far lead to, ignoring early exits. */
export declare function pathFor(answers: Answers): TriageStep[];
/** Where a question page stands among the question pages on that path: "Question 2 of 4". */
export declare function pagePosition(answers: Answers, step: Exclude<TriageStep, 'outcome'>): [current: number, total: number];
/** The symptoms worth offering at the week or trimester given so far. */
export declare const offeredSymptoms: (answers: Answers) => Symptom[];
/** The engine input for the questions this path asks; unanswered and "not sure" are left out. */
export declare function inputOf(answers: Answers): Partial<TriageInput>;
/** The input the engine needs once bleeding is known: symptoms not yet asked count as none. */
export declare function completeInput(answers: Answers): TriageInput;
/**
 * The page after `current`. Heavy bleeding or any emergency symptom ends the questions at
 * once: no one who needs an ambulance answers more questions (DESIGN.md §4). `urgencyNow` is
 * the element's own engine call, so a failing engine stops here on the same safe fallback.
 */
export declare function nextStep(current: TriageStep, answers: Answers, urgencyNow: () => Urgency): TriageStep;
/**
 * Reads a public `answers` value (engine input) back into the flow's own terms. In a complete
 * input, a missing week and missing yes/no answers mean "not sure".
 */
export declare function answersOf(input: Partial<TriageInput>, complete: boolean): Answers;
