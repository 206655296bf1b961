import { isEnabled, type AnswersByLinkId } from './enable-when.js';
import { sharedQuestionnaire } from './questionnaire.js';
import type { Questionnaire, QuestionnaireItem, QuestionnaireItemType } from './types.js';

/** One way a response does not fit its Questionnaire: where (a FHIRPath-like path) and what. */
export interface ResponseProblem {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'an array' : String(value));

const STATUSES = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];

/** The answer value[x] each item type takes (R4 QuestionnaireResponse.item.answer.value[x]). */
const VALUE_KEYS: Record<QuestionnaireItemType, string[]> = {
  group: [],
  display: [],
  boolean: ['valueBoolean'],
  decimal: ['valueDecimal'],
  integer: ['valueInteger'],
  date: ['valueDate'],
  dateTime: ['valueDateTime'],
  time: ['valueTime'],
  string: ['valueString'],
  text: ['valueString'],
  url: ['valueUri'],
  choice: ['valueCoding'],
  'open-choice': ['valueCoding', 'valueString'],
  attachment: ['valueAttachment'],
  reference: ['valueReference'],
  quantity: ['valueQuantity'],
};

const PRIMITIVE_TYPE: Record<string, string> = {
  valueBoolean: 'boolean',
  valueDecimal: 'number',
  valueInteger: 'number',
  valueDate: 'string',
  valueDateTime: 'string',
  valueTime: 'string',
  valueString: 'string',
  valueUri: 'string',
};

const valueKeys = (answer: Json) => Object.keys(answer).filter((key) => /^value[A-Z]/.test(key));
const extensionInteger = (item: QuestionnaireItem, name: string) =>
  item.extension?.find((extension) => extension.url === `http://hl7.org/fhir/StructureDefinition/${name}`)?.valueInteger;

/** Every answer in the response by linkId, wherever it is nested: what enableWhen reads. */
function collectAnswers(items: unknown, into = new Map<string, Json[]>()): Map<string, Json[]> {
  if (!Array.isArray(items)) return into;
  for (const item of items) {
    if (!isRecord(item)) continue;
    const answers = Array.isArray(item.answer) ? item.answer.filter(isRecord) : [];
    if (typeof item.linkId === 'string') into.set(item.linkId, [...(into.get(item.linkId) ?? []), ...answers]);
    collectAnswers(item.item, into);
    for (const answer of answers) collectAnswers(answer.item, into);
  }
  return into;
}

function allLinkIds(items: readonly QuestionnaireItem[]): string[] {
  return items.flatMap((item) => [item.linkId, ...allLinkIds(item.item ?? [])]);
}

/**
 * Checks a QuestionnaireResponse against its Questionnaire (by default `questionnaire()`): what
 * the R4 validators cannot, as they know nothing of the Questionnaire. Every item's linkId exists
 * at that place and in that order, each answer holds exactly one value[x] of the item's type (a
 * choice one of its options; an integer inside minValue..maxValue), nothing answers a question
 * its enableWhen hides, every required question asked is answered, and a question that does not
 * repeat has one answer. The Questionnaire's version is not compared: its items are. Returns the
 * problems, empty when there are none; never throws.
 */
