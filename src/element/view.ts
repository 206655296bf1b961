import { html, nothing, type TemplateResult } from 'lit';
import type { Answer } from '../engine/types.js';
import type { MessageKey } from '../i18n/en.js';

/** What every render function needs from the element: words, heading levels and handlers. */
export interface View {
  /** A message as text, placeholders filled. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A message with placeholders replaced by templates (links), for rendering. */
  parts(key: MessageKey, values: Record<string, unknown>): unknown[];
  /** Lists joined the locale's way: "a, b and c", "a, b or c". */
  and(items: string[]): string;
  or(items: string[]): string;
  /** The host's heading level for page headings; sub-headings go one deeper. */
  headingLevel: number;
  /** The current validation error, if any. */
  error: FieldError | null;
  back(): void;
  focusField(id: string): void;
}

export interface FieldError {
  /** The id of the control the error is about: the summary link focuses it. */
  field: string;
  message: MessageKey;
  values?: Record<string, string | number>;
}

/** Words for a yes / no / not sure answer. */
export const ANSWER_KEYS: Record<Answer, MessageKey> = { yes: 'answer.yes', no: 'answer.no', 'not-sure': 'answer.notSure' };

export const ids = {
  heading: 'page-heading',
  hint: 'page-hint',
  error: 'page-error',
  summary: 'error-summary',
} as const;

/** A heading at the host's level (or deeper), focusable so focus can move to it. */
export function heading(view: View, content: unknown, depth = 0, id: string = ids.heading): TemplateResult {
  const level = Math.min(view.headingLevel + depth, 6);
  return html`<span role="heading" aria-level=${level} class=${depth ? 'subheading' : 'heading'} id=${id} tabindex="-1"
    >${content}</span
  >`;
}

export function backButton(view: View): TemplateResult {
  return html`<button type="button" part="back" class="link-button" @click=${() => view.back()}>${view.t('back')}</button>`;
}

export function progress(view: View, current: number, total: number): TemplateResult {
  return html`<span class="progress">${view.t('progress', { current, total })}</span>`;
}

/**
 * The GOV.UK / NHS error summary: focused on error, each link moves to its field. Its heading is
 * at the page heading's level: it comes before the question, and must not sit below it.
 */
export function errorSummary(view: View): TemplateResult | typeof nothing {
  const { error } = view;
  if (!error) return nothing;
  const follow = (event: Event) => {
    event.preventDefault();
    view.focusField(error.field);
  };
  return html`<div part="error-summary" id=${ids.summary} tabindex="-1" role="group" aria-labelledby="error-summary-title">
    <div role="alert">
      ${heading(view, view.t('error.title'), 0, 'error-summary-title')}
      <ul>
        <li><a href=${`#${error.field}`} @click=${follow}>${view.t(error.message, error.values)}</a></li>
      </ul>
    </div>
  </div>`;
}

export function errorMessage(view: View): TemplateResult | typeof nothing {
  const { error } = view;
  if (!error) return nothing;
  return html`<p class="error-message" id=${ids.error}>
    <span class="visually-hidden">${view.t('error.prefix')}</span> ${view.t(error.message, error.values)}
  </p>`;
}

/** The ids a question's control is described by: its hint, and its error when there is one. */
export const describedBy = (view: View, hint = true) =>
  [hint ? ids.hint : '', view.error ? ids.error : ''].filter(Boolean).join(' ') || nothing;

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Native radios or checkboxes, each with its label and hint in the same shadow root. The hint
 * sits beside the label, not in it, so a screen reader says it once: as the description.
 * `first` numbers the ids on from an earlier group of the same name.
 */
export function options(
  type: 'radio' | 'checkbox',
  name: string,
  choices: Option[],
  isChecked: (value: string) => boolean,
  onChange: (event: Event) => void,
  first = 0,
): TemplateResult[] {
  return choices.map((choice, index) => {
    const id = `${name}-${first + index}`;
    return html`<div part="option">
      <input
        type=${type}
        id=${id}
        name=${name}
        .value=${choice.value}
        .checked=${isChecked(choice.value)}
        aria-describedby=${choice.hint ? `${id}-hint` : nothing}
        @change=${onChange}
      />
      <label for=${id}>${choice.label}</label>
      ${choice.hint ? html`<span class="option-hint" id=${`${id}-hint`}>${choice.hint}</span>` : nothing}
    </div>`;
  });
}
