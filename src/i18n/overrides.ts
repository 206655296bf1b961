import { warn } from '../element/attributes.js';
import type { MessageKey, Messages } from './en.js';

/**
 * The catalogue with the host's overrides applied, key by key; unknown keys and values that are
 * not text are warned about and left out. Unknown keys are only warned about once the outcome's
 * details (en-details.ts) have loaded: until then they may be theirs.
 */
export function withOverrides(base: Messages, overrides: unknown): Messages {
  if (overrides == null) return base;
  if (typeof overrides !== 'object') {
    warn('translations', overrides, 'expected an object of message overrides');
    return base;
  }
  const messages = { ...base };
  const complete = 'review.answers' in base;
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in base)) {
      if (complete) warn('translations', key, 'there is no message with this key');
    } else if (typeof value !== 'string') {
      warn('translations', key, 'a message must be a string');
    } else {
      messages[key as MessageKey] = value;
    }
  }
  return messages;
}
