import { html, nothing, type TemplateResult } from 'lit';
import { emergencyNumber, type OutcomePage } from './outcome.js';
import type { View } from './view.js';

/**
 * The line that never goes away: when to call the emergency number. On a question page the call
 * is a button of its own, big enough to tap at once; after the questions, the card in front of
 * the person has its own call to action, and the number stays a link in the sentence.
 */
export function emergencyBanner(view: View, page: Pick<OutcomePage, 'contacts' | 'actionLink'>, onQuestion: boolean): TemplateResult {
  const { emergency } = page.contacts;
  const call = onQuestion ? emergency : undefined;
  return html`<div part="emergency-banner">
    <p>${view.parts('banner.text', { number: call ? call.text : emergencyNumber(view, page) })}</p>
    ${call ? page.actionLink('call-emergency', `tel:${call.dial}`, view.t('cta.emergency', { number: call.text }), 'call') : nothing}
  </div>`;
}
