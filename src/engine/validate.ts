import { MAX_WEEKS, MIN_WEEKS } from './stage.js';
import type { Bleeding, Symptom, Trimester, TriageInput } from './types.js';
import { BLEEDING, LEGACY_SYMPTOMS, SYMPTOMS, TRIMESTERS } from './vocabulary.js';

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

const isLegacy = (item: string): item is keyof typeof LEGACY_SYMPTOMS => Object.hasOwn(LEGACY_SYMPTOMS, item);

function readSymptoms(value: unknown): Symptom[] {
  if (!Array.isArray(value)) {
    throw new TriageInputError('symptoms', 'wrong-type', `must be an array of symptoms, empty when there are none (got ${describe(value)})`);
  }
  const read = new Set<string>();
  // By index: the array's own items, whatever another script did to Array.prototype.
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = Object.hasOwn(value, index) ? value[index] : undefined;
    if (typeof item === 'string' && isLegacy(item)) read.add(LEGACY_SYMPTOMS[item]);
    else if (typeof item === 'string' && (SYMPTOMS as readonly string[]).includes(item)) read.add(item);
    else throw new TriageInputError('symptoms', 'unknown-value', `contains ${describe(item)}, which is not a known symptom (known: ${SYMPTOMS.join(', ')})`);
  }
  // Order and duplicates carry no meaning: keep one of each, in catalogue order.
  return SYMPTOMS.filter((symptom) => read.has(symptom));
}

/**
 * A field counts as given unless it is absent, undefined or null ("not sure"). Only the input's
 * own fields are read: a field inherited from a polluted `Object.prototype` is not an answer.
 */
function given(record: Record<string, unknown>, field: string): boolean {
  return Object.hasOwn(record, field) && record[field] !== undefined && record[field] !== null;
}

/**
 * Reads what is known so far. Required fields may be missing; whatever is present must be
 * valid. Returns a fresh object: the argument is never changed.
 */
export function validatePartialInput(raw: unknown): Partial<TriageInput> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new TriageInputError('input', 'not-an-object', `must be an object such as { weeks: 30, bleeding: 'light', symptoms: [] } (got ${describe(raw)})`);
  }
  const prototype = Object.getPrototypeOf(raw);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TriageInputError('input', 'not-an-object', 'must be a plain object (an object literal or JSON), not an instance of a class');
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
    if (given(record, 'weeks')) {
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

type Complete<T> = { [K in keyof Required<T>]: T[K] };

/**
 * The same input with every field its own property, "not sure" ones set to undefined: reading a
 * field can then never reach a value another script put on Object.prototype.
 */
export function everyField<T extends Partial<TriageInput>>(input: T): Complete<Partial<TriageInput>> & T {
  const own = <K extends keyof TriageInput>(field: K) => (Object.hasOwn(input, field) ? input[field] : undefined);
  return {
    weeks: own('weeks'),
    trimester: own('trimester'),
    bleeding: own('bleeding'),
    symptoms: own('symptoms'),
    lowLyingPlacenta: own('lowLyingPlacenta'),
    ectopicRisk: own('ectopicRisk'),
  } as Complete<Partial<TriageInput>> & T;
}

/**
 * Checks raw input against clinical/SPEC.md §1 and returns a clean copy (symptoms de-duplicated
 * in catalogue order, "not sure" fields left out). Throws `TriageInputError` naming the field.
 */
export function validateInput(raw: unknown): TriageInput {
  const input = validatePartialInput(raw);
  if (!Object.hasOwn(input, 'bleeding')) {
    throw new TriageInputError('bleeding', 'missing', `is required: one of ${BLEEDING.join(', ')}`);
  }
  if (!Object.hasOwn(input, 'symptoms')) {
    throw new TriageInputError('symptoms', 'missing', 'is required: an array of symptoms, empty when there are none');
  }
  return input as TriageInput;
}
