import { BLEEDING, SYMPTOMS, type Symptom, type TriageInput } from '../../src/engine/index.js';
import { ALL_DATINGS, at } from './inputs.js';

export const OPTIONAL_BOOLEANS = [true, false, undefined] as const;

/** Leaves "not sure" fields out, as a host would. */
export const withoutUndefined = (input: TriageInput): TriageInput =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as unknown as TriageInput;

/** No symptom, each symptom alone, and every pair. */
export function symptomSets(maxSize: 1 | 2): Symptom[][] {
  const sets: Symptom[][] = [[], ...SYMPTOMS.map((symptom) => [symptom])];
  if (maxSize === 2) SYMPTOMS.forEach((a, i) => SYMPTOMS.slice(i + 1).forEach((b) => sets.push([a, b])));
  return sets;
}

/**
 * The clinical-safety review's sweep (SPEC §9): every week, trimester and "not sure"; every
 * amount; no symptom, one or a pair; and every yes / no / not sure answer to both questions.
 */
export function* sweep(maxSymptoms: 1 | 2 = 2): Generator<TriageInput> {
  const sets = symptomSets(maxSymptoms);
  for (const dating of ALL_DATINGS) {
    for (const bleeding of BLEEDING) {
      for (const symptoms of sets) {
        for (const lowLyingPlacenta of OPTIONAL_BOOLEANS) {
          for (const ectopicRisk of OPTIONAL_BOOLEANS) {
            yield withoutUndefined(at(dating, symptoms, { bleeding, lowLyingPlacenta, ectopicRisk }));
          }
        }
      }
    }
  }
}
