import { type TemplateResult } from 'lit';
import type { TriageResult } from '../engine/types.js';
import type { Answers } from './flow.js';
import type { OutcomePage } from './outcome.js';
import { type View } from './view.js';
/** The English words of these sections: the fallback, key by key, for any locale. */
export { enDetails } from '../i18n/en-details.js';
/** The care pathway's routing travels in this file: until it has loaded, the card names the first contact. */
export { checkPathway, route } from './routing.js';
/** "Why this advice": the rules that decided each part, in words, with their sources. */
export declare function whySection(view: View, result: TriageResult, answers: Answers): TemplateResult;
export declare function answersSection(view: View, page: OutcomePage): TemplateResult;
/** The possible causes, for the card; a card with none (the engine-fault card) says so. */
export declare function causes(view: View, result: TriageResult): TemplateResult;
/** Below the card: "What you told us" and "Why this advice". */
export declare function reviewSections(view: View, page: OutcomePage): TemplateResult;
