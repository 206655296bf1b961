import type { WeekRange } from './stage.js';
import type { Answer, Assumed, Bleeding, Condition, Stage, Symptom, Urgency } from './types.js';

/** Everything a condition can be tested against. */
export interface Reading {
  /** Every week the answer could mean: one week when it is pinned. */
  weeks: WeekRange;
  stage: Stage;
  bleeding: Bleeding;
  symptoms: ReadonlySet<Symptom>;
  /** The person's answer, or none at all where the question does not apply at their dating. */
  lowLyingPlacenta: Answer | null;
  ectopicRisk: Answer | null;
  /** Null until the urgency is decided. */
  outcome: Urgency | null;
  /** Whether the rules read so far named a cause that is not reassuring. */
  otherCause: boolean;
}

type Window = { from?: number; to?: number };
const overlap = ({ from = -Infinity, to = Infinity }: Window, weeks: WeekRange): WeekRange | null => {
  const range = { from: Math.max(from, weeks.from), to: Math.min(to, weeks.to) };
  return range.from <= range.to ? range : null;
};
const contains = ({ from = -Infinity, to = Infinity }: Window, weeks: WeekRange) => from <= weeks.from && to >= weeks.to;

/** True when the reading meets every part of the condition (some week of it, for `weeks`). */
export function matches(when: Condition, reading: Reading): boolean {
  const { symptoms } = reading;
  if (when.weeks && !overlap(when.weeks, reading.weeks)) return false;
  if (when.allWeeks && !contains(when.allWeeks, reading.weeks)) return false;
  if (when.stages && !when.stages.includes(reading.stage)) return false;
  if (when.bleeding && !when.bleeding.includes(reading.bleeding)) return false;
  if (when.anyOf && !when.anyOf.some((symptom) => symptoms.has(symptom))) return false;
  if (when.allOf && !when.allOf.every((symptom) => symptoms.has(symptom))) return false;
  if (when.noneOf && when.noneOf.some((symptom) => symptoms.has(symptom))) return false;
  if (when.lowLyingPlacenta && !(reading.lowLyingPlacenta && when.lowLyingPlacenta.includes(reading.lowLyingPlacenta))) return false;
  if (when.ectopicRisk && !(reading.ectopicRisk && when.ectopicRisk.includes(reading.ectopicRisk))) return false;
  if (when.outcome && !(reading.outcome && when.outcome.includes(reading.outcome))) return false;
  if (when.noOtherCause && reading.otherCause) return false;
  return true;
}

/** A "not sure" the condition read as yes: it accepts yes, and would not accept no. */
const readAsYes = (wanted: readonly Answer[] | undefined, answer: Answer | null) =>
  answer === 'not-sure' && !!wanted?.includes('yes') && !wanted.includes('no');

/**
 * What a matching condition had to assume that the person did not say (SPEC §8), or undefined
 * when it held on their own answers alone.
 */
export function assumptions(when: Condition, reading: Reading): Assumed | undefined {
  const assumed: Assumed = {};
  if (readAsYes(when.ectopicRisk, reading.ectopicRisk)) assumed.ectopicRisk = true;
  if (readAsYes(when.lowLyingPlacenta, reading.lowLyingPlacenta)) assumed.lowLyingPlacenta = true;
  if (when.weeks && !contains(when.weeks, reading.weeks)) assumed.weeks = overlap(when.weeks, reading.weeks)!;
  return Object.keys(assumed).length ? assumed : undefined;
}
