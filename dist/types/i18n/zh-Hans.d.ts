import type { Messages } from './en.js';
/**
 * Simplified Chinese (mainland usage, 您): translates en.ts + en-details.ts.
 * Needs review by a clinical translator before clinical use.
 */
export declare const zhHans: Messages;
