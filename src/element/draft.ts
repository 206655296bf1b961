import { MAX_WEEKS, MIN_WEEKS } from '../engine/stage.js';
import type { Answer, Bleeding, Symptom, Trimester } from '../engine/types.js';
import type { TriageStep } from './events.js';
import type { Answers } from './flow.js';
import { asciiDigits } from './digits.js';
import { NONE } from './steps/symptoms.js';
import { WEEKS_INPUT } from './steps/weeks.js';
import type { FieldError } from './view.js';

/** What the person has chosen on the page in front of them, before Continue. */
export interface Draft {
  weeksText: string;
  trimester?: Trimester | 'unknown';
  bleeding?: Bleeding;
  /** Ticked symptoms, or [NONE] for "None of these". */
  ticked: string[];
  ectopicRisk?: Answer;
  lowLyingPlacenta?: Answer;
}

/** A page filled in from the answers already given (or the host's prefilled week). */
export function draftOf(given: Answers, prefilledWeeks: number | undefined, offered: readonly Symptom[]): Draft {
  const weeks = given.dating === 'weeks' ? given.weeks : given.dating ? undefined : prefilledWeeks;
  const { symptoms } = given;
  return {
    weeksText: weeks === undefined ? '' : String(weeks),
    trimester: given.trimester,
    bleeding: given.bleeding,
    ticked: !symptoms ? [] : symptoms.length ? offered.filter((symptom) => symptoms.includes(symptom)) : [NONE],
    ectopicRisk: given.ectopicRisk,
    lowLyingPlacenta: given.lowLyingPlacenta,
  };
}

/** "None of these" excludes every other box, and the other way round. */
export function tick(ticked: readonly string[], value: string, checked: boolean): string[] {
  const others = ticked.filter((item) => item !== value && item !== NONE);
  return !checked ? others : value === NONE ? [NONE] : [...others, value];
}

function readWeeksText(text: string): number | FieldError {
  const typed = asciiDigits(text).trim();
  const error = (message: FieldError['message'], values?: FieldError['values']): FieldError => ({ field: WEEKS_INPUT, message, values });
  if (typed === '') return error('weeks.error.missing');
  if (/^\d+[.,]\d*$/.test(typed)) return error('weeks.error.whole');
  if (!/^\d+$/.test(typed)) return error('weeks.error.notNumber');
  const weeks = Number(typed);
  return weeks < MIN_WEEKS || weeks > MAX_WEEKS ? error('weeks.error.range', { min: MIN_WEEKS, max: MAX_WEEKS }) : weeks;
}

/** The answers with this page's choice recorded, or the error to show when it is missing or wrong. */
export function commit(step: TriageStep, draft: Draft, given: Answers): Answers | FieldError {
  const missing = (field: string, message: FieldError['message']): FieldError => ({ field, message, values: undefined });
  switch (step) {
    case 'weeks': {
      const weeks = readWeeksText(draft.weeksText);
      return typeof weeks === 'number' ? { ...given, dating: 'weeks', weeks, trimester: undefined } : weeks;
    }
    case 'trimester':
      return draft.trimester ? { ...given, trimester: draft.trimester } : missing('trimester-0', 'trimester.error');
    case 'bleeding':
      return draft.bleeding ? { ...given, bleeding: draft.bleeding } : missing('bleeding-0', 'bleeding.error');
    case 'symptoms':
      return draft.ticked.length
        ? { ...given, symptoms: draft.ticked.filter((value) => value !== NONE) as Symptom[] }
        : missing('symptom-0', 'symptoms.error');
    case 'ectopic-risk':
      return draft.ectopicRisk ? { ...given, ectopicRisk: draft.ectopicRisk } : missing('ectopic-0', 'answer.error');
    default:
      return draft.lowLyingPlacenta ? { ...given, lowLyingPlacenta: draft.lowLyingPlacenta } : missing('placenta-0', 'answer.error');
  }
}

// Own fields: a `message` another script put on Object.prototype does not make answers an error.
export const isFieldError = (value: Answers | FieldError): value is FieldError => Object.hasOwn(value, 'message');
