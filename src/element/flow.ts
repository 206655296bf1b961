import { planFor } from '../engine/plan.js';
import type { Answer, Bleeding, QuestionId, Symptom, TriageInput, Trimester, Urgency } from '../engine/types.js';
import type { TriageStep } from './events.js';

/** What the person has answered so far, including "not sure" answers. */
export interface Answers {
  /** How the person dated the pregnancy: by weeks, or "not sure" (then a trimester, or not). */
  dating?: 'weeks' | 'unsure';
  weeks?: number;
  /** After "not sure": a trimester, or 'unknown'. */
  trimester?: Trimester | 'unknown';
  bleeding?: Bleeding;
  symptoms?: Symptom[];
  ectopicRisk?: Answer;
  lowLyingPlacenta?: Answer;
}

const STEP_OF_QUESTION: Partial<Record<QuestionId, TriageStep>> = {
  ectopicRisk: 'ectopic-risk',
  lowLyingPlacenta: 'low-lying-placenta',
};

/** The answer each question page records. */
const FIELD_OF_STEP: Record<Exclude<TriageStep, 'outcome'>, keyof Answers> = {
  weeks: 'dating',
  trimester: 'trimester',
  bleeding: 'bleeding',
  symptoms: 'symptoms',
  'ectopic-risk': 'ectopicRisk',
  'low-lying-placenta': 'lowLyingPlacenta',
};

/**
 * No answers yet, with every field present: the flow reads answers by field name, and a field
 * another script put on Object.prototype ("ectopicRisk") must never be read as the person's.
 * Every Answers object is made from this one, by spreading.
 */
export const noAnswers = (): Answers => Object.fromEntries(['weeks', ...Object.values(FIELD_OF_STEP)].map((field) => [field, undefined]));

/** Whether the person has answered the question on this page. */
export const answered = (answers: Answers, step: TriageStep) => step !== 'outcome' && answers[FIELD_OF_STEP[step]] !== undefined;

type Dating = Pick<TriageInput, 'weeks' | 'trimester'>;

function datingOf(answers: Answers): Dating {
  if (answers.dating === 'weeks' && answers.weeks !== undefined) return { weeks: answers.weeks };
  if (answers.dating === 'unsure' && answers.trimester && answers.trimester !== 'unknown') return { trimester: answers.trimester };
  return {};
}

/** Every page on the path the answers so far lead to, ignoring early exits. */
export function pathFor(answers: Answers): TriageStep[] {
  // Own entries only: a "weeks" on a polluted Object.prototype is not a page.
  const extra = planFor(datingOf(answers)).questions.flatMap((q) => (Object.hasOwn(STEP_OF_QUESTION, q) ? STEP_OF_QUESTION[q]! : []));
  return ['weeks', ...(answers.dating === 'unsure' ? ['trimester' as const] : []), 'bleeding', 'symptoms', ...extra, 'outcome'];
}

/** Where a question page stands among the question pages on that path: "Question 2 of 4". */
export function pagePosition(answers: Answers, step: Exclude<TriageStep, 'outcome'>): [current: number, total: number] {
  const pages = pathFor(answers).filter((page) => page !== 'outcome');
  return [pages.indexOf(step) + 1, pages.length];
}

/** The symptoms worth offering at the week or trimester given so far. */
export const offeredSymptoms = (answers: Answers) => planFor(datingOf(answers)).symptoms;

const toBoolean = (answer: Answer | undefined) => (answer === 'yes' ? true : answer === 'no' ? false : undefined);

/** The engine input for the questions this path asks; unanswered and "not sure" are left out. */
export function inputOf(answers: Answers): Partial<TriageInput> {
  const dating = datingOf(answers);
  const plan = planFor(dating);
  const input: Partial<TriageInput> = { ...dating };
  if (answers.bleeding) input.bleeding = answers.bleeding;
  if (answers.symptoms) input.symptoms = answers.symptoms.filter((symptom) => plan.symptoms.includes(symptom));
  for (const field of ['ectopicRisk', 'lowLyingPlacenta'] as const) {
    const value = toBoolean(answers[field]);
    if (value !== undefined && plan.questions.includes(field)) input[field] = value;
  }
  return input;
}

/** The input the engine needs once bleeding is known: symptoms not yet asked count as none. */
export function completeInput(answers: Answers): TriageInput {
  return { symptoms: [], ...inputOf(answers) } as TriageInput;
}

/**
 * The page after `current`. Heavy bleeding or any emergency symptom ends the questions at
 * once: no one who needs an ambulance answers more questions (DESIGN.md §4). `urgencyNow` is
 * the element's own engine call, so a failing engine stops here on the same safe fallback.
 */
export function nextStep(current: TriageStep, answers: Answers, urgencyNow: () => Urgency): TriageStep {
  if ((current === 'bleeding' || current === 'symptoms') && urgencyNow() === 'emergency') {
    return 'outcome';
  }
  const path = pathFor(answers);
  return path[path.indexOf(current) + 1] ?? 'outcome';
}

/**
 * Reads a public `answers` value (engine input) back into the flow's own terms. In a complete
 * input, a missing week and missing yes/no answers mean "not sure".
 */
export function answersOf(input: Partial<TriageInput>, complete: boolean): Answers {
  const answers = noAnswers();
  if (input.weeks !== undefined) Object.assign(answers, { dating: 'weeks', weeks: input.weeks });
  else if (input.trimester !== undefined) Object.assign(answers, { dating: 'unsure', trimester: input.trimester });
  else if (complete) Object.assign(answers, { dating: 'unsure', trimester: 'unknown' });
  if (input.bleeding) answers.bleeding = input.bleeding;
  if (input.symptoms) answers.symptoms = [...input.symptoms];
  for (const field of ['ectopicRisk', 'lowLyingPlacenta'] as const) {
    if (input[field] !== undefined) answers[field] = input[field] ? 'yes' : 'no';
    else if (complete) answers[field] = 'not-sure';
  }
  return answers;
}
