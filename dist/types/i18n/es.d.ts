import type { Messages } from './en.js';
/**
 * Spanish (neutral international, "usted"): translates en.ts + en-details.ts.
 * Needs review by a clinical translator before clinical use.
 */
export declare const es: Messages;
