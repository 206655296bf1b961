import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * Arabic (Modern Standard Arabic, addressing the reader in the feminine): translates en.ts +
 * en-details.ts for clinical content version 3, key for key in the same order. Needs review by
 * a clinical translator before clinical use.
 */
export declare const messages: Messages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
