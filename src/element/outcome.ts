import { html, nothing, type TemplateResult } from 'lit';
import type { AdviceId, TriageResult } from '../engine/types.js';
import { en, type MessageKey } from '../i18n/en.js';
import type { TriageAction, TriageStep } from './events.js';
import type { Answers } from './flow.js';
import { lazyPart } from './lazy.js';
import type { CareRoute, Phone } from './pathway.js';
import type { EmergencyRoutes } from './regions.js';
import { backButton, heading, isolated, type View } from './view.js';

/** The region's numbers: the emergency number and the urgent-care line. */
export interface Contacts {
  /** Shown and dialled; undefined when the region's number is not known. */
  emergency?: Phone;
  /** Ways to reach it for people who are deaf or cannot speak. */
  emergencyRoutes?: EmergencyRoutes;
  urgentCare?: string;
}

export interface OutcomePage {
  result: TriageResult;
  /** Lines given only because the week is not pinned: they begin with their condition (SPEC §8). */
  weekConditional: readonly AdviceId[];
  answers: Answers;
  /** The questions the person answered, in order, for "What you told us". */
  asked: TriageStep[];
  contacts: Contacts;
  /** The care contact the pathway chose for the person's weeks and the time now. */
  care: CareRoute;
  /** A link that tells the host first (who may take it over), naming the host's contact it reaches. */
  actionLink(action: TriageAction, href: string, content: unknown, className?: string, contact?: string): TemplateResult;
  change(step: TriageStep): void;
  print(): void;
  restart(): void;
}

/** The emergency number as a call link, or the words "your local emergency number". */
export function emergencyNumber(view: View, { contacts, actionLink }: Pick<OutcomePage, 'contacts' | 'actionLink'>): unknown {
  const { emergency } = contacts;
  return emergency ? actionLink('call-emergency', `tel:${emergency.dial}`, isolated(emergency.text)) : view.t('number.unknown');
}

function careWords(view: View, page: OutcomePage): unknown {
  const generic = page.result.urgency === 'prompt' ? 'care.generic.prompt' : 'care.generic.urgent';
  return page.care.name === undefined ? view.t(generic) : isolated(page.care.name);
}

function title(view: View, page: OutcomePage): unknown {
  const { urgency } = page.result;
  if (urgency === 'emergency') {
    const { emergency } = page.contacts;
    return view.parts('outcome.title.emergency', { number: emergency ? isolated(emergency.text) : view.t('number.unknown') });
  }
  return view.parts(`outcome.title.${urgency}`, { care: careWords(view, page) });
}

/** A care contact's call to action: its phone, else its web page (the details file says where to find a number it lacks). */
export function careCall(view: View, actionLink: OutcomePage['actionLink'], { phone, url, phoneText, contact, name }: CareRoute): unknown {
  const who = html`<bdi>${contact ?? name ?? view.t('cta.careFallbackName')}</bdi>`;
  if (phone) return actionLink('call-care', `tel:${phone.dial}`, view.parts('cta.carePhone', { name: who, phone: html`<bdi class="phone">${phone.text}</bdi>` }), 'cta', contact);
  if (url) return actionLink('open-care', url, view.parts('cta.careUrl', { name: who }), 'cta', contact);
  // A number that is not one dialable number still tells the person who to call: as text, no link.
  return phoneText && html`<p class="cta-text">${view.parts('cta.carePhone', { name: who, phone: html`<bdi>${phoneText}</bdi>` })}</p>`;
}

/** The one call to action: the emergency number, or the care contact the pathway chose. */
function callToAction(view: View, page: OutcomePage): unknown {
  const { emergency } = page.contacts;
  const call =
    page.result.urgency !== 'emergency'
      ? careCall(view, page.actionLink, page.care)
      : emergency && page.actionLink('call-emergency', `tel:${emergency.dial}`, view.parts('cta.emergency', { number: isolated(emergency.text) }), 'cta');
  return call || nothing;
}

function adviceItem(view: View, page: OutcomePage, id: AdviceId): TemplateResult {
  const values = {
    number: emergencyNumber(view, page),
    care: careWords(view, page),
    urgentCare: page.contacts.urgentCare ?? view.t('urgentCare.unknown'),
  };
  const variant = page.weekConditional.includes(id) ? '.ifWeeks' : id === 'if-closed' && page.care.outOfHours ? '.outOfHours' : '';
  const key = `advice.${id}${variant}` as MessageKey;
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
  // What the pathway says: under a care contact's call; on an emergency card, after the few lines
  // of what to do (which stay on the first screen of a phone).
  const { more } = page.care;
  const emergency = urgency === 'emergency';
  const status = details.failed() ? 'outcome.details.unavailable' : 'outcome.details.loading';
  return html`${backButton(view)}
    <section part="outcome" class=${`outcome--${urgency}`} aria-labelledby="page-heading">
      <div class="card-heading">
        ${heading(view, html`<span class="visually-hidden">${view.t(`outcome.prefix.${urgency}`)} </span>${title(view, page)}`)}
      </div>
      <div class="card-body">
        ${callToAction(view, page)} ${emergency ? nothing : more} ${heading(view, view.t('outcome.doNow'), 1, 'do-now-heading')}
        <ul part="advice">
          ${(rest ? advice : advice.filter(essential)).map((id) => adviceItem(view, page, id))}
        </ul>
        ${emergency ? more : nothing}
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
