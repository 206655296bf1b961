import type { Messages } from './en.js';
/**
 * Arabic (Modern Standard Arabic, addressing the reader in the feminine): translates en.ts +
 * en-details.ts for clinical content version 3, key for key in the same order. Needs review by
 * a clinical translator before clinical use.
 */
export declare const ar: Messages;
