import type { Symptom, TriageInput, Trimester } from '../../src/engine/index.js';

export type Dating = number | Trimester | 'unknown';

/** A readable input: `at(30, ['fever'], { lowLyingPlacenta: false })`; bleeding defaults to light. */
export function at(dating: Dating, symptoms: Symptom[] = [], extra: Partial<TriageInput> = {}): TriageInput {
  const input: TriageInput = { bleeding: 'light', symptoms, ...extra };
  if (typeof dating === 'number') input.weeks = dating;
  else if (dating !== 'unknown') input.trimester = dating;
  return input;
}

export const describeInput = (input: TriageInput) => JSON.stringify(input);

/** Every way a person can date the pregnancy: each week, each trimester, and "not sure". */
export const ALL_DATINGS: Dating[] = [
  ...Array.from({ length: 46 }, (_, week) => week),
  'first',
  'second',
  'third',
  'unknown',
];
