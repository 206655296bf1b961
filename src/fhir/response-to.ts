import { planFor } from '../engine/plan.js';
import type { Answer, Symptom, TriageInput } from '../engine/types.js';
import { validateInput } from '../engine/validate.js';
import { RULESET_VERSION } from '../engine/version.js';
import { EMERGENCY_SIGNS } from '../engine/vocabulary.js';
import { askedQuestions, datingOf } from './asked.js';
import { isOwnCode } from './codes.js';
import { LINK_ID, QUESTIONNAIRE_URL, sharedQuestionnaire } from './questionnaire.js';
import type { Coding, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseAnswer, QuestionnaireResponseItem, Reference } from './types.js';

/** What a portal knows that the answers do not: who, when, where. All optional; nothing is guessed. */
export interface QuestionnaireResponseOptions {
  id?: string;
  /** The pregnant person, e.g. `{ reference: 'Patient/123' }`. */
  subject?: Reference;
  encounter?: Reference;
  /** When the answers were given, as a FHIR dateTime: this module never reads the clock. */
  authored?: string;
  author?: Reference;
  source?: Reference;
}

/** Each question of the Questionnaire by linkId, to copy its text and answer codings. */
function itemsByLinkId(items: readonly QuestionnaireItem[], into = new Map<string, QuestionnaireItem>()) {
  for (const item of items) {
    into.set(item.linkId, item);
    itemsByLinkId(item.item ?? [], into);
  }
  return into;
}

/**
 * The answers as a FHIR R4 QuestionnaireResponse to `questionnaire()`, status `completed`.
 *
 * It records what the element asked: a question its plan does not ask at the person's dating
 * cannot change the advice (SPEC §6) and is left out, as are questions after the answers already
 * called for the emergency number. A yes / no question that was asked and left out of the input
 * is recorded as the person's "not sure"; weeks left out as the trimester, or "I don't know".
 * `fromQuestionnaireResponse` reads it back to the same input. Throws `TriageInputError` for
 * invalid input (a saved `unwell-or-worried` is read as `very-unwell`).
 */
export function toQuestionnaireResponse(input: TriageInput, options: QuestionnaireResponseOptions = {}): QuestionnaireResponse {
  const valid = validateInput(input);
  const items = itemsByLinkId(sharedQuestionnaire().item);
  const asked = askedQuestions(valid);
  const plan = planFor(datingOf(valid));

  const question = (linkId: string, answer: QuestionnaireResponseAnswer[]): QuestionnaireResponseItem => ({ linkId, text: items.get(linkId)!.text, answer });
  /** The Questionnaire's own coding for this answer, display included. */
  const option = (linkId: string, system: 'trimester' | 'bleeding' | 'answer', code: string): QuestionnaireResponseAnswer => ({
    valueCoding: { ...items.get(linkId)!.answerOption!.find(({ valueCoding }) => isOwnCode(valueCoding, system, code))!.valueCoding } as Coding,
  });

  const response: QuestionnaireResponseItem[] = [];
  if (valid.weeks !== undefined) response.push(question(LINK_ID.weeks, [{ valueInteger: valid.weeks }]));
  else response.push(question(LINK_ID.trimester, [option(LINK_ID.trimester, 'trimester', valid.trimester ?? 'unknown')]));
  response.push(question(LINK_ID.bleeding, [option(LINK_ID.bleeding, 'bleeding', valid.bleeding)]));

  // Asked: every box offered, ticked or not. Not asked (an emergency already): only what was given.
  const symptomsAsked = asked.includes('symptoms');
  const recorded = plan.symptoms.filter((symptom) => symptomsAsked || valid.symptoms.includes(symptom));
  const ticks = (symptoms: Symptom[]) => symptoms.map((symptom) => question(LINK_ID.symptom(symptom), [{ valueBoolean: valid.symptoms.includes(symptom) }]));
  const group = (linkId: string, item: QuestionnaireResponseItem[]) => (item.length ? [{ linkId, text: items.get(linkId)!.text, item }] : []);
  const signs = group(LINK_ID.emergencySigns, ticks(recorded.filter((symptom) => EMERGENCY_SIGNS.includes(symptom))));
  response.push(...group(LINK_ID.symptoms, [...signs, ...ticks(recorded.filter((symptom) => !EMERGENCY_SIGNS.includes(symptom)))]));

  for (const field of ['ectopicRisk', 'lowLyingPlacenta'] as const) {
    if (!plan.questions.includes(field)) continue;
    const value = valid[field];
    if (value === undefined && !asked.includes(field)) continue;
    const answer: Answer = value === undefined ? 'not-sure' : value ? 'yes' : 'no';
    response.push(question(LINK_ID[field], [option(LINK_ID[field], 'answer', answer)]));
  }

  const { id, subject, encounter, authored, author, source } = structuredClone(options);
  return {
    resourceType: 'QuestionnaireResponse',
    ...(id === undefined ? {} : { id }),
    language: 'en',
    questionnaire: `${QUESTIONNAIRE_URL}|${RULESET_VERSION}`,
    status: 'completed',
    ...(subject && { subject }),
    ...(encounter && { encounter }),
    ...(authored === undefined ? {} : { authored }),
    ...(author && { author }),
    ...(source && { source }),
    item: response,
  };
}
