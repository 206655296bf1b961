import { matches, type Reading } from './condition.js';
import { RULES } from './rules.js';
import { MAX_WEEKS, MIN_WEEKS, urgencyWeeks } from './stage.js';
import type { Bleeding, Symptom, TriageInput, TriageResult } from './types.js';
import { TRIMESTERS } from './vocabulary.js';
import { RULESET_VERSION } from './version.js';

const EMERGENCY_ROWS = RULES.filter((rule) => rule.urgency === 'emergency' && !rule.causes);

/** Whether any answer so far is an emergency sign at any week those answers allow (SPEC §3). */
function anyEmergencySign(answers: Partial<TriageInput> | null | undefined): boolean {
  const symptoms = Array.isArray(answers?.symptoms) ? answers.symptoms.map(String) : [];
  const { weeks, trimester } = answers ?? {};
  // Only dating that is surely valid narrows the weeks; anything else is read at every week.
  const dating = Number.isInteger(weeks) && weeks! >= MIN_WEEKS && weeks! <= MAX_WEEKS ? { weeks } : TRIMESTERS.includes(trimester!) ? { trimester } : {};
  const reading: Reading = {
    weeks: urgencyWeeks(dating),
    stage: 'unknown',
    bleeding: String(answers?.bleeding) as Bleeding,
    symptoms: new Set(symptoms as Symptom[]),
    lowLyingPlacenta: 'not-sure',
    ectopicRisk: 'not-sure',
    outcome: null,
    otherCause: false,
  };
  return EMERGENCY_ROWS.some((rule) => matches(rule.when, reading));
}

/**
 * What to show if the engine itself fails (clinical/SPEC.md §3): emergency advice when any
 * answer given so far could be an emergency sign, otherwise urgent advice; the card follows §5
 * for its level and names no cause. It never throws.
 */
export function fallbackResult(answers: Partial<TriageInput> | null | undefined): TriageResult {
  let emergency = true;
  try {
    emergency = anyEmergencySign(answers);
  } catch {
    // Cannot tell: the more urgent advice.
  }
  return Object.freeze({
    urgency: emergency ? 'emergency' : 'urgent',
    stage: 'unknown',
    causes: [],
    advice: emergency
      ? ['call-emergency', 'what-to-tell', 'keep-pads', 'if-worse-while-waiting']
      : ['call-now', 'if-closed', 'safety-net', 'call-anyway', 'what-to-tell', 'keep-pads'],
    fired: [],
    rulesetVersion: RULESET_VERSION,
  } satisfies TriageResult);
}
