import type { QuestionnaireEnableWhen, QuestionnaireItem } from './types.js';

type Value = unknown;
/** Every answer given to each question (by linkId) anywhere in a response. */
export type AnswersByLinkId = ReadonlyMap<string, readonly Record<string, Value>[]>;

const isCoding = (value: Value): value is { system?: unknown; code?: unknown } => typeof value === 'object' && value !== null;

/** -1, 0 or 1; undefined when the two cannot be compared (different kinds, or not ordered). */
function compare(answer: Value, wanted: Value): number | undefined {
  if (isCoding(answer) && isCoding(wanted)) return answer.system === wanted.system && answer.code === wanted.code ? 0 : undefined;
  if (typeof answer !== typeof wanted || (typeof answer !== 'number' && typeof answer !== 'string' && typeof answer !== 'boolean')) return undefined;
  return answer === wanted ? 0 : (answer as number | string) < (wanted as number | string) ? -1 : 1;
}

/**
 * One condition, as R4's `questionnaire-enable-operator` defines it (worded more plainly in R5):
 * `exists` compares whether there is an answer; `!=` holds when no answer equals; the others hold
 * when at least one answer of the same kind (answerInteger with valueInteger…) compares so.
 */
function holds(condition: QuestionnaireEnableWhen, answers: readonly Record<string, Value>[]): boolean {
  if (condition.operator === 'exists') return (answers.length > 0) === condition.answerBoolean;
  const key = Object.keys(condition).find((name) => name.startsWith('answer'));
  if (!key) return false;
  const wanted = (condition as unknown as Record<string, Value>)[key];
  const results = answers.map((answer) => compare(answer[`value${key.slice('answer'.length)}`], wanted));
  switch (condition.operator) {
    case '=':
      return results.includes(0);
    case '!=':
      return !results.includes(0);
    case '>':
      return results.includes(1);
    case '<':
      return results.includes(-1);
    case '>=':
      return results.some((result) => result === 0 || result === 1);
    case '<=':
      return results.some((result) => result === 0 || result === -1);
    default:
      return false;
  }
}

/** Whether a Questionnaire item is asked, given the answers: every condition, or any one with `enableBehavior: 'any'`. */
export function isEnabled(item: QuestionnaireItem, answers: AnswersByLinkId): boolean {
  const conditions = item.enableWhen ?? [];
  if (!conditions.length) return true;
  const met = conditions.map((condition) => holds(condition, answers.get(condition.question) ?? []));
  return item.enableBehavior === 'any' ? met.includes(true) : !met.includes(false);
}
