import type { Messages } from './en.js';
/**
 * Spanish (neutral international, "usted"): translates en.ts + en-details.ts for clinical
 * content version 3, key for key in the same order.
 * Needs review by a clinical translator before clinical use.
 */
export declare const es: Messages;
