import type { Answer, Bleeding, LegacySymptom, Symptom, Trimester } from './types.js';

/** Every symptom, in the order clinical/SPEC.md §1 lists them (and the UI offers them). */
export const SYMPTOMS: readonly Symptom[] = Object.freeze([
  'nausea',
  'mild-cramps',
  'one-sided-pain',
  'severe-pain',
  'shoulder-tip-pain',
  'dizziness-fainting',
  'clots-or-tissue',
  'fever',
  'contractions',
  'fluid-leak',
  'reduced-movements',
  'headache-vision',
  'trauma',
  'after-sex',
  'pain-toilet',
  'very-unwell',
  'worried',
] as const);

/**
 * Answers that call for the emergency number at every week (SPEC §3): asked first, so nobody
 * who needs an ambulance reads a long list before finding theirs (SPEC §6).
 */
export const EMERGENCY_SIGNS: readonly Symptom[] = Object.freeze([
  'severe-pain',
  'shoulder-tip-pain',
  'dizziness-fainting',
  'very-unwell',
] as const);

/**
 * Every symptom that is part of an emergency row at some week, alone or with another (SPEC §3);
 * a test derives the same list from the rule table. Only for the fallback when the rules
 * themselves could not load: then any of these, or heavy bleeding, calls for the emergency number.
 */
export const EMERGENCY_PARTS: readonly Symptom[] = Object.freeze(
  SYMPTOMS.filter((symptom) => !['nausea', 'headache-vision', 'after-sex', 'worried'].includes(symptom)),
);

/** Saved version-2 answers, read as the current symptom they most urgently meant (SPEC §1). */
export const LEGACY_SYMPTOMS: Readonly<Record<LegacySymptom, Symptom>> = Object.freeze({
  'unwell-or-worried': 'very-unwell',
});

/** Lightest first: the order urgency must never fall along. */
export const BLEEDING: readonly Bleeding[] = Object.freeze(['spotting', 'light', 'heavy'] as const);

export const TRIMESTERS: readonly Trimester[] = Object.freeze(['first', 'second', 'third'] as const);

/** Every way to answer a yes / no / not sure question, in the order they are offered. */
export const ANSWERS: readonly Answer[] = Object.freeze(['yes', 'no', 'not-sure'] as const);

/** "Any pain" as clinical/SPEC.md §3 defines it. */
export const ANY_PAIN: readonly Symptom[] = Object.freeze([
  'mild-cramps',
  'one-sided-pain',
  'severe-pain',
  'shoulder-tip-pain',
  'contractions',
  'pain-toilet',
] as const);
