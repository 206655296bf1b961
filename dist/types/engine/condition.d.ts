import type { WeekRange } from './stage.js';
import type { Answer, Bleeding, Condition, Stage, Symptom, Urgency } from './types.js';
/** Everything a condition can be tested against; each answer lists every value it could mean. */
export interface Reading {
    weeks: WeekRange;
    /** Null where stages are not read (urgency rules never name a stage). */
    stage: Stage | null;
    bleeding: Bleeding;
    symptoms: ReadonlySet<Symptom>;
    lowLyingPlacenta: readonly Answer[];
    ectopicRisk: readonly Answer[];
    /** Null until the urgency is decided. */
    outcome: Urgency | null;
}
/** True when some value the reading could mean meets every part of the condition. */
export declare function matches(when: Condition, reading: Reading): boolean;
