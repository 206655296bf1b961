import { ADVICE } from '../engine/advice.js';
import { CAUSES } from '../engine/causes.js';
import { RULESET_FINGERPRINT } from '../engine/fingerprint.js';
import { SOURCES } from '../engine/sources.js';
import type { FiredRule, TriageResult } from '../engine/types.js';
import { URGENCIES } from '../engine/urgency.js';
import { RULESET_VERSION } from '../engine/version.js';
import { adviceWithWeekCondition } from '../engine/week-condition.js';
import { en } from '../i18n/en.js';
import { FHIR_BASE, ownCoding, UCUM, VERIFIED } from './codes.js';
import { OUTCOME_DISPLAY, STAGES } from './outcome-codes.js';
import type { GuidanceResponse, Identifier, ParametersParameter, Quantity, Reference } from './types.js';

export interface GuidanceResponseOptions {
  id?: string;
  /** The pregnant person, e.g. `{ reference: 'Patient/123' }`. */
  subject?: Reference;
  encounter?: Reference;
  /** When the advice was given, as a FHIR dateTime: this module never reads the clock. */
  occurrenceDateTime?: string;
  /** Ties the advice to the request (or to the QuestionnaireResponse it answered). */
  requestIdentifier?: Identifier;
  /**
   * The ruleset fingerprint a deploying organisation pins (triage-complete's
   * `detail.rulesetFingerprint`). Default: the engine's own `RULESET_FINGERPRINT` when the result
   * is of this ruleset version; none for a result of another version (one stored earlier, say).
   */
  rulesetFingerprint?: string;
}

/** `#outcome`: the contained Parameters that `outputParameters` points to. */
const OUTPUT_ID = 'outcome';

const known = {
  urgency: new Set<string>(URGENCIES),
  stage: new Set<string>(STAGES),
  advice: new Set<string>(ADVICE.map((advice) => advice.id)),
  cause: new Set<string>(CAUSES.map((cause) => cause.id)),
  source: new Set<string>(Object.keys(SOURCES)),
};

/** Refuses what is not an engine result, naming the field, before anything is written. */
function checkResult(result: TriageResult): void {
  const fail = (field: string, detail: string) => {
    throw new TypeError(`toGuidanceResponse: result.${field} ${detail}`);
  };
  const oneOf = (field: string, value: unknown, set: Set<string>) => {
    if (typeof value !== 'string' || !set.has(value)) fail(field, `is ${JSON.stringify(value)}, not one of ${[...set].join(', ')}`);
  };
  if (typeof result !== 'object' || result === null) throw new TypeError('toGuidanceResponse: result must be a TriageResult (the engine’s, or triage-complete’s detail.result)');
  oneOf('urgency', result.urgency, known.urgency);
  oneOf('stage', result.stage, known.stage);
  if (typeof result.rulesetVersion !== 'string') fail('rulesetVersion', 'must be the ruleset version string');
  for (const field of ['advice', 'causes', 'fired'] as const) if (!Array.isArray(result[field])) fail(field, 'must be an array');
  result.advice.forEach((id, index) => oneOf(`advice[${index}]`, id, known.advice));
  result.causes.forEach((cause, index) => oneOf(`causes[${index}].id`, cause?.id, known.cause));
  result.fired.forEach((entry, index) => {
    if (typeof entry?.ruleId !== 'string' || !Array.isArray(entry.sources)) fail(`fired[${index}]`, 'must be a fired rule: { ruleId, sources }');
    entry.sources.forEach((source, at) => oneOf(`fired[${index}].sources[${at}]`, source, known.source));
  });
}

const weeksQuantity = (value: number): Quantity => ({ value, unit: 'wk', system: UCUM, code: 'wk' });