export function checkResponse(response: unknown, questionnaire: Questionnaire = sharedQuestionnaire()): ResponseProblem[] {
  const problems: ResponseProblem[] = [];
  const report = (path: string, message: string): void => void problems.push({ path, message });
  const root = 'QuestionnaireResponse';
  if (!isRecord(response) || response.resourceType !== 'QuestionnaireResponse') {
    report(root, `must be an object with resourceType "QuestionnaireResponse" (got ${isRecord(response) ? show(response.resourceType) : show(response)})`);
    return problems;
  }
  if (response.status === undefined) report(`${root}.status`, 'is missing');
  else if (!STATUSES.includes(response.status as string)) report(`${root}.status`, `is ${show(response.status)}, not one of ${STATUSES.join(', ')}`);
  const canonical = typeof response.questionnaire === 'string' ? response.questionnaire.split('|')[0] : undefined;
  if (canonical !== questionnaire.url) report(`${root}.questionnaire`, `must be ${questionnaire.url} (got ${show(response.questionnaire)})`);

  const answers: AnswersByLinkId = collectAnswers(response.item);
  const everyLinkId = allLinkIds(questionnaire.item);

  function checkValue(path: string, definition: QuestionnaireItem, key: string, value: unknown): void {
    if (key in PRIMITIVE_TYPE && typeof value !== PRIMITIVE_TYPE[key]) return report(path, `${key} must be a ${PRIMITIVE_TYPE[key]} (got ${show(value)})`);
    if (key === 'valueInteger') {
      const [min, max] = [extensionInteger(definition, 'minValue'), extensionInteger(definition, 'maxValue')];
      if (!Number.isInteger(value)) return report(path, `valueInteger must be a whole number (got ${show(value)})`);
      if ((min !== undefined && (value as number) < min) || (max !== undefined && (value as number) > max)) {
        return report(path, `valueInteger ${show(value)} is outside ${min ?? '…'}..${max ?? '…'} for "${definition.linkId}"`);
      }
    }
    if (key === 'valueCoding') {
      if (!isRecord(value) || typeof value.code !== 'string') return report(path, 'valueCoding must be a Coding with a code');
      const options = definition.answerOption?.map((option) => option.valueCoding);
      if (options && !options.some((option) => option.system === value.system && option.code === value.code)) {
        report(path, `${show(value.code)} (${show(value.system)}) is not one of the answer options of "${definition.linkId}": ${options.map((option) => option.code).join(', ')}`);
      }
    }
  }

  function checkQuestion(path: string, item: Json, definition: QuestionnaireItem): void {
    if (item.item !== undefined) report(`${path}.item`, `"${definition.linkId}" is a question: items nested in it belong under its answer`);
    if (item.answer === undefined) return;
    if (!Array.isArray(item.answer)) return report(`${path}.answer`, 'must be an array');
    if (item.answer.length > 1 && !definition.repeats) report(`${path}.answer`, `has ${item.answer.length} answers, but "${definition.linkId}" takes one`);
    item.answer.forEach((answer: unknown, index: number) => {
      const at = `${path}.answer[${index}]`;
      if (!isRecord(answer)) return report(at, 'must be an object');
      const keys = valueKeys(answer);
      if (keys.length !== 1) {
        report(at, keys.length ? `holds ${keys.length} values (${keys.join(', ')}); an answer holds exactly one value[x]` : 'holds no value[x]');
      } else if (!VALUE_KEYS[definition.type].includes(keys[0])) {
        report(at, `is ${keys[0]}, but "${definition.linkId}" is a ${definition.type} question (answered with ${VALUE_KEYS[definition.type].join(' or ')})`);
      } else {
        checkValue(`${at}.${keys[0]}`, definition, keys[0], answer[keys[0]]);
      }
      checkItems(at, answer.item, definition.item ?? []);
    });
  }

  function checkItems(path: string, raw: unknown, definitions: readonly QuestionnaireItem[]): void {
    if (raw !== undefined && !Array.isArray(raw)) return report(`${path}.item`, 'must be an array');
    const items = (raw ?? []) as unknown[];
    const given = new Map<string, Json[]>();
    let furthest = -1;
    items.forEach((item, index) => {
      const at = `${path}.item[${index}]`;
      if (!isRecord(item) || typeof item.linkId !== 'string') return report(at, 'must be an object with a linkId');
      const definition = definitions.find((candidate) => candidate.linkId === item.linkId);
      if (!definition) {
        const elsewhere = everyLinkId.includes(item.linkId) ? 'belongs elsewhere in the Questionnaire' : 'is not in the Questionnaire';
        return report(`${at}.linkId`, `${show(item.linkId)} ${elsewhere}`);
      }
      const position = definitions.indexOf(definition);
      if (position < furthest) report(at, `"${item.linkId}" comes after "${definitions[furthest].linkId}", but the Questionnaire asks it first`);
      furthest = Math.max(furthest, position);
      if (given.has(item.linkId) && !definition.repeats) report(at, `"${item.linkId}" appears twice`);
      given.set(item.linkId, [...(given.get(item.linkId) ?? []), item]);
      if (!isEnabled(definition, answers)) report(at, `"${item.linkId}" is not asked with these answers (its enableWhen does not hold), so it cannot be answered`);
      if (definition.type === 'display') {
        if (item.answer !== undefined || item.item !== undefined) report(at, `"${item.linkId}" is text to show: it has no answer`);
      } else if (definition.type === 'group') {
        if (item.answer !== undefined) report(`${at}.answer`, `"${item.linkId}" is a group: it has no answer of its own`);
        if (!Array.isArray(item.item) || !item.item.length) report(at, `the group "${item.linkId}" holds no items`);
        checkItems(at, item.item, definition.item ?? []);
      } else {
        checkQuestion(at, item, definition);
      }
    });
    for (const definition of definitions) {
      if (!definition.required || !isEnabled(definition, answers)) continue;
      const entries = given.get(definition.linkId) ?? [];
      const answered = definition.type === 'group' ? entries.length > 0 : entries.some((entry) => Array.isArray(entry.answer) && entry.answer.length > 0);
      if (!answered) report(path, `"${definition.linkId}" is required and asked, but not answered`);
    }
  }

  checkItems(root, response.item, questionnaire.item);
  return problems;
}
