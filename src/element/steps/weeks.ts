import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorMessage, errorSummary, heading, ids, type View } from '../view.js';

export const WEEKS_INPUT = 'weeks-input';

export interface WeeksPage {
  /** The text the field opens with. The field is then the person's: nothing rewrites it while they type. */
  text: string;
  /** A week the host prefilled, shown for the person to confirm (dates go stale). */
  prefilled?: number;
  onSubmit(event: Event): void;
  onNotSure(): void;
}

/** "How many weeks pregnant are you?": a number, or "I'm not sure". */
export function weeksStep(view: View, page: WeeksPage): TemplateResult {
  return html`<form part="step" novalidate @submit=${page.onSubmit}>
    ${errorSummary(view)}
    <div class=${view.error ? 'has-error' : ''}>
      ${heading(view, html`<label part="question" for=${WEEKS_INPUT}>${view.t('weeks.question')}</label>`)}
      <div part="hint" id=${ids.hint}>
        <p>${view.t('weeks.hint')}</p>
        ${page.prefilled === undefined ? nothing : html`<p>${view.t('weeks.prefilled', { weeks: page.prefilled })}</p>`}
      </div>
      ${errorMessage(view)}
      <div class="weeks-field">
        <input
          id=${WEEKS_INPUT}
          name="weeks"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          .value=${page.text}
          aria-describedby=${describedBy(view)}
          aria-invalid=${view.error ? 'true' : 'false'}
        />
        <span aria-hidden="true">${view.t('weeks.suffix')}</span>
      </div>
    </div>
    <div class="actions">
      <button part="continue" type="submit">${view.t('continue')}</button>
      <button class="secondary" type="button" @click=${page.onNotSure}>${view.t('weeks.notSure')}</button>
    </div>
  </form>`;
}
