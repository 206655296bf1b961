import { ADVICE } from './advice.js';
import { CAUSES } from './causes.js';
import { matches, type Reading } from './condition.js';
import { deepFreeze } from './freeze.js';
import { asksEctopicRisk, asksPlacenta } from './questions.js';
import { RULES, RULESET_VERSION } from './rules.js';
import { causeWeeks, stageOf, urgencyWeeks } from './stage.js';
import type { AdviceId, Answer, CauseId, Rule, TriageInput, TriageResult, Urgency } from './types.js';
import { URGENCIES, urgencyRank } from './urgency.js';
import { validateInput } from './validate.js';
import { ANSWERS } from './vocabulary.js';

// The three kinds of row, as the comment on RULES explains.
const URGENCY_RULES = RULES.filter((rule) => !rule.causes && !rule.when.stages && !rule.when.outcome);
const CAUSE_RULES = RULES.filter((rule) => (rule.causes || rule.when.stages) && !rule.when.outcome);
const OUTCOME_RULES = RULES.filter((rule) => rule.when.outcome);

const causeIndex = new Map(CAUSES.map((cause, index) => [cause.id, index]));
const reassuring = new Set(CAUSES.filter((cause) => cause.reassuring).map((cause) => cause.id));
const adviceIndex = new Map(ADVICE.map((advice, index) => [advice.id, index]));

const answerOf = (value: boolean | undefined): Answer =>
  value === undefined ? 'not-sure' : value ? 'yes' : 'no';

/** For urgency, a "not sure" to a question worth asking could mean either answer. */
function possibleAnswers(value: boolean | undefined, asked: boolean): readonly Answer[] {
  if (value !== undefined || !asked) return [answerOf(value)];
  return ANSWERS;
}

function highestUrgency(rules: Iterable<Rule>): Urgency {
  let highest = -1;
  for (const rule of rules) highest = Math.max(highest, urgencyRank(rule.urgency));
  // The floor rules cover every week, so this only fails if the table itself is broken.
  if (highest < 0) throw new Error('bleeding-triage: no rule set an urgency; the rule table is broken');
  return URGENCIES[highest];
}

function rankCauses(fired: readonly Rule[]): TriageResult['causes'] {
  const namedBy = new Map<CauseId, Rule[]>();
  for (const rule of fired) {
    for (const cause of rule.causes ?? []) namedBy.set(cause, [...(namedBy.get(cause) ?? []), rule]);
  }
  const strength = (cause: CauseId) => Math.max(...namedBy.get(cause)!.map((rule) => urgencyRank(rule.urgency)));
  return [...namedBy.keys()]
    .sort(
      (a, b) =>
        Number(reassuring.has(a)) - Number(reassuring.has(b)) ||
        strength(b) - strength(a) ||
        causeIndex.get(a)! - causeIndex.get(b)!,
    )
    .map((id) => ({ id, ruleIds: namedBy.get(id)!.map((rule) => rule.id) }));
}

function collectAdvice(fired: readonly Rule[]): AdviceId[] {
  const advice = new Set(fired.flatMap((rule) => rule.advice ?? []));
  return [...advice].sort((a, b) => adviceIndex.get(a)! - adviceIndex.get(b)!);
}

/**
 * Decides how urgently to get care, the possible causes and the advice. Pure and synchronous:
 * validates first (throwing `TriageInputError`), never changes its argument, and returns a
 * frozen result that is identical for identical input.
 */
export function triage(raw: TriageInput): TriageResult {
  const input = validateInput(raw);
  const stage = stageOf(input);
  const common = { bleeding: input.bleeding, symptoms: new Set(input.symptoms), outcome: null };
  const urgencyReading: Reading = {
    ...common,
    weeks: urgencyWeeks(input),
    stage: null,
    lowLyingPlacenta: possibleAnswers(input.lowLyingPlacenta, asksPlacenta(input)),
    ectopicRisk: possibleAnswers(input.ectopicRisk, asksEctopicRisk(input)),
  };
  const causeReading: Reading = {
    ...common,
    weeks: causeWeeks(input),
    stage,
    lowLyingPlacenta: [answerOf(input.lowLyingPlacenta)],
    ectopicRisk: [answerOf(input.ectopicRisk)],
  };

  const fired = new Set<Rule>();
  for (const rule of URGENCY_RULES) if (matches(rule.when, urgencyReading)) fired.add(rule);
  for (const rule of CAUSE_RULES) if (matches(rule.when, causeReading)) fired.add(rule);
  const urgency = highestUrgency(fired);
  const outcomeReading: Reading = { ...causeReading, outcome: urgency };
  for (const rule of OUTCOME_RULES) if (matches(rule.when, outcomeReading)) fired.add(rule);

  const inTableOrder = RULES.filter((rule) => fired.has(rule));
  return deepFreeze({
    urgency,
    stage,
    causes: rankCauses(inTableOrder),
    advice: collectAdvice(inTableOrder),
    fired: inTableOrder.map(({ id, urgency: level, sources }) =>
      level ? { ruleId: id, urgency: level, sources } : { ruleId: id, sources },
    ),
    rulesetVersion: RULESET_VERSION,
  });
}
