import { html, nothing, type TemplateResult } from 'lit';
import { ADVICE } from '../engine/advice.js';
import type { AdviceId, TriageResult } from '../engine/types.js';
import type { TriageAction, TriageStep } from './events.js';
import type { Answers } from './flow.js';
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
    return page.actionLink('call-care', `tel:${carePhone.dial}`, view.t('cta.carePhone', { name, phone: carePhone.text }), 'cta');
  }
  return careUrl ? page.actionLink('open-care', careUrl, view.t('cta.careUrl', { name }), 'cta') : nothing;
}

function adviceItem(view: View, page: OutcomePage, id: AdviceId): TemplateResult {
  const values = {
    number: emergencyNumber(view, page),
    care: careWords(view, page),
    urgentCare: page.contacts.urgentCare ?? view.t('urgentCare.unknown'),
  };
  return html`<li>${view.parts(`advice.${id}`, values)}</li>`;
}

// The rest of the outcome (causes, practical advice, "What you told us", "Why this advice" and
// the sources) loads on its own once the person starts answering, so a page where nobody uses the
// widget loads only the main file. Until it has, or if it cannot, the card shows its essentials:
// the urgency, the call to action, the action and the safety net.
let details: typeof import('./details.js') | undefined;
let detailsFailed = false;
let loading: Promise<typeof details> | undefined;

/** The rest of the outcome, once loaded. */
export const loadedDetails = () => details;

/** Starts loading the rest of the outcome (once); resolves once it can render (or has failed). */
export function loadDetails(): Promise<typeof details> {
  return (loading ??= import('./details.js').then(
    (module) => (details = module),
    (error) => {
      detailsFailed = true;
      console.warn('<bleeding-triage>: could not load the rest of the outcome; the essentials still show.', error);
      return undefined;
    },
  ));
}

const essential = new Set(ADVICE.filter((advice) => advice.group !== 'practical').map((advice) => advice.id));

/**
 * The outcome card, shaped like an NHS care card: the urgency in words, one call to action, what
 * to do now, then `more` (the causes), and that it is not a diagnosis.
 */
export function outcomeCard(view: View, page: OutcomePage, advice: readonly AdviceId[], more: unknown): TemplateResult {
  const { urgency } = page.result;
  return html`<section part="outcome" class=${`outcome--${urgency}`} aria-labelledby="page-heading">
    <div class="card-heading">
      ${heading(view, html`<span class="visually-hidden">${view.t(`outcome.prefix.${urgency}`)} </span>${title(view, page)}`)}
    </div>
    <div class="card-body">
      ${callToAction(view, page)} ${heading(view, view.t('outcome.doNow'), 1, 'do-now-heading')}
      <ul part="advice">
        ${advice.map((id) => adviceItem(view, page, id))}
      </ul>
      ${more}
      <p class="not-diagnosis">${view.t('outcome.notDiagnosis')}</p>
    </div>
  </section>`;
}

/** The whole outcome page when it has loaded; its essentials until then. */
export function outcomePage(view: View, page: OutcomePage): TemplateResult {
  if (details) return details.fullOutcome(view, page);
  const status = html`<p class="details-status">${view.t(detailsFailed ? 'outcome.details.unavailable' : 'outcome.details.loading')}</p>`;
  return html`${backButton(view)}${outcomeCard(view, page, page.result.advice.filter((id) => essential.has(id)), status)}
    <div class="actions"><button type="button" part="restart" @click=${page.restart}>${view.t('outcome.restart')}</button></div>`;
}
