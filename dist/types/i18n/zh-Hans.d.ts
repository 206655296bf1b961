import type { EssentialMessages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * Simplified Chinese (mainland usage, 您): translates en.ts + en-details.ts for clinical content
 * version 3, key for key in the same order.
 * Needs review by a clinical translator before clinical use.
 */
export declare const messages: EssentialMessages;
/** Not yet reviewed by a clinical translator (README, "Languages"). */
export declare const review: ReviewStatus;
/** The rest of the outcome's words, loaded beside these. */
export declare const details: () => Promise<typeof import("./zh-Hans-details.js")>;
