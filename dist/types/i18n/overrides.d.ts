import type { Messages } from './en.js';
/**
 * A catalogue with the host's overrides applied, key by key; bad keys and values are warned
 * about. Each part of the catalogue checks only the keys under its own prefix ("review." for the
 * review part, which loads later; everything else for the main part).
 */
export declare function withOverrides<T extends Partial<Messages>>(base: T, overrides: unknown, prefix?: string): T;
