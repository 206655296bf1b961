import type { WeekRange } from './stage.js';
import type { Answer, Bleeding, Condition, Stage, Symptom, Urgency } from './types.js';

/** Everything a condition can be tested against; each answer lists every value it could mean. */
export interface Reading {
  weeks: WeekRange;
  /** Null where stages are not read (urgency rules never name a stage). */
  stage: Stage | null;
  bleeding: Bleeding;
  symptoms: ReadonlySet<Symptom>;
  lowLyingPlacenta: readonly Answer[];
  ectopicRisk: readonly Answer[];
  /** Null until the urgency is decided. */
  outcome: Urgency | null;
}

const overlaps = (wanted: readonly Answer[], possible: readonly Answer[]) =>
  wanted.some((answer) => possible.includes(answer));

/** True when some value the reading could mean meets every part of the condition. */
export function matches(when: Condition, reading: Reading): boolean {
  const { weeks } = when;
  const { symptoms } = reading;
  if (weeks && ((weeks.from ?? -Infinity) > reading.weeks.to || (weeks.to ?? Infinity) < reading.weeks.from)) return false;
  if (when.stages && (reading.stage === null || !when.stages.includes(reading.stage))) return false;
  if (when.bleeding && !when.bleeding.includes(reading.bleeding)) return false;
  if (when.anyOf && !when.anyOf.some((symptom) => symptoms.has(symptom))) return false;
  if (when.allOf && !when.allOf.every((symptom) => symptoms.has(symptom))) return false;
  if (when.noneOf && when.noneOf.some((symptom) => symptoms.has(symptom))) return false;
  if (when.lowLyingPlacenta && !overlaps(when.lowLyingPlacenta, reading.lowLyingPlacenta)) return false;
  if (when.ectopicRisk && !overlaps(when.ectopicRisk, reading.ectopicRisk)) return false;
  if (when.outcome && (reading.outcome === null || !when.outcome.includes(reading.outcome))) return false;
  return true;
}
