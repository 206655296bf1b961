import type { Stage, Trimester } from './types.js';
/** An inclusive range of completed weeks. */
export interface WeekRange {
    from: number;
    to: number;
}
export declare const MIN_WEEKS = 0;
export declare const MAX_WEEKS = 45;
export declare function stageOfWeek(weeks: number): Exclude<Stage, 'unknown'>;
interface Dating {
    weeks?: number;
    trimester?: Trimester;
}
/** The stage shown to the person and used for causes. */
export declare function stageOf({ weeks, trimester }: Dating): Stage;
/** The weeks the answer could mean when deciding urgency and advice: the widest reading. */
export declare function urgencyWeeks({ weeks, trimester }: Dating): WeekRange;
/** The weeks the answer could mean when naming causes: the person's own stage. */
export declare function causeWeeks(dating: Dating): WeekRange;
export {};
