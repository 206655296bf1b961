import type { Messages } from './en.js';
/**
 * The catalogue with the host's overrides applied, key by key; unknown keys and values that are
 * not text are warned about and left out. Unknown keys are only warned about once the outcome's
 * details (en-details.ts) have loaded: until then they may be theirs.
 */
export declare function withOverrides(base: Messages, overrides: unknown): Messages;
