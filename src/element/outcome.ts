import { html, nothing, type TemplateResult } from 'lit';
import type { AdviceId, TriageResult } from '../engine/types.js';
import { en, type MessageKey } from '../i18n/en.js';
import type { TriageAction, TriageStep } from './events.js';
import type { Answers } from './flow.js';
import { lazyPart } from './lazy.js';
import { backButton, heading, type View } from './view.js';

/** How to reach help: the emergency number and the host's own care contact. */
export interface Contacts {
  /** Shown and dialled; undefined when the region's number is not known. */
  emergency?: { text: string; dial: string };
  urgentCare?: string;
  careName?: string;
  carePhone?: { text: string; dial: string };
  careUrl?: string;
}

export interface OutcomePage {
  result: TriageResult;
  /** Lines given only because the week is not pinned: they begin with their condition (SPEC §8). */
  weekConditional: readonly AdviceId[];
  answers: Answers;
  /** The questions the person answered, in order, for "What you told us". */
  asked: TriageStep[];
  contacts: Contacts;
  /** A link that tells the host first (who may take it over). */
  actionLink(action: TriageAction, href: string, content: unknown, className?: string): TemplateResult;
  change(step: TriageStep): void;
  print(): void;
  restart(): void;
}

/** The emergency number as a call link, or the words "your local emergency number". */
export function emergencyNumber(view: View, { contacts, actionLink }: Pick<OutcomePage, 'contacts' | 'actionLink'>): unknown {
  const { emergency } = contacts;
  return emergency ? actionLink('call-emergency', `tel:${emergency.dial}`, emergency.text) : view.t('number.unknown');
}

function careWords(view: View, page: OutcomePage): string {
  const generic = page.result.urgency === 'prompt' ? 'care.generic.prompt' : 'care.generic.urgent';
  return page.contacts.careName ?? view.t(generic);
}

function title(view: View, page: OutcomePage): string {
  const { urgency } = page.result;
  if (urgency === 'emergency') {
    return view.t('outcome.title.emergency', { number: page.contacts.emergency?.text ?? view.t('number.unknown') });
  }
  return view.t(`outcome.title.${urgency}`, { care: careWords(view, page) });
}

/** The one call to action: the emergency number, or the host's care contact. */
function callToAction(view: View, page: OutcomePage): unknown {
  const { emergency, carePhone, careUrl } = page.contacts;
  const name = page.contacts.careName ?? view.t('cta.careFallbackName');
  if (page.result.urgency === 'emergency') {
    return emergency ? page.actionLink('call-emergency', `tel:${emergency.dial}`, view.t('cta.emergency', { number: emergency.text }), 'cta') : nothing;
  }
  if (carePhone) {
    // The number never breaks across lines, however large the text.
    const phone = html`<span class="phone">${carePhone.text}</span>`;
    return page.actionLink('call-care', `tel:${carePhone.dial}`, view.parts('cta.carePhone', { name, phone }), 'cta');
  }
  return careUrl ? page.actionLink('open-care', careUrl, view.t('cta.careUrl', { name }), 'cta') : nothing;
}

function adviceItem(view: View, page: OutcomePage, id: AdviceId): TemplateResult {
  const values = {
    number: emergencyNumber(view, page),
    care: careWords(view, page),
    urgentCare: page.contacts.urgentCare ?? view.t('urgentCare.unknown'),
  };
  const key = `advice.${id}${page.weekConditional.includes(id) ? '.ifWeeks' : ''}` as MessageKey;
  return html`<li>${view.parts(key, values)}</li>`;
}

/**
 * The rest of the outcome (causes, the advice for while you wait, "What you told us", "Why this
 * advice" and the sources) loads on its own once the person starts answering, so a page where
 * nobody uses the widget loads only the main file. Until it has, or if it cannot, the card shows
 * its essentials: the urgency, the call to action, the action and the safety net.
 */
export const details = lazyPart('the rest of the outcome', () => import('./details.js'));

/** A line is essential when its words are in the main file: it can always be shown. */
const essential = (id: AdviceId) => `advice.${id}` in en;

/**
 * The outcome page, shaped like an NHS care card: the urgency in words, one call to action, what
 * to do now, the possible causes, and that it is not a diagnosis; then "What you told us", "Why
 * this advice" and the actions. One template whether or not the rest has loaded, so the card the
 * person is reading (and the focus on its heading) stays where it is when the rest arrives.
 */
export function outcomePage(view: View, page: OutcomePage): TemplateResult {
  const { urgency, advice } = page.result;
  const rest = details.loaded();
  const status = details.failed() ? 'outcome.details.unavailable' : 'outcome.details.loading';
  return html`${backButton(view)}
    <section part="outcome" class=${`outcome--${urgency}`} aria-labelledby="page-heading">
      <div class="card-heading">
        ${heading(view, html`<span class="visually-hidden">${view.t(`outcome.prefix.${urgency}`)} </span>${title(view, page)}`)}
      </div>
      <div class="card-body">
        ${callToAction(view, page)} ${heading(view, view.t('outcome.doNow'), 1, 'do-now-heading')}
        <ul part="advice">
          ${(rest ? advice : advice.filter(essential)).map((id) => adviceItem(view, page, id))}
        </ul>
        ${rest ? rest.causes(view, page.result) : html`<p class="details-status">${view.t(status)}</p>`}
        <p class="not-diagnosis">${view.t('outcome.notDiagnosis')}</p>
      </div>
    </section>
    ${rest ? rest.reviewSections(view, page) : nothing}
    <div class="actions">
      ${rest ? html`<button type="button" class="secondary" @click=${page.print}>${view.t('outcome.print')}</button>` : nothing}
      <button type="button" part="restart" @click=${page.restart}>${view.t('outcome.restart')}</button>
    </div>`;
}
