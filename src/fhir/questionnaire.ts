import { planFor } from '../engine/plan.js';
import { MAX_WEEKS, MIN_WEEKS } from '../engine/stage.js';
import type { Answer, QuestionId, Symptom, TriageInput } from '../engine/types.js';
import { ANSWERS, BLEEDING, EMERGENCY_SIGNS, TRIMESTERS } from '../engine/vocabulary.js';
import { RULESET_VERSION } from '../engine/version.js';
import { en } from '../i18n/en.js';
import { ANSWER_DISPLAY, FHIR_BASE, ownCoding, SYMPTOM_CODES, UCUM, VERIFIED, type TrimesterAnswer } from './codes.js';
import type { Coding, Questionnaire, QuestionnaireEnableWhen, QuestionnaireItem } from './types.js';

export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/bleeding-in-pregnancy`;

/** The linkId of each question: the engine's field names, and one item per symptom. */
export const LINK_ID = {
  weeks: 'weeks',
  trimester: 'trimester',
  bleeding: 'bleeding',
  symptoms: 'symptoms',
  /** The emergency signs, first, in a group of their own as the element boxes them. */
  emergencySigns: 'symptoms.emergency-signs',
  symptom: (symptom: Symptom) => `symptoms.${symptom}`,
  ectopicRisk: 'ectopicRisk',
  lowLyingPlacenta: 'lowLyingPlacenta',
} as const;

export const TRIMESTER_ANSWERS: readonly TrimesterAnswer[] = [...TRIMESTERS, 'unknown'];

type Dating = Pick<TriageInput, 'weeks' | 'trimester'>;

/** Every dating a person can give: each week, or "not sure" and then a trimester or "I don't know". */
const datingOfTrimester = (answer: TrimesterAnswer): Dating => (answer === 'unknown' ? {} : { trimester: answer });
const EVERY_WEEK = Array.from({ length: MAX_WEEKS - MIN_WEEKS + 1 }, (_, index) => MIN_WEEKS + index);

/**
 * The enableWhen that shows an item at exactly the datings where `asked` holds, derived from the
 * engine's own plan (SPEC §6) so the two cannot drift apart. R4 cannot nest conditions, so a
 * week range must be open at one end; anything else throws here, when the module is written.
 */
function enabledWhen(what: string, asked: (dating: Dating) => boolean): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  const weeks = EVERY_WEEK.filter((week) => asked({ weeks: week }));
  const trimesters = TRIMESTER_ANSWERS.filter((answer) => asked(datingOfTrimester(answer)));
  if (weeks.length === EVERY_WEEK.length && trimesters.length === TRIMESTER_ANSWERS.length) return {};
  const conditions: QuestionnaireEnableWhen[] = [];
  const [first, last] = [weeks[0], weeks.at(-1)];
  if (first === undefined || last === undefined) {
    // Never asked at any week: only the trimester answers below can enable it.
  } else if (last - first + 1 !== weeks.length) {
    throw new Error(`${what}: asked at weeks ${weeks.join(', ')}, which one R4 enableWhen cannot say`);
  } else if (first === MIN_WEEKS && last === MAX_WEEKS) {
    conditions.push({ question: LINK_ID.weeks, operator: 'exists', answerBoolean: true });
  } else if (first === MIN_WEEKS) {
    conditions.push({ question: LINK_ID.weeks, operator: '<=', answerInteger: last });
  } else if (last === MAX_WEEKS) {
    conditions.push({ question: LINK_ID.weeks, operator: '>=', answerInteger: first });
  } else {
    throw new Error(`${what}: asked only from ${first} to ${last} weeks, which one R4 enableWhen cannot say`);
  }
  for (const answer of trimesters) {
    conditions.push({ question: LINK_ID.trimester, operator: '=', answerCoding: trimesterCoding(answer) });
  }
  return conditions.length > 1 ? { enableWhen: conditions, enableBehavior: 'any' } : { enableWhen: conditions };
}

const trimesterCoding = (answer: TrimesterAnswer) => ownCoding('trimester', answer, ANSWER_DISPLAY.trimester(answer));

/** Help shown under a question, as the element shows its hint. */
const hint = (linkId: string, text: string): QuestionnaireItem => ({ linkId, type: 'display', text });

const options = (codings: Coding[]) => codings.map((valueCoding) => ({ valueCoding }));

function yesNoNotSure(notSure: string): QuestionnaireItem['answerOption'] {
  const display = (answer: Answer) => (answer === 'not-sure' ? notSure : ANSWER_DISPLAY.answer(answer));
  return options(ANSWERS.map((answer) => ownCoding('answer', answer, display(answer))));
}

const askedQuestion = (question: QuestionId) => (dating: Dating) => planFor(dating).questions.includes(question);
const offeredSymptom = (symptom: Symptom) => (dating: Dating) => planFor(dating).symptoms.includes(symptom);

function symptomItem(symptom: Symptom): QuestionnaireItem {
  const linkId = LINK_ID.symptom(symptom);
  const help = (en as Partial<Record<string, string>>)[`symptom.${symptom}.hint`];
  return {
    linkId,
    type: 'boolean',
    text: ANSWER_DISPLAY.symptom(symptom),
    code: [ownCoding('symptom', symptom), ...(SYMPTOM_CODES[symptom] ?? [])],
    ...enabledWhen(linkId, offeredSymptom(symptom)),
    ...(help ? { item: [hint(`${linkId}.hint`, help)] } : {}),
  };
}

const ECTOPIC_REASONS = ['before', 'tubes', 'ivf', 'coil'] as const;

/**
 * The questions `<bleeding-triage>` asks (clinical/SPEC.md §6), in its order and words (English),
 * as a FHIR R4 Questionnaire. Its version is the ruleset's. A fresh object on every call.
 */
export function questionnaire(): Questionnaire {
  const everySymptom = planFor({}).symptoms;
  const isSign = (symptom: Symptom) => EMERGENCY_SIGNS.includes(symptom);
  return {
    resourceType: 'Questionnaire',
    url: QUESTIONNAIRE_URL,
    version: RULESET_VERSION,
    name: 'BleedingInPregnancyTriage',
    title: 'Bleeding in pregnancy: how urgently to get care',
    // Draft until the project has a published canonical home (FHIR_BASE is a placeholder).
    status: 'draft',
    subjectType: ['Patient'],
    language: 'en',
    description:
      'The questions the <bleeding-triage> web component asks a pregnant person who is bleeding, in its order and words. ' +
      'Without a number of weeks, the trimester is asked instead. Symptoms and questions that cannot change the advice at ' +
      'the week or trimester given are not asked (enableWhen). The component stops asking as soon as the answers call for ' +
      'the emergency number, so only the bleeding (and, without weeks, the trimester) is required; a yes / no question ' +
      'left unanswered is read as "not sure". The advice it gives is not a diagnosis.',
    item: [
      {
        linkId: LINK_ID.weeks,
        type: 'integer',
        text: en['weeks.question'],
        code: [VERIFIED.gestationalAgeWeeks],
        extension: [
          { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: MIN_WEEKS },
          { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: MAX_WEEKS },
          { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit', valueCoding: { system: UCUM, code: 'wk', display: 'week' } },
        ],
        item: [hint('weeks.hint', en['weeks.hint'])],
      },
      {
        linkId: LINK_ID.trimester,
        type: 'choice',
        text: en['trimester.question'],
        required: true,
        enableWhen: [{ question: LINK_ID.weeks, operator: 'exists', answerBoolean: false }],
        answerOption: options(TRIMESTER_ANSWERS.map(trimesterCoding)),
        item: [hint('trimester.hint', en['trimester.hint'])],
      },
      {
        linkId: LINK_ID.bleeding,
        type: 'choice',
        text: en['bleeding.question'],
        required: true,
        code: [VERIFIED.bleedingFromVagina],
        answerOption: options(BLEEDING.map((amount) => ownCoding('bleeding', amount, ANSWER_DISPLAY.bleeding(amount)))),
        item: [hint('bleeding.hint', en['bleeding.hint'])],
      },
      {
        linkId: LINK_ID.symptoms,
        type: 'group',
        text: en['symptoms.question'],
        item: [
          hint('symptoms.hint', en['symptoms.hint']),
          { linkId: LINK_ID.emergencySigns, type: 'group', text: en['symptoms.emergencySigns'], item: everySymptom.filter(isSign).map(symptomItem) },
          ...everySymptom.filter((symptom) => !isSign(symptom)).map(symptomItem),
        ],
      },
      {
        linkId: LINK_ID.ectopicRisk,
        type: 'choice',
        text: en['ectopic.question'],
        ...enabledWhen(LINK_ID.ectopicRisk, askedQuestion('ectopicRisk')),
        answerOption: yesNoNotSure(en['answer.notSure']),
        item: [
          hint('ectopicRisk.hint', en['ectopic.hint']),
          ...ECTOPIC_REASONS.map((reason) => hint(`ectopicRisk.reason.${reason}`, en[`ectopic.reason.${reason}`])),
        ],
      },
      {
        linkId: LINK_ID.lowLyingPlacenta,
        type: 'choice',
        text: en['placenta.question'],
        ...enabledWhen(LINK_ID.lowLyingPlacenta, askedQuestion('lowLyingPlacenta')),
        answerOption: yesNoNotSure(en['placenta.notSure']),
        item: [hint('lowLyingPlacenta.hint', en['placenta.hint'])],
      },
    ],
  };
}

let shared: Questionnaire | undefined;

/**
 * One copy, built once, for this module's own reading (the checks and look-ups of every
 * response); never handed out. Not frozen: freezing would tie the element's reader to the rules.
 */
export const sharedQuestionnaire = (): Questionnaire => (shared ??= questionnaire());
