import { ADVICE } from './advice.js';
import { CAUSES } from './causes.js';
import { assumptions, matches, type Reading } from './condition.js';
import { deepFreeze } from './freeze.js';
import { asksEctopicRisk, asksPlacenta } from './plan.js';
import { RULES } from './rules.js';
import { causeWeeks, stageOf, urgencyWeeks } from './stage.js';
import type { AdviceId, Answer, Assumed, CauseId, FiredRule, Rule, TriageInput, TriageResult, Urgency } from './types.js';
import { URGENCIES, urgencyRank } from './urgency.js';
import { everyField, validateInput } from './validate.js';
import { RULESET_VERSION } from './version.js';

// The phases of the table, as the comment on RULES explains: what decides the urgency, then
// what depends on it, then the guard that no card is left without a cause worth naming.
const FIRST = RULES.filter((rule) => !rule.when.outcome && !rule.when.noOtherCause);
const ONCE_DECIDED = RULES.filter((rule) => rule.when.outcome && !rule.when.noOtherCause);
const LAST = RULES.filter((rule) => rule.when.noOtherCause);

const causeIndex = new Map(CAUSES.map((cause, index) => [cause.id, index]));
const reassuring = new Set(CAUSES.filter((cause) => cause.reassuring).map((cause) => cause.id));
const adviceIndex = new Map(ADVICE.map((advice, index) => [advice.id, index]));
const replaced = new Map(ADVICE.filter((advice) => advice.replaces).map((advice) => [advice.id, advice.replaces!]));

/** The person's answer where the question is asked at their dating; none where it is not. */
const answerOf = (value: boolean | undefined, asked: boolean): Answer | null =>
  !asked ? null : value === undefined ? 'not-sure' : value ? 'yes' : 'no';

function highestUrgency(fired: readonly Rule[]): Urgency {
  let highest = -1;
  for (const rule of fired) if (!rule.causes) highest = Math.max(highest, urgencyRank(rule.urgency));
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
  for (const [id, instead] of replaced) if (advice.has(id)) advice.delete(instead);
  return [...advice].sort((a, b) => adviceIndex.get(a)! - adviceIndex.get(b)!);
}

/**
 * Decides how urgently to get care, the possible causes and the advice. Pure and synchronous:
 * validates first (throwing `TriageInputError`), never changes its argument, and returns a
 * frozen result that is identical for identical input.
 */
export function triage(raw: TriageInput): TriageResult {
  const input = everyField(validateInput(raw));
  const stage = stageOf(input);
  const common = {
    stage,
    bleeding: input.bleeding,
    symptoms: new Set(input.symptoms),
    lowLyingPlacenta: answerOf(input.lowLyingPlacenta, asksPlacenta(input)),
    ectopicRisk: answerOf(input.ectopicRisk, asksEctopicRisk(input)),
    outcome: null,
    otherCause: false,
  };
  // Decisions read every week the answer could mean; causes read the person's own stage (SPEC §2).
  const decision: Reading = { ...common, weeks: urgencyWeeks(input) };
  const cause: Reading = { ...common, weeks: causeWeeks(input) };

  const fired = new Map<Rule, Assumed | undefined>();
  const read = (rules: readonly Rule[]) => {
    for (const rule of rules) {
      const reading = rule.causes ? cause : decision;
      if (matches(rule.when, reading)) fired.set(rule, assumptions(rule.when, reading));
    }
  };
  read(FIRST);
  const urgency = highestUrgency([...fired.keys()]);
  decision.outcome = cause.outcome = urgency;
  read(ONCE_DECIDED);
  cause.otherCause = [...fired.keys()].some((rule) => rule.causes?.some((id) => !reassuring.has(id)));
  read(LAST);

  const inTableOrder = RULES.filter((rule) => fired.has(rule));
  return deepFreeze({
    urgency,
    stage,
    causes: rankCauses(inTableOrder),
    advice: collectAdvice(inTableOrder),
    fired: inTableOrder.map((rule): FiredRule => {
      const assumed = fired.get(rule);
      return { ruleId: rule.id, ...(rule.urgency && { urgency: rule.urgency }), sources: rule.sources, ...(assumed && { assumed }) };
    }),
    rulesetVersion: RULESET_VERSION,
  });
}
