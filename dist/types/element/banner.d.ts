import { type TemplateResult } from 'lit';
import { type OutcomePage } from './outcome.js';
import type { View } from './view.js';
/**
 * The line that never goes away: when to call the emergency number. On a question page the call
 * is a button of its own, big enough to tap at once; after the questions, the card in front of
 * the person has its own call to action, and the number stays a link in the sentence.
 */
export declare function emergencyBanner(view: View, page: Pick<OutcomePage, 'contacts' | 'actionLink'>, onQuestion: boolean): TemplateResult;
