import type { Answer, Bleeding, Symptom, Trimester } from '../engine/types.js';
import type { TriageStep } from './events.js';
import type { Answers } from './flow.js';
import type { FieldError } from './view.js';
/** What the person has chosen on the page in front of them, before Continue. */
export interface Draft {
    weeksText: string;
    trimester?: Trimester | 'unknown';
    bleeding?: Bleeding;
    /** Ticked symptoms, or [NONE] for "None of these". */
    ticked: string[];
    ectopicRisk?: Answer;
    lowLyingPlacenta?: Answer;
}
/** A page filled in from the answers already given (or the host's prefilled week). */
export declare function draftOf(given: Answers, prefilledWeeks: number | undefined, offered: readonly Symptom[]): Draft;
/** "None of these" excludes every other box, and the other way round. */
export declare function tick(ticked: readonly string[], value: string, checked: boolean): string[];
/** The answers with this page's choice recorded, or the error to show when it is missing or wrong. */
export declare function commit(step: TriageStep, draft: Draft, given: Answers): Answers | FieldError;
export declare const isFieldError: (value: Answers | FieldError) => value is FieldError;
