import type { WeekRange } from './stage.js';
import type { Answer, Assumed, Bleeding, Condition, Stage, Symptom, Urgency } from './types.js';
/** Everything a condition can be tested against. */
export interface Reading {
    /** Every week the answer could mean: one week when it is pinned. */
    weeks: WeekRange;
    stage: Stage;
    bleeding: Bleeding;
    symptoms: ReadonlySet<Symptom>;
    /** The person's answer, or none at all where the question does not apply at their dating. */
    lowLyingPlacenta: Answer | null;
    ectopicRisk: Answer | null;
    /** Null until the urgency is decided. */
    outcome: Urgency | null;
    /** Whether the rules read so far named a cause that is not reassuring. */
    otherCause: boolean;
}
/** True when the reading meets every part of the condition (some week of it, for `weeks`). */
export declare function matches(when: Condition, reading: Reading): boolean;
/**
 * What a matching condition had to assume that the person did not say (SPEC §8), or undefined
 * when it held on their own answers alone.
 */
export declare function assumptions(when: Condition, reading: Reading): Assumed | undefined;
