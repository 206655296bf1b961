import type { AdviceId, CauseId, SourceId, Stage, Urgency } from '../engine/types.js';
/** The stages a result can carry (SPEC §2): the engine names them in its types only. */
export declare const STAGES: readonly Stage[];
/** English displays and definitions of the outcome's codes, from the catalogues the card uses. */
export declare const OUTCOME_DISPLAY: {
    readonly urgency: (code: Urgency) => string;
    readonly stage: (code: Stage) => string;
    /** `weekUnpinned`: the words the card uses when the line applies only from a week the person did not pin (SPEC §8). */
    readonly advice: (code: AdviceId, weekUnpinned?: boolean) => string;
    readonly cause: (code: CauseId) => string;
    readonly source: (code: SourceId) => string;
};
export declare const OUTCOME_DEFINITION: {
    readonly cause: (code: CauseId) => string;
    readonly source: (code: SourceId) => string;
};
