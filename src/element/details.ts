// The rest of the outcome page, loaded on its own: the possible causes, "What you told us" (with
// change links) and "Why this advice" (the rules that decided, in words, with their sources).
// outcome.ts places them in the card, which never changes shape when they arrive.
import { html, nothing, type TemplateResult } from 'lit';
import type { Answer, Assumed, Condition, FiredRule, Rule, SourceId, Symptom, TriageResult } from '../engine/types.js';
import { ANY_PAIN } from '../engine/vocabulary.js';
import type { MessageKey } from '../i18n/en.js';
import type { TriageStep } from './events.js';
import type { Answers } from './flow.js';
import type { OutcomePage } from './outcome.js';
import { rules } from './rules.js';
import { ANSWER_KEYS, heading, type View } from './view.js';

/** The English words of these sections: the fallback, key by key, for any locale. */
export { enDetails } from '../i18n/en-details.js';
/** The care pathway's routing travels in this file: until it has loaded, the card names the first contact. */
export { checkPathway, route } from './routing.js';

const isAnyPain = (symptoms: readonly Symptom[]) =>
  symptoms.length === ANY_PAIN.length && ANY_PAIN.every((symptom) => symptoms.includes(symptom));

/**
 * A rule's condition in the person's words, for "Why this advice". It only describes what the
 * engine decided; it decides nothing itself. A yes / no question shows the person's own answer,
 * never one they did not give: a "not sure" read as yes is said as such by `assumedWords`.
 */
function conditionWords(view: View, when: Condition, answers: Answers): string {
  const symptoms = (items: readonly Symptom[], join: (items: string[]) => string) =>
    isAnyPain(items) ? view.t('review.rule.anyPain') : join(items.map((symptom) => view.t(`symptom.${symptom}`)));
  const ownAnswer = (question: MessageKey, given: Answer | undefined) =>
    given && given !== 'not-sure' ? view.t('review.rule.answer', { question: view.t(question), answer: view.t(ANSWER_KEYS[given]) }) : '';
  const weeks = ({ from, to }: { from?: number; to?: number }) => {
    const values = { from: from ?? 0, to: to ?? 0 };
    const key = from === undefined ? 'review.rule.upTo' : to === undefined ? 'review.rule.from' : 'review.rule.between';
    return view.t(key, values);
  };

  const parts: string[] = [];
  if (when.bleeding) parts.push(view.or(when.bleeding.map((amount) => view.t(`bleeding.${amount}`))));
  if (when.allOf) parts.push(symptoms(when.allOf, view.and));
  if (when.anyOf) parts.push(symptoms(when.anyOf, view.or));
  if (when.noneOf) parts.push(view.t('review.rule.without', { symptoms: symptoms(when.noneOf, view.or) }));
  if (when.weeks) parts.push(weeks(when.weeks));
  if (when.allWeeks) parts.push(weeks(when.allWeeks));
  if (when.stages) parts.push(view.or(when.stages.map((stage) => view.t(`review.rule.${stage}`))));
  if (when.lowLyingPlacenta) parts.push(ownAnswer('review.placenta', answers.lowLyingPlacenta));
  if (when.ectopicRisk) parts.push(ownAnswer('review.ectopic', answers.ectopicRisk));
  if (when.outcome) parts.push(view.t('review.rule.level', { levels: view.or(when.outcome.map((level) => view.t(`review.level.${level}`))) }));
  if (when.noOtherCause) parts.push(view.t('review.rule.noOtherCause'));
  const said = parts.filter(Boolean);
  return said.length ? said.join(view.t('review.rule.separator')) : view.t('review.rule.any');
}

/**
 * What a rule had to assume that the person did not say, in plain sentences (SPEC §7, §8). Only
 * the result's own fields are read: one another script put on Object.prototype is not an answer.
 */
function assumedWords(view: View, entry: FiredRule): TemplateResult | typeof nothing {
  const assumed: Assumed = Object.hasOwn(entry, 'assumed') ? entry.assumed! : {};
  const says = (field: keyof Assumed) => Object.hasOwn(assumed, field);
  const sentences = [
    says('ectopicRisk') ? view.t('review.assumed.ectopicRisk') : '',
    says('lowLyingPlacenta') ? view.t('review.assumed.lowLyingPlacenta') : '',
    says('weeks') ? view.t('review.assumed.weeks', assumed.weeks) : '',
  ].filter(Boolean);
  return sentences.length ? html`<span class="assumed">${sentences.join(' ')}</span>` : nothing;
}

// The rule table and the sources come from the engine the element has loaded (src/element/rules.ts),
// not by import: the two files then share nothing that would have to be split into a third.
// "Why this advice" only shows rules that fired, and rules fire only once the engine has loaded.
const engine = () => rules.loaded()!;
let byId: Map<string, Rule> | undefined;
const ruleById = () => (byId ??= new Map(engine().RULES.map((rule) => [rule.id, rule])));

function citations(sources: readonly SourceId[]): TemplateResult {
  return html`<span class="cite"
    >[${sources.map(
      (id, index) =>
        html`${index ? ', ' : ''}<a href=${engine().SOURCES[id].url} rel="noopener noreferrer" target="_blank"
            >${id}<span class="visually-hidden"> ${engine().SOURCES[id].title}</span></a
          >`,
    )}]</span
  >`;
}

