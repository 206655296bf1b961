import type { TriageInput, TriageResult } from './types.js';
import { EMERGENCY_PARTS } from './vocabulary.js';
import { RULESET_VERSION } from './version.js';

/**
 * What to show when the rules themselves could not load (the element loads them as a file of
 * their own): the more urgent advice whenever an answer could be part of an emergency, urgent
 * otherwise, naming no cause (SPEC §3). Needs nothing but the vocabulary, and never throws.
 */
export function unavailableResult(answers: Partial<TriageInput> | null | undefined): TriageResult {
  let emergency = true;
  try {
    const symptoms: unknown[] = Array.isArray(answers?.symptoms) ? answers.symptoms : [];
    emergency = answers?.bleeding === 'heavy' || symptoms.some((symptom) => EMERGENCY_PARTS.includes(symptom as never));
  } catch {
    // Cannot tell: the more urgent advice.
  }
  return Object.freeze({
    urgency: emergency ? 'emergency' : 'urgent',
    stage: 'unknown',
    causes: [],
    advice: emergency ? ['call-emergency', 'if-worse-while-waiting'] : ['call-now', 'if-closed', 'safety-net', 'call-anyway'],
    fired: [],
    rulesetVersion: RULESET_VERSION,
  } satisfies TriageResult);
}
