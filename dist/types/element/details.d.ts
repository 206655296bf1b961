import { type TemplateResult } from 'lit';
import type { TriageResult } from '../engine/types.js';
import { type OutcomePage } from './outcome.js';
import { type View } from './view.js';
/** The English words of these sections: the fallback, key by key, for any locale. */
export { enDetails } from '../i18n/en-details.js';
/** "Why this advice": the rules that decided each part, in words, with their sources. */
export declare function whySection(view: View, result: TriageResult): TemplateResult;
export declare function answersSection(view: View, page: OutcomePage): TemplateResult;
/** The whole outcome page: the card with all its advice and causes, then the review sections. */
export declare function fullOutcome(view: View, page: OutcomePage): TemplateResult;
