import { warn } from '../element/attributes.js';
import type { Messages } from './en.js';

/**
 * A catalogue with the host's overrides applied, key by key; bad keys and values are warned
 * about. Each part of the catalogue checks only the keys under its own prefix ("review." for the
 * review part, which loads later; everything else for the main part).
 */
export function withOverrides<T extends Partial<Messages>>(base: T, overrides: unknown, prefix = ''): T {
  if (overrides == null) return base;
  if (typeof overrides !== 'object') {
    warn('translations', overrides, 'expected an object of message overrides');
    return base;
  }
  const messages: T = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (key.startsWith('review.') !== (prefix === 'review.')) continue;
    if (!(key in base)) warn('translations', key, 'there is no message with this key');
    else if (typeof value !== 'string') warn('translations', key, 'a message must be a string');
    else messages[key as keyof T] = value as T[keyof T];
  }
  return messages;
}
