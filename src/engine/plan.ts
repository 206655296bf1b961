import { stageOf } from './stage.js';
import type { QuestionId, QuestionPlan, Symptom, TriageInput } from './types.js';
import { EMERGENCY_SIGNS, SYMPTOMS } from './vocabulary.js';

type Dating = Pick<TriageInput, 'weeks' | 'trimester'>;

/** The dating's own fields only: a field on a polluted Object.prototype is not an answer. */
const own = (dating: Dating): Dating => ({
  weeks: Object.hasOwn(dating, 'weeks') ? dating.weeks : undefined,
  trimester: Object.hasOwn(dating, 'trimester') ? dating.trimester : undefined,
});

/** Ectopic risk matters up to 13 weeks, and whenever the week is not known (SPEC §6). */
export function asksEctopicRisk(dating: Dating): boolean {
  const stage = stageOf(own(dating));
  return stage === 'early' || stage === 'unknown';
}

/** A low-lying placenta matters from 14 weeks, and whenever the week is not known (SPEC §6). */
export function asksPlacenta(dating: Dating): boolean {
  return stageOf(own(dating)) !== 'early';
}

/**
 * Symptoms hidden where they cannot change the result (SPEC §6): baby movements before 16 weeks
 * and in the first trimester, and sickness from 14 weeks and in the third trimester.
 */
function offered(symptom: Symptom, { weeks, trimester }: Dating): boolean {
  if (symptom === 'reduced-movements') return weeks === undefined ? trimester !== 'first' : weeks >= 16;
  if (symptom === 'nausea') return weeks === undefined ? trimester !== 'third' : weeks < 14;
  return true;
}

/** The emergency signs first, then the rest in catalogue order (SPEC §6). */
const ASKING_ORDER = [...EMERGENCY_SIGNS, ...SYMPTOMS.filter((symptom) => !EMERGENCY_SIGNS.includes(symptom))];

/**
 * Which questions are worth asking for a dating already known to be valid. The element asks it
 * before the rest of the engine has loaded; `questionsFor` is the validating public form.
 */
export function planFor(dating: Dating): QuestionPlan {
  const known = own(dating);
  const questions: QuestionId[] = ['weeks', 'bleeding', 'symptoms'];
  if (asksEctopicRisk(known)) questions.push('ectopicRisk');
  if (asksPlacenta(known)) questions.push('lowLyingPlacenta');
  return { stage: stageOf(known), questions, symptoms: ASKING_ORDER.filter((symptom) => offered(symptom, known)) };
}
