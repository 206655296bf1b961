import type { Answer, Bleeding, Symptom, TriageInput, Trimester } from '../engine/types.js';
import { SYMPTOMS } from '../engine/vocabulary.js';
import type { TrimesterAnswer } from './codes.js';
import { LINK_ID } from './questionnaire.js';
import { checkResponse, type ResponseProblem } from './response-check.js';
import type { QuestionnaireResponseAnswer, QuestionnaireResponseItem } from './types.js';

/** A QuestionnaireResponse that cannot be read back as answers; `problems` says every reason. */
export class QuestionnaireResponseError extends TypeError {
  readonly problems: readonly ResponseProblem[];

  constructor(problems: readonly ResponseProblem[]) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`Invalid QuestionnaireResponse: ${first.path} ${first.message}${more}`);
    this.name = 'QuestionnaireResponseError';
    this.problems = problems;
  }
}

/** The one answer to each question, by linkId (the check has made sure there is at most one). */
function answersByLinkId(items: readonly QuestionnaireResponseItem[], into = new Map<string, QuestionnaireResponseAnswer>()) {
  for (const item of items) {
    if (item.answer?.[0]) into.set(item.linkId, item.answer[0]);
    answersByLinkId(item.item ?? [], into);
  }
  return into;
}

/**
 * The answers in a QuestionnaireResponse to `questionnaire()` (any version), as engine input:
 * "not sure" answers and a trimester of "I don't know" become absent fields, as the engine reads
 * them. Throws `QuestionnaireResponseError` listing every problem when the response does not fit
 * the Questionnaire (`checkResponse`) or is not completed or amended. Needs none of the rules:
 * the element loads this alone, and its `answers` setter validates what it returns.
 */
export function readResponse(response: unknown): TriageInput {
  const problems = checkResponse(response);
  const status = (response as { status?: unknown } | null)?.status;
  if (!problems.length && status !== 'completed' && status !== 'amended') {
    problems.push({ path: 'QuestionnaireResponse.status', message: `is ${JSON.stringify(status)}: only a completed or amended response holds answers to act on` });
  }
  if (problems.length) throw new QuestionnaireResponseError(problems);

  const answers = answersByLinkId((response as { item?: QuestionnaireResponseItem[] }).item ?? []);
  const code = (linkId: string) => answers.get(linkId)?.valueCoding?.code;
  const input: Partial<Record<keyof TriageInput, unknown>> = {
    bleeding: code(LINK_ID.bleeding) as Bleeding,
    symptoms: SYMPTOMS.filter((symptom: Symptom) => answers.get(LINK_ID.symptom(symptom))?.valueBoolean === true),
  };
  const weeks = answers.get(LINK_ID.weeks)?.valueInteger;
  const trimester = code(LINK_ID.trimester) as TrimesterAnswer | undefined;
  if (weeks !== undefined) input.weeks = weeks;
  else if (trimester && trimester !== 'unknown') input.trimester = trimester satisfies Trimester;
  for (const field of ['ectopicRisk', 'lowLyingPlacenta'] as const) {
    const answer = code(LINK_ID[field]) as Answer | undefined;
    if (answer === 'yes' || answer === 'no') input[field] = answer === 'yes';
  }
  return input as TriageInput;
}
