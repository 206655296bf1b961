/**
 * Fills a message's named placeholders. `{name}` takes a value (numbers are written the
 * locale's way); `{name, plural, one {# week} other {# weeks}}` picks the form for the number
 * by the locale's plural rules (Intl.PluralRules), `#` being the number. Values are rendered as
 * text, never as HTML.
 */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=?\w+)\s*\{([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

type Value = string | number;

// Intl formatters are made once per locale and kind, when first needed: the first one is slow to
// make (the browser loads its locale data), so the first page, which needs none, does not pay.
type Formatter = Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat | Intl.DateTimeFormat;
const formatters = new Map<string, Formatter>();
export function formatter<T extends Formatter>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}
const formatNumber = (value: number, locale: string) => formatter(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(value);

/** Items joined the locale's way: "a, b and c" (conjunction), "a, b or c" (disjunction). */
export const formatList = (items: string[], locale: string, type: Intl.ListFormatType) =>
  formatter(`list ${type} ${locale}`, () => new Intl.ListFormat(locale, { type })).format(items);
const numberText = (value: Value, locale: string) => (typeof value === 'number' ? formatNumber(value, locale) : value);
/** A value's own entry only: a host's `{constructor}` placeholder is not Object's constructor. */
const valueOf = <T>(values: Record<string, T>, name: string): T | undefined => (Object.hasOwn(values, name) ? values[name] : undefined);

function plurals(message: string, values: Record<string, unknown>, locale: string): string {
  return message.replace(PLURAL, (whole, name: string, cases: string) => {
    const count = valueOf(values, name);
    if (typeof count !== 'number') return whole;
    const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((match) => [match[1], match[2]]));
    const category = formatter(`plural ${locale}`, () => new Intl.PluralRules(locale)).select(count);
    const form = forms.get(`=${count}`) ?? forms.get(category) ?? forms.get('other') ?? '';
    return form.replace(/#/g, formatNumber(count, locale));
  });
}

/** Splits a message into text and the given values (which may be templates), for Lit to render. */
export function formatParts<T>(message: string, values: Record<string, T | Value>, locale: string): (T | string)[] {
  const text = plurals(message, values, locale);
  const parts: (T | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const value = valueOf(values, match[1]);
    parts.push(text.slice(last, match.index), value === undefined ? match[0] : typeof value === 'number' ? numberText(value, locale) : value);
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The same, as one string: for attributes, announcements and plain text. */
export function formatText(message: string, values: Record<string, Value> = {}, locale = 'en'): string {
  return plurals(message, values, locale).replace(PLACEHOLDER, (whole, name: string) => {
    const value = valueOf(values, name);
    return value === undefined ? whole : numberText(value, locale);
  });
}
