import type { AdviceId, TriageResult } from './types.js';
/**
 * The advice a result gives only because the person's week is not pinned: each line that applies
 * from a week, every rule that gave it having read an unpinned dating at those weeks. A UI begins
 * these with their condition, "If you are 24 weeks pregnant or more, …" (SPEC §8).
 */
export declare function adviceWithWeekCondition(result: TriageResult): AdviceId[];
