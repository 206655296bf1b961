import { MAX_WEEKS, MIN_WEEKS } from '../engine/stage.js';
import { LOINC, UCUM } from './codes.js';

/** Why an Observation gave no weeks. */
export type GestationalAgeErrorReason = 'not-an-observation' | 'status' | 'code' | 'no-value' | 'unit' | 'out-of-range' | 'conflict';

/** Thrown by `weeksFromObservation`: `reason` says which check failed, the message what was found. */
export class GestationalAgeError extends TypeError {
  readonly reason: GestationalAgeErrorReason;

  constructor(reason: GestationalAgeErrorReason, detail: string) {
    super(`Cannot read completed weeks from this Observation: ${detail}`);
    this.name = 'GestationalAgeError';
    this.reason = reason;
  }
}

/** LOINC codes of a gestational age: in weeks, estimated, and plain (issue 14). */
export const GESTATIONAL_AGE_CODES = ['49051-6', '11884-4', '18185-9'] as const;

/** Only a result that is final, or was amended or corrected, is worth prefilling. */
const USABLE_STATUSES = ['final', 'amended', 'corrected'];

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown) => JSON.stringify(value) ?? String(value);

function codingsOf(concept: unknown): Json[] {
  return isRecord(concept) && Array.isArray(concept.coding) ? concept.coding.filter(isRecord) : [];
}

const isGestationalAge = (concept: unknown) =>
  codingsOf(concept).some((coding) => coding.system === LOINC && (GESTATIONAL_AGE_CODES as readonly unknown[]).includes(coding.code));

const describeCodes = (concept: unknown) => codingsOf(concept).map((coding) => `${String(coding.system)}|${String(coding.code)}`).join(', ') || 'none';

/** Completed weeks from a Quantity in UCUM weeks (`wk`) or days (`d`). */
function completedWeeks(quantity: Json, where: string): number {
  const { value, comparator } = quantity;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new GestationalAgeError('no-value', `${where}.value is ${show(value)}, not a number`);
  if (comparator !== undefined) throw new GestationalAgeError('no-value', `${where} is "${String(comparator)} ${value}", not a value`);
  const unit = quantity.code ?? quantity.unit;
  if ((quantity.system !== undefined && quantity.system !== UCUM) || (unit !== 'wk' && unit !== 'd')) {
    throw new GestationalAgeError('unit', `${where} is in ${show(unit)}${quantity.system ? ` (${String(quantity.system)})` : ''}; expected UCUM "wk" or "d"`);
  }
  const weeks = Math.floor(unit === 'wk' ? value : value / 7);
  if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
    throw new GestationalAgeError('out-of-range', `${where} is ${value} ${String(unit)}, ${weeks} completed weeks; expected ${MIN_WEEKS} to ${MAX_WEEKS}`);
  }
  return weeks;
}

/**
 * The completed weeks of pregnancy a gestational-age Observation records, to prefill the
 * element's `weeks` (which the person still confirms). Reads LOINC 49051-6, 11884-4 or 18185-9,
 * in weeks (`wk`, a fraction counts down: 12.9 wk is 12) or days (`d`: 87 d is 12), from
 * `valueQuantity` or else from the components that carry one of those codes. Pure: it does not
 * add the time since the Observation was made. Throws `GestationalAgeError` naming what was
 * wrong: not an Observation, a status other than final, amended or corrected, another code, no
 * value, another unit, outside 0–45 weeks, or components that disagree.
 */
export function weeksFromObservation(observation: unknown): number {
  if (!isRecord(observation) || observation.resourceType !== 'Observation') {
    throw new GestationalAgeError('not-an-observation', `expected an object with resourceType "Observation" (got ${isRecord(observation) ? show(observation.resourceType) : show(observation)})`);
  }
  if (!USABLE_STATUSES.includes(observation.status as string)) {
    throw new GestationalAgeError('status', `status is ${show(observation.status)}; only ${USABLE_STATUSES.join(', ')} is used`);
  }
  if (!isGestationalAge(observation.code)) {
    throw new GestationalAgeError('code', `code is ${describeCodes(observation.code)}; expected LOINC ${GESTATIONAL_AGE_CODES.join(', ')}`);
  }
  if (isRecord(observation.valueQuantity)) return completedWeeks(observation.valueQuantity, 'valueQuantity');
  const components = Array.isArray(observation.component) ? observation.component.filter(isRecord) : [];
  const readings = components.flatMap((component, index) =>
    isGestationalAge(component.code) && isRecord(component.valueQuantity) ? [completedWeeks(component.valueQuantity, `component[${index}].valueQuantity`)] : [],
  );
  if (!readings.length) {
    const other = Object.keys(observation).find((key) => /^value[A-Z]/.test(key));
    const absent = isRecord(observation.dataAbsentReason) ? ` (dataAbsentReason: ${describeCodes(observation.dataAbsentReason)})` : '';
    throw new GestationalAgeError('no-value', `${other ? `${other} is not a Quantity` : 'it has no valueQuantity'} and no gestational-age component with one${absent}`);
  }
  if (new Set(readings).size > 1) throw new GestationalAgeError('conflict', `its components say ${readings.join(' and ')} completed weeks`);
  return readings[0];
}
