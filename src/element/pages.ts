import { html, type TemplateResult } from 'lit';
import type { Symptom } from '../engine/types.js';
import { ANSWERS, BLEEDING, TRIMESTERS } from '../engine/vocabulary.js';
import type { MessageKey } from '../i18n/en.js';
import type { Draft } from './draft.js';
import type { TriageStep } from './events.js';
import { choiceStep } from './steps/choice.js';
import { symptomsStep } from './steps/symptoms.js';
import { weeksStep } from './steps/weeks.js';
import { ANSWER_KEYS, progress, type View } from './view.js';

const TRIMESTER_CHOICES = [...TRIMESTERS, 'unknown'] as const;
const ECTOPIC_REASONS = ['before', 'tubes', 'ivf', 'coil'] as const;

export interface QuestionPage {
  step: Exclude<TriageStep, 'outcome'>;
  draft: Draft;
  prefilledWeeks?: number;
  offered: readonly Symptom[];
  /** 1-based position among the question pages, and how many there are. */
  position: [number, number];
  edit(change: Partial<Draft>): void;
  tick(box: HTMLInputElement): void;
  submit(): void;
  notSure(): void;
}

/** The question page for a step, wired to the draft it edits. */
export function questionPage(view: View, page: QuestionPage): TemplateResult {
  const { draft } = page;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    // The weeks field is read only now: re-rendering it while the person types could undo keys.
    const weeks = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="weeks"]');
    if (weeks) page.edit({ weeksText: weeks.value });
    page.submit();
  };
  const pick = (field: 'trimester' | 'bleeding' | 'ectopicRisk' | 'lowLyingPlacenta') => (event: Event) =>
    page.edit({ [field]: (event.target as HTMLInputElement).value });
  const yesNo = (notSure: MessageKey) =>
    ANSWERS.map((value) => ({ value, label: view.t(value === 'not-sure' ? notSure : ANSWER_KEYS[value]) }));
  if (page.step === 'weeks') {
    return weeksStep(view, { text: draft.weeksText, prefilled: page.prefilledWeeks, onSubmit, onNotSure: page.notSure });
  }
  // Every page after the first says where the person is.
  const common = { progress: progress(view, ...page.position), onSubmit };
  switch (page.step) {
    case 'trimester':
      return choiceStep(view, {
        ...common,
        name: 'trimester',
        question: 'trimester.question',
        hint: view.t('trimester.hint'),
        choices: TRIMESTER_CHOICES.map((value) => ({ value, label: view.t(`trimester.${value}`) })),
        selected: draft.trimester,
        onChange: pick('trimester'),
      });
    case 'bleeding':
      return choiceStep(view, {
        ...common,
        name: 'bleeding',
        question: 'bleeding.question',
        hint: view.t('bleeding.hint'),
        choices: BLEEDING.map((value) => ({ value, label: view.t(`bleeding.${value}`), hint: view.t(`bleeding.${value}.hint`) })),
        selected: draft.bleeding,
        onChange: pick('bleeding'),
      });
    case 'symptoms':
      return symptomsStep(view, {
        ...common,
        offered: page.offered,
        ticked: draft.ticked,
        onChange: (event) => page.tick(event.target as HTMLInputElement),
      });
    case 'ectopic-risk':
      return choiceStep(view, {
        ...common,
        name: 'ectopic',
        question: 'ectopic.question',
        hint: html`${view.t('ectopic.hint')}
          <ul>
            ${ECTOPIC_REASONS.map((reason) => html`<li>${view.t(`ectopic.reason.${reason}`)}</li>`)}
          </ul>`,
        choices: yesNo('answer.notSure'),
        selected: draft.ectopicRisk,
        onChange: pick('ectopicRisk'),
      });
    default:
      return choiceStep(view, {
        ...common,
        name: 'placenta',
        question: 'placenta.question',
        hint: view.t('placenta.hint'),
        choices: yesNo('placenta.notSure'),
        selected: draft.lowLyingPlacenta,
        onChange: pick('lowLyingPlacenta'),
      });
  }
}
