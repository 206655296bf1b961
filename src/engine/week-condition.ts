import { ADVICE } from './advice.js';
import { RULES } from './rules.js';
import type { AdviceId, TriageResult } from './types.js';

const fromWeeks = new Set(ADVICE.filter((advice) => advice.fromWeeks !== undefined).map((advice) => advice.id));
const ruleById = new Map(RULES.map((rule) => [rule.id, rule]));

/**
 * The advice a result gives only because the person's week is not pinned: each line that applies
 * from a week, every rule that gave it having read an unpinned dating at those weeks. A UI begins
 * these with their condition, "If you are 24 weeks pregnant or more, …" (SPEC §8).
 */
export function adviceWithWeekCondition(result: TriageResult): AdviceId[] {
  return result.advice.filter((id) => {
    if (!fromWeeks.has(id)) return false;
    const givers = result.fired.filter((entry) => ruleById.get(entry.ruleId)?.advice?.includes(id));
    // Own fields only: an `assumed` another script put on Object.prototype is not the engine's.
    return givers.length > 0 && givers.every((entry) => Object.hasOwn(entry, 'assumed') && Object.hasOwn(entry.assumed!, 'weeks'));
  });
}
