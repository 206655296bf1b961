import type { Messages } from './en.js';
import type { ReviewStatus } from './review.js';

/** A translated catalogue: its words, and whether a clinical translator has reviewed them. */
export interface Catalogue {
  messages: Messages;
  review: ReviewStatus;
}

/**
 * Every language that ships besides English (the source), each its own file, fetched only when
 * that language is used. Adding a language: its file (copy es.ts), one line here, and, when it
 * is written right to left, one word in RIGHT_TO_LEFT.
 */
export const CATALOGUES = {
  es: () => import('./es.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  ar: () => import('./ar.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
  ko: () => import('./ko.js'),
  vi: () => import('./vi.js'),
  pl: () => import('./pl.js'),
  ro: () => import('./ro.js'),
  fr: () => import('./fr.js'),
  pt: () => import('./pt.js'),
  ur: () => import('./ur.js'),
  bn: () => import('./bn.js'),
} satisfies Record<string, () => Promise<Catalogue>>;

export type Locale = 'en' | keyof typeof CATALOGUES;

export const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set<Locale>(['ar', 'ur']);

/** Tags whose language alone does not say which catalogue (the script or the region does). */
const BY_SCRIPT_OR_REGION: Record<string, { locale: Locale; when: string[]; unless?: string[]; otherwise: Locale; warning?: string }> = {
  // Traditional script, or the regions that write it (Taiwan, Hong Kong, Macao), unless the tag
  // names the Simplified script itself (zh-Hans-HK).
  zh: { locale: 'zh-Hant', when: ['hant', 'tw', 'hk', 'mo'], unless: ['hans'], otherwise: 'zh-Hans' },
};

export interface Resolution {
  locale: Locale;
  /** Set when the tag asked for something that does not ship, and what shows instead. */
  warning?: string;
}

const isLocale = (tag: string): tag is Locale => tag === 'en' || Object.hasOwn(CATALOGUES, tag);

/**
 * The catalogue for a language tag: the language decides, region and script fall back
 * (zh-CN, zh-SG → zh-Hans; zh-TW, zh-HK → zh-Hant; es-MX → es; ar-EG → ar). Anything else is
 * English, with a warning.
 */
export function resolveLocale(tag: string | null | undefined): Resolution {
  const [language = '', ...rest] = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  if (language === '') return { locale: 'en' };
  const special = Object.hasOwn(BY_SCRIPT_OR_REGION, language) ? BY_SCRIPT_OR_REGION[language] : undefined;
  if (special) {
    return rest.some((subtag) => special.when.includes(subtag)) && !rest.some((subtag) => special.unless?.includes(subtag))
      ? { locale: special.locale, ...(special.warning && { warning: special.warning }) }
      : { locale: special.otherwise };
  }
  if (isLocale(language)) return { locale: language };
  return { locale: 'en', warning: 'this language is not available yet; showing English' };
}
