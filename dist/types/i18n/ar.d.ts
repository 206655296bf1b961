import type { Messages } from './en.js';
/**
 * Arabic (Modern Standard Arabic, addressing the reader in the feminine): translates en.ts +
 * en-details.ts. Needs review by a clinical translator before clinical use.
 */
export declare const ar: Messages;
