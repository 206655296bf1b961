import { type Messages } from './en.js';
/**
 * Whether an override may not be empty: the words the main file carries (en.ts) are the ones a
 * person needs before the rest loads, and the safety words are among them (the banner, the calls
 * to action, the outcome headings and "not a diagnosis", every line of what to do now with the
 * emergency card's lines and the safety nets, the error summary's title, Continue). A host may
 * reword them, never remove them: an empty or blank override of one is ignored, with a warning.
 */
export declare const isSafetyKey: (key: string) => boolean;
/**
 * The catalogue with the host's overrides applied, key by key; unknown keys and values that are
 * not text are warned about and left out. Unknown keys are only warned about once the outcome's
 * details (en-details.ts) have loaded: until then they may be theirs. Only the overrides' own keys
 * count (not `constructor` or `toString`), and overrides that cannot be read (a getter or a Proxy
 * that throws) are warned about and left out: the widget shows its own words.
 */
export declare function withOverrides(base: Messages, overrides: unknown): Messages;
