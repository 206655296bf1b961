import { stageOf } from './stage.js';
import type { QuestionId, QuestionPlan, Symptom, TriageInput } from './types.js';
import { validatePartialInput } from './validate.js';
import { SYMPTOMS } from './vocabulary.js';

type Dating = Pick<TriageInput, 'weeks' | 'trimester'>;

/** Ectopic risk matters up to 13 weeks, and whenever the week is not known (SPEC §6). */
export function asksEctopicRisk(dating: Dating): boolean {
  const stage = stageOf(dating);
  return stage === 'early' || stage === 'unknown';
}

/** A low-lying placenta matters from 14 weeks, and whenever the week is not known (SPEC §6). */
export function asksPlacenta(dating: Dating): boolean {
  return stageOf(dating) !== 'early';
}

/**
 * Symptoms hidden at a known week because they cannot change the result there: baby movements
 * before 16 weeks, and sickness from 14 weeks (SPEC §6). A trimester or "not sure" hides none.
 */
function offered(symptom: Symptom, weeks: number | undefined): boolean {
  if (weeks === undefined) return true;
  if (symptom === 'reduced-movements') return weeks >= 16;
  if (symptom === 'nausea') return weeks < 14;
  return true;
}

/** Which questions are worth asking, given what is known so far. Validates what is present. */
export function questionsFor(partial: unknown = {}): QuestionPlan {
  const known = validatePartialInput(partial);
  const questions: QuestionId[] = ['weeks', 'bleeding', 'symptoms'];
  if (asksEctopicRisk(known)) questions.push('ectopicRisk');
  if (asksPlacenta(known)) questions.push('lowLyingPlacenta');
  return {
    stage: stageOf(known),
    questions,
    symptoms: SYMPTOMS.filter((symptom) => offered(symptom, known.weeks)),
  };
}