/** One fired rule: its id, the urgency it set, its sources, and what it assumed (SPEC §8). */
function firedRule(entry: FiredRule): ParametersParameter {
  const { assumed } = entry;
  return {
    name: 'fired-rule',
    part: [
      { name: 'rule', valueCoding: ownCoding('rule', entry.ruleId) },
      ...(entry.urgency ? [{ name: 'urgency', valueCoding: ownCoding('urgency', entry.urgency, OUTCOME_DISPLAY.urgency(entry.urgency)) }] : []),
      ...entry.sources.map((source) => ({ name: 'source', valueCoding: ownCoding('source', source, OUTCOME_DISPLAY.source(source)) })),
      ...(assumed?.ectopicRisk ? [{ name: 'assumed-ectopic-risk', valueBoolean: true }] : []),
      ...(assumed?.lowLyingPlacenta ? [{ name: 'assumed-low-lying-placenta', valueBoolean: true }] : []),
      ...(assumed?.weeks ? [{ name: 'assumed-weeks', valueRange: { low: weeksQuantity(assumed.weeks.from), high: weeksQuantity(assumed.weeks.to) } }] : []),
    ],
  };
}

/**
 * The engine's result as a FHIR R4 GuidanceResponse, status `success`. The outcome is in a
 * contained Parameters resource that `outputParameters` points to — R4's place for what a
 * module returns (reasonCode says why guidance was asked for, so it holds the bleeding, and an
 * extension would need a profile of our own): `urgency`, `stage`, each `advice` in the card's
 * order, each `cause` with the rules that named it, every `fired-rule` with its urgency, sources
 * and assumed readings, the `ruleset-version` and its `ruleset-fingerprint`, all
 * coded in the project's CodeSystems. `moduleUri` names the ruleset and its version.
 */
export function toGuidanceResponse(result: TriageResult, options: GuidanceResponseOptions = {}): GuidanceResponse {
  checkResult(result);
  const conditional = new Set(adviceWithWeekCondition(result));
  const fingerprint = options.rulesetFingerprint ?? (result.rulesetVersion === RULESET_VERSION ? RULESET_FINGERPRINT : undefined);
  const parameter: ParametersParameter[] = [
    { name: 'urgency', valueCoding: ownCoding('urgency', result.urgency, OUTCOME_DISPLAY.urgency(result.urgency)) },
    { name: 'stage', valueCoding: ownCoding('stage', result.stage, OUTCOME_DISPLAY.stage(result.stage)) },
    ...result.advice.map((id) => ({ name: 'advice', valueCoding: ownCoding('advice', id, OUTCOME_DISPLAY.advice(id, conditional.has(id))) })),
    ...result.causes.map(({ id, ruleIds }) => ({
      name: 'cause',
      part: [{ name: 'cause', valueCoding: ownCoding('cause', id, OUTCOME_DISPLAY.cause(id)) }, ...ruleIds.map((rule) => ({ name: 'rule', valueCoding: ownCoding('rule', rule) }))],
    })),
    ...result.fired.map(firedRule),
    { name: 'ruleset-version', valueString: result.rulesetVersion },
    ...(fingerprint ? [{ name: 'ruleset-fingerprint', valueString: fingerprint }] : []),
  ];
  const { id, subject, encounter, occurrenceDateTime, requestIdentifier } = structuredClone(options);
  return {
    resourceType: 'GuidanceResponse',
    ...(id === undefined ? {} : { id }),
    contained: [{ resourceType: 'Parameters', id: OUTPUT_ID, parameter }],
    ...(requestIdentifier && { requestIdentifier }),
    moduleUri: `${FHIR_BASE}/ruleset/${result.rulesetVersion}`,
    status: 'success',
    ...(subject && { subject }),
    ...(encounter && { encounter }),
    ...(occurrenceDateTime === undefined ? {} : { occurrenceDateTime }),
    reasonCode: [{ coding: [VERIFIED.bleedingFromVagina], text: 'Bleeding in pregnancy' }],
    note: [{ text: en['outcome.notDiagnosis'] }],
    outputParameters: { reference: `#${OUTPUT_ID}` },
  };
}
