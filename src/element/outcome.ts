import { html, nothing, type TemplateResult } from 'lit';
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


function emergencyNumber(view: View, page: OutcomePage): unknown {
  const { emergency } = page.contacts;
  return emergency ? page.actionLink('call-emergency', `tel:${emergency.dial}`, emergency.text) : view.t('number.unknown');
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

// "What you told us" and "Why this advice" (with the sources) load on their own, once the first
// question shows: the card above them never waits for them.
let review: typeof import('./review.js') | undefined;
let reviewFailed = false;

/** The review sections, once loaded. */
export const loadedReview = () => review;

/** Starts loading the review sections; resolves once they can render (or have failed). */
export function loadReview(): Promise<typeof review> {
  return import('./review.js').then(
    (module) => (review = module),
    (error) => {
      reviewFailed = true;
      console.warn('<bleeding-triage>: could not load "What you told us" and "Why this advice"; the advice itself is complete.', error);
      return undefined;
    },
  );
}

function reviewSections(view: View, page: OutcomePage): unknown {
  return review
    ? [review.answersSection(view, page), review.whySection(view, page.result)]
    : html`<details part="sources">
        <summary>${view.t('outcome.why')}</summary>
        <p>${view.t(reviewFailed ? 'outcome.why.unavailable' : 'outcome.why.loading')}</p>
      </details>`;
}

/** The outcome card, shaped like an NHS care card, then the answers, the reasons and actions. */
export function outcomePage(view: View, page: OutcomePage): TemplateResult {
  const { result } = page;
  return html`${backButton(view)}<section part="outcome" class=${`outcome--${result.urgency}`} aria-labelledby="page-heading">
      <div class="card-heading">
        ${heading(view, html`<span class="visually-hidden">${view.t(`outcome.prefix.${result.urgency}`)} </span>${title(view, page)}`)}
      </div>
      <div class="card-body">
        ${callToAction(view, page)} ${heading(view, view.t('outcome.doNow'), 1, 'do-now-heading')}
        <ul part="advice">
          ${result.advice.map((id) => adviceItem(view, page, id))}
        </ul>
        ${result.causes.length
          ? html`${heading(view, view.t('outcome.causes'), 1, 'causes-heading')}
              <p>${view.t('outcome.causes.intro')}</p>
              <ul>
                ${result.causes.map(
                  ({ id }) => html`<li part="cause"><strong>${view.t(`cause.${id}`)}</strong> ${view.t(`cause.${id}.text`)}</li>`,
                )}
              </ul>
              ${result.stage === 'unknown' ? html`<p>${view.t('outcome.causes.weeksUnknown')}</p>` : nothing}`
          : nothing}
        <p class="not-diagnosis">${view.t('outcome.notDiagnosis')}</p>
      </div>
    </section>
    ${reviewSections(view, page)}
    <div class="actions">
      <button type="button" class="secondary" @click=${page.print}>${view.t('outcome.print')}</button>
      <button type="button" part="restart" @click=${page.restart}>${view.t('outcome.restart')}</button>
    </div>`;
}
