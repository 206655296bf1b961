import { html, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/en.js';
import { backButton, describedBy, errorMessage, errorSummary, heading, ids, options, type Option, type View } from '../view.js';

export interface ChoicePage {
  name: string;
  question: MessageKey;
  hint: unknown;
  choices: Option[];
  selected: string | undefined;
  progress: TemplateResult;
  onChange(event: Event): void;
  onSubmit(event: Event): void;
}

/** One question answered with one choice: native radios in a fieldset whose legend is the heading. */
export function choiceStep(view: View, page: ChoicePage): TemplateResult {
  return html`<form part="step" novalidate @submit=${page.onSubmit}>
    ${backButton(view)} ${errorSummary(view)}
    <fieldset class=${view.error ? 'has-error' : ''} aria-describedby=${describedBy(view)}>
      <legend part="question">${page.progress}${heading(view, view.t(page.question))}</legend>
      <div part="hint" id=${ids.hint}>${page.hint}</div>
      ${errorMessage(view)}
      ${options('radio', page.name, page.choices, (value) => value === page.selected, page.onChange)}
    </fieldset>
    <div class="actions"><button part="continue" type="submit">${view.t('continue')}</button></div>
  </form>`;
}
