import { MAX_WEEKS, MIN_WEEKS } from './stage.js';
import type { Bleeding, Symptom, Trimester, TriageInput } from './types.js';
import { BLEEDING, SYMPTOMS, TRIMESTERS } from './vocabulary.js';

/** Why a field was refused. */
export type TriageInputErrorReason =
  | 'not-an-object'
  | 'missing'
  | 'wrong-type'
  | 'not-a-whole-number'
  | 'out-of-range'
  | 'unknown-value'
  | 'conflict'
  | 'unknown-field';

/** Thrown for input the engine cannot read; `field` names the culprit, `reason` says why. */
export class TriageInputError extends Error {
  readonly field: string;
  readonly reason: TriageInputErrorReason;

  constructor(field: string, reason: TriageInputErrorReason, detail: string) {
    super(`Invalid triage input: "${field}" ${detail}`);
    this.name = 'TriageInputError';
    this.field = field;
    this.reason = reason;
  }
}

const FIELDS = new Set(['weeks', 'trimester', 'bleeding', 'symptoms', 'lowLyingPlacenta', 'ectopicRisk']);

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string') {
    throw new TriageInputError(field, 'wrong-type', `must be one of ${allowed.join(', ')} (got ${describe(value)})`);
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new TriageInputError(field, 'unknown-value', `must be one of ${allowed.join(', ')} (got ${describe(value)})`);
  }
  return value as T;
}

function readWeeks(value: unknown): number {
  if (typeof value !== 'number') {
    throw new TriageInputError('weeks', 'wrong-type', `must be a number of completed weeks (got ${describe(value)})`);
  }
  if (!Number.isInteger(value)) {
    throw new TriageInputError('weeks', 'not-a-whole-number', `must be a whole number of completed weeks (got ${describe(value)})`);
  }
  if (value < MIN_WEEKS || value > MAX_WEEKS) {
    throw new TriageInputError('weeks', 'out-of-range', `must be from ${MIN_WEEKS} to ${MAX_WEEKS} (got ${value})`);
  }
  return value === 0 ? 0 : value; // -0 reads as 0
}

function readBoolean(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new TriageInputError(field, 'wrong-type', `must be true or false, or left out when not sure (got ${describe(value)})`);
  }
  return value;
}

function readSymptoms(value: unknown): Symptom[] {
  if (!Array.isArray(value)) {
    throw new TriageInputError('symptoms', 'wrong-type', `must be an array of symptoms, empty when there are none (got ${describe(value)})`);
  }
  for (const item of value) {
    if (typeof item !== 'string' || !(SYMPTOMS as readonly string[]).includes(item)) {
      throw new TriageInputError('symptoms', 'unknown-value', `contains ${describe(item)}, which is not a known symptom (known: ${SYMPTOMS.join(', ')})`);
    }
  }
  // Order and duplicates carry no meaning: keep one of each, in catalogue order.
  return SYMPTOMS.filter((symptom) => value.includes(symptom));
}

/** A field counts as given unless it is absent, undefined or null ("not sure"). */
function given(record: Record<string, unknown>, field: string): boolean {
  return record[field] !== undefined && record[field] !== null;
}

/**
 * Reads what is known so far. Required fields may be missing; whatever is present must be
 * valid. Returns a fresh object: the argument is never changed.
 */
export function validatePartialInput(raw: unknown): Partial<TriageInput> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new TriageInputError('input', 'not-an-object', `must be an object such as { weeks: 30, bleeding: 'light', symptoms: [] } (got ${describe(raw)})`);
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!FIELDS.has(key)) {
      throw new TriageInputError(key, 'unknown-field', `is not a triage input field (fields: ${[...FIELDS].join(', ')})`);
    }
  }
  const input: Partial<TriageInput> = {};
  if (given(record, 'weeks')) input.weeks = readWeeks(record.weeks);
  if (given(record, 'trimester')) {
    if (input.weeks !== undefined) {
      throw new TriageInputError('trimester', 'conflict', 'is only for when weeks are not known: give weeks or trimester, not both');
    }
    input.trimester = oneOf<Trimester>('trimester', record.trimester, TRIMESTERS);
  }
  if (given(record, 'bleeding')) input.bleeding = oneOf<Bleeding>('bleeding', record.bleeding, BLEEDING);
  if (given(record, 'symptoms')) input.symptoms = readSymptoms(record.symptoms);
  if (given(record, 'lowLyingPlacenta')) input.lowLyingPlacenta = readBoolean('lowLyingPlacenta', record.lowLyingPlacenta);
  if (given(record, 'ectopicRisk')) input.ectopicRisk = readBoolean('ectopicRisk', record.ectopicRisk);
  return input;
}

/**
 * Checks raw input against clinical/SPEC.md §1 and returns a clean copy (symptoms de-duplicated
 * in catalogue order, "not sure" fields left out). Throws `TriageInputError` naming the field.
 */
export function validateInput(raw: unknown): TriageInput {
  const input = validatePartialInput(raw);
  if (input.bleeding === undefined) {
    throw new TriageInputError('bleeding', 'missing', `is required: one of ${BLEEDING.join(', ')}`);
  }
  if (input.symptoms === undefined) {
    throw new TriageInputError('symptoms', 'missing', 'is required: an array of symptoms, empty when there are none');
  }
  return input as TriageInput;
}
