import { MAX_WEEKS, MIN_WEEKS } from '../engine/stage.js';
import { readPhoneNumber } from './phone.js';

/**
 * A value as a warning can show it, whatever it is: even one that cannot be written as JSON (a
 * cycle, a getter or a Proxy that throws, a revoked Proxy, which throws on every read).
 */
function show(value: unknown): string {
  try {
    // JSON would write NaN and Infinity as null.
    return (typeof value === 'number' ? String(value) : JSON.stringify(value)) ?? String(value);
  } catch {
    return '(unreadable)';
  }
}

/** Every warning names the element, the attribute and the value, then says what happens instead. */
export function warn(attribute: string, value: unknown, instead: string): void {
  console.warn(`<bleeding-triage>: ignoring ${attribute}=${show(value)}: ${instead}`);
}

export type Appearance = 'light' | 'dark' | 'auto';

export function readAppearance(value: string | null | undefined): Appearance {
  if (value === 'light' || value === 'dark' || value === 'auto') return value;
  if (value != null) warn('appearance', value, 'expected light, dark or auto; using light');
  return 'light';
}

/** A whole number from `min` to `max`, set as a number or written as text; undefined otherwise. */
function wholeNumberIn(value: unknown, min: number, max: number): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
  // `+ 0` reads -0 as 0, which would otherwise show as "-0 weeks".
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max ? number + 0 : undefined;
}

export function readHeadingLevel(value: unknown): number {
  const level = wholeNumberIn(value, 1, 6);
  if (level !== undefined) return level;
  if (value != null) warn('heading-level', value, 'expected a whole number from 1 to 6; using 2');
  return 2;
}

/** A prefilled week from the host, or undefined when absent, blank or unusable. */
export function readWeeks(value: unknown): number | undefined {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const weeks = wholeNumberIn(value, MIN_WEEKS, MAX_WEEKS);
  if (weeks === undefined) warn('weeks', value, `expected a whole number from ${MIN_WEEKS} to ${MAX_WEEKS}; the person will be asked`);
  return weeks;
}

/** Text from an attribute or a property a host may have set to anything; undefined if empty. */
export function readText(attribute: string, value: unknown): string | undefined {
  if (value == null) return undefined;
  // A number is text too (7), but NaN and Infinity are not a name or a number anyone could use.
  if (typeof value !== 'string' && !Number.isFinite(value)) {
    warn(attribute, value, 'expected text');
    return undefined;
  }
  return String(value).trim() || undefined;
}

/**
 * A phone number as written, and what to dial; `dial` is absent when it cannot be dialled, and
 * the whole is undefined when it must not even be shown (both warned).
 */
export function readPhoneText(attribute: string, value: unknown): { text: string; dial?: string } | undefined {
  const text = readText(attribute, value);
  if (text === undefined) return undefined;
  const reading = readPhoneNumber(text);
  if (typeof reading === 'string') return { text, dial: reading };
  warn(attribute, value, `${reading.problem}; it is not dialled${reading.showable ? '' : ' or shown'}`);
  // `dial` is an own field even when absent: one on a polluted Object.prototype is never dialled.
  return reading.showable ? { text, dial: undefined } : undefined;
}

/** A phone number to show and dial. */
export type Phone = { text: string; dial: string };

export const isDialable = (phone: { dial?: string } | undefined): phone is Phone => phone?.dial !== undefined;

/** A phone number to show and dial (src/element/phone.ts), or undefined when it cannot be dialled. */
export function readPhone(attribute: string, value: unknown): Phone | undefined {
  const phone = readPhoneText(attribute, value);
  return isDialable(phone) ? phone : undefined;
}

/** Only web links: a javascript: or data: URL would run in the host page. */
export function readCareUrl(value: unknown, base: string, attribute = 'care-url'): string | undefined {
  if (readText(attribute, value) === undefined) return undefined;
  try {
    const url = new URL(String(value).trim(), base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Falls through to the warning.
  }
  warn(attribute, value, 'only https: and http: links are allowed');
  return undefined;
}
