import { MAX_WEEKS, MIN_WEEKS } from '../engine/stage.js';
import { dialable } from './regions.js';

/** Every warning names the element, the attribute and the value, then says what happens instead. */
export function warn(attribute: string, value: unknown, instead: string): void {
  console.warn(`<bleeding-triage>: ignoring ${attribute}=${JSON.stringify(value)}: ${instead}`);
}

export type Appearance = 'light' | 'dark' | 'auto';

export function readAppearance(value: string | null | undefined): Appearance {
  if (value === 'light' || value === 'dark' || value === 'auto') return value;
  if (value != null) warn('appearance', value, 'expected light, dark or auto; using light');
  return 'light';
}

export function readHeadingLevel(value: unknown): number {
  const level = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) return level;
  if (value != null) warn('heading-level', value, 'expected a whole number from 1 to 6; using 2');
  return 2;
}

/** A prefilled week from the host, or undefined when absent or unusable. */
export function readWeeks(value: unknown): number | undefined {
  if (value == null || value === '') return undefined;
  const weeks = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof weeks === 'number' && Number.isInteger(weeks) && weeks >= MIN_WEEKS && weeks <= MAX_WEEKS) return weeks;
  warn('weeks', value, `expected a whole number from ${MIN_WEEKS} to ${MAX_WEEKS}; the person will be asked`);
  return undefined;
}

/** A phone number to show and dial, or undefined when it has nothing to dial. */
export function readPhone(attribute: string, value: string | null | undefined): { text: string; dial: string } | undefined {
  if (value == null || value.trim() === '') return undefined;
  const dial = dialable(value);
  if (/\d/.test(dial)) return { text: value.trim(), dial };
  warn(attribute, value, 'it has no digits to dial');
  return undefined;
}

/** Only web links: a javascript: or data: URL would run in the host page. */
export function readCareUrl(value: string | null | undefined, base: string): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Falls through to the warning.
  }
  warn('care-url', value, 'only https: and http: links are allowed');
  return undefined;
}
