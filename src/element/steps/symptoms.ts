import { html, type TemplateResult } from 'lit';
import type { Symptom } from '../../engine/types.js';
import { EMERGENCY_SIGNS } from '../../engine/vocabulary.js';
import { en, type MessageKey } from '../../i18n/en.js';
import { backButton, describedBy, errorMessage, errorSummary, heading, ids, options, type View } from '../view.js';

export const NONE = 'none';

export interface SymptomsPage {
  offered: readonly Symptom[];
  /** The ticked symptoms, or [NONE]. */
  ticked: readonly string[];
  progress: TemplateResult;
  onChange(event: Event): void;
  onSubmit(event: Event): void;
}

/**
 * "Do you have any of these as well?": checkboxes, with an exclusive "None of these". The
 * emergency signs come first, in a box of their own with a name, so they are found at a glance;
 * the page still asks one question, and the box is a group within it, not a heading.
 */
export function symptomsStep(view: View, page: SymptomsPage): TemplateResult {
  const isTicked = (value: string) => page.ticked.includes(value);
  const hintOf = (symptom: Symptom) => {
    const key = `symptom.${symptom}.hint`;
    return key in en ? view.t(key as MessageKey) : undefined;
  };
  const choice = (symptom: Symptom) => ({ value: symptom, label: view.t(`symptom.${symptom}`), hint: hintOf(symptom) });
  const signs = page.offered.filter((symptom) => EMERGENCY_SIGNS.includes(symptom)).map(choice);
  const others = page.offered.filter((symptom) => !EMERGENCY_SIGNS.includes(symptom)).map(choice);
  return html`<form part="step" novalidate @submit=${page.onSubmit}>
    ${backButton(view)} ${errorSummary(view)}
    <fieldset class=${view.error ? 'has-error' : ''} aria-describedby=${describedBy(view)}>
      <legend part="question">${page.progress}${heading(view, view.t('symptoms.question'))}</legend>
      <div part="hint" id=${ids.hint}>${view.t('symptoms.hint')}</div>
      ${errorMessage(view)}
      <div class="signs" role="group" aria-labelledby="signs-label">
        <p class="signs-label" id="signs-label">${view.t('symptoms.emergencySigns')}</p>
        ${options('checkbox', 'symptom', signs, isTicked, page.onChange)}
      </div>
      ${options('checkbox', 'symptom', others, isTicked, page.onChange, signs.length)}
      <p class="or">${view.t('symptoms.or')}</p>
      ${options('checkbox', NONE, [{ value: NONE, label: view.t('symptoms.none') }], isTicked, page.onChange)}
    </fieldset>
    <div class="actions"><button part="continue" type="submit">${view.t('continue')}</button></div>
  </form>`;
}
