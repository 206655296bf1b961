import { RULES, RULESET_VERSION } from './rules.js';
import type { TriageInput, TriageResult } from './types.js';

/**
 * What to show if the engine itself fails (clinical/SPEC.md §3): emergency advice when any
 * answer given so far could be an emergency trigger, otherwise urgent advice. It reads the rule
 * table only to know which answers appear in emergency rules, and never throws.
 */
export function fallbackResult(answers: Partial<TriageInput> | null | undefined): TriageResult {
  let emergency = true;
  try {
    const emergencyRules = RULES.filter((rule) => rule.urgency === 'emergency');
    const triggers = new Set<string>(emergencyRules.flatMap((rule) => [...(rule.when.anyOf ?? []), ...(rule.when.allOf ?? [])]));
    const heavyTriggers = new Set<string>(emergencyRules.flatMap((rule) => rule.when.bleeding ?? []));
    const symptoms = Array.isArray(answers?.symptoms) ? answers.symptoms : [];
    emergency = heavyTriggers.has(String(answers?.bleeding)) || symptoms.some((symptom) => triggers.has(String(symptom)));
  } catch {
    // Cannot tell: the more urgent advice.
  }
  const urgency = emergency ? 'emergency' : 'urgent';
  return Object.freeze({
    urgency,
    stage: 'unknown',
    causes: [],
    advice: emergency ? ['call-emergency', 'safety-net', 'call-anyway'] : ['call-now', 'if-closed', 'safety-net', 'call-anyway'],
    fired: [],
    rulesetVersion: RULESET_VERSION,
  } satisfies TriageResult);
}