/** "Why this advice": the rules that decided each part, in words, with their sources. */
export function whySection(view: View, result: TriageResult, answers: Answers): TemplateResult {
  const shownCauses = new Set(result.causes.map((cause) => cause.id));
  if (!result.fired.length) return html`<details part="sources"><summary>${view.t('outcome.why')}</summary><p>${view.t('review.why.ruleset', { version: result.rulesetVersion })}</p></details>`;
  const fired = result.fired.map((entry) => ({ entry, rule: ruleById().get(entry.ruleId) })).filter((f): f is { entry: FiredRule; rule: Rule } => !!f.rule);
  const byUrgency = fired.filter(({ rule }) => rule.urgency === result.urgency && !rule.causes);
  const byCause = fired.filter(({ rule }) => rule.causes?.some((cause) => shownCauses.has(cause)));
  const byAdvice = fired.filter(({ rule }) => rule.advice && !byUrgency.some((f) => f.rule === rule));
  const cited = [...new Set([...byUrgency, ...byCause, ...byAdvice].flatMap((f) => f.entry.sources))];
  const group = (key: MessageKey, items: typeof fired) =>
    items.length
      ? html`<p>${view.t(key)}</p>
          <ul>
            ${items.map(
              ({ entry, rule }) =>
                html`<li>${conditionWords(view, rule.when, answers)} ${citations(entry.sources)} ${assumedWords(view, entry)}</li>`,
            )}
          </ul>`
      : nothing;
  return html`<details part="sources">
    <summary>${view.t('outcome.why')}</summary>
    ${group('review.why.urgency', byUrgency)} ${group('review.why.causes', byCause)} ${group('review.why.advice', byAdvice)}
    ${cited.length
      ? html`${heading(view, view.t('review.why.sources'), 1, 'sources-heading')}
          <ul>
            ${cited.map((id) => html`<li>${id}: <a href=${engine().SOURCES[id].url} rel="noopener noreferrer" target="_blank">${engine().SOURCES[id].title}</a></li>`)}
          </ul>`
      : nothing}
    <p>${view.t('review.why.ruleset', { version: result.rulesetVersion })}</p>
  </details>`;
}

function answerValue(view: View, page: OutcomePage, step: TriageStep): string {
  const { answers } = page;
  switch (step) {
    case 'weeks':
      return answers.dating === 'weeks' && answers.weeks !== undefined
        ? view.t('review.weeks.value', { weeks: answers.weeks })
        : view.t('review.weeks.unknown');
    case 'trimester':
      return view.t(`trimester.${answers.trimester ?? 'unknown'}`);
    case 'bleeding':
      return answers.bleeding ? view.t(`bleeding.${answers.bleeding}`) : '';
    case 'symptoms':
      return answers.symptoms?.length
        ? view.and(answers.symptoms.map((symptom) => view.t(`symptom.${symptom}`)))
        : view.t('symptoms.none');
    case 'ectopic-risk':
      return view.t(ANSWER_KEYS[answers.ectopicRisk ?? 'not-sure']);
    default:
      return answers.lowLyingPlacenta === 'not-sure' || !answers.lowLyingPlacenta
        ? view.t('placenta.notSure')
        : view.t(ANSWER_KEYS[answers.lowLyingPlacenta]);
  }
}

const QUESTION_KEYS: Record<Exclude<TriageStep, 'outcome'>, MessageKey> = {
  weeks: 'review.weeks',
  trimester: 'trimester.question',
  bleeding: 'review.bleeding',
  symptoms: 'review.symptoms',
  'ectopic-risk': 'review.ectopic',
  'low-lying-placenta': 'review.placenta',
};

export function answersSection(view: View, page: OutcomePage): TemplateResult {
  const rows = page.asked.filter((step): step is Exclude<TriageStep, 'outcome'> => step !== 'outcome');
  return html`${heading(view, view.t('review.answers'), 1, 'answers-heading')}
    <dl class="answers">
      ${rows.map(
        (step) => html`<div>
          <dt>${view.t(QUESTION_KEYS[step])}</dt>
          <dd>${answerValue(view, page, step)}</dd>
          <dd>
            <button type="button" class="link-button" @click=${() => page.change(step)}>
              ${view.t('review.change')}<span class="visually-hidden"> ${view.t(QUESTION_KEYS[step])}</span>
            </button>
          </dd>
        </div>`,
      )}
    </dl>`;
}

/** The possible causes, for the card; a card with none (the engine-fault card) says so. */
export function causes(view: View, result: TriageResult): TemplateResult {
  return html`${heading(view, view.t('outcome.causes'), 1, 'causes-heading')}
    ${result.causes.length
      ? html`<p>${view.t('outcome.causes.intro')}</p>
          <ul>
            ${result.causes.map(({ id }) => html`<li part="cause"><strong>${view.t(`cause.${id}`)}</strong> ${view.t(`cause.${id}.text`)}</li>`)}
          </ul>
          ${result.stage === 'unknown' ? html`<p>${view.t('outcome.causes.weeksUnknown')}</p>` : nothing}`
      : html`<p>${view.t('outcome.causes.none')}</p>`}`;
}

/** Below the card: "What you told us" and "Why this advice". */
export function reviewSections(view: View, page: OutcomePage): TemplateResult {
  return html`${answersSection(view, page)} ${whySection(view, page.result, page.answers)}`;
}
