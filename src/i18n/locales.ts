import type { Messages } from './en.js';

/** The locales that ship: English is the source; the others load on demand. */
export type Locale = 'en' | 'es' | 'zh-Hans' | 'ar';

export const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

/** Each translated catalogue is its own file, fetched only when that locale is used. */
export const CATALOGUES: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  es: () => import('./es.js').then((module) => module.es),
  'zh-Hans': () => import('./zh-Hans.js').then((module) => module.zhHans),
  ar: () => import('./ar.js').then((module) => module.ar),
};

export interface Resolution {
  locale: Locale;
  /** Set when the tag asked for something that does not ship, and what shows instead. */
  warning?: string;
}

/**
 * The catalogue for a language tag: the language decides, region and script fall back
 * (zh-CN, zh-SG → zh-Hans; es-MX → es; ar-EG → ar). Anything else is English, with a warning.
 */
export function resolveLocale(tag: string | null | undefined): Resolution {
  const [language = '', ...rest] = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  switch (language) {
    case 'en':
    case '':
      return { locale: 'en' };
    case 'es':
    case 'ar':
      return { locale: language };
    case 'zh':
      return rest.some((subtag) => ['hant', 'tw', 'hk', 'mo'].includes(subtag))
        ? { locale: 'zh-Hans', warning: 'there is no Traditional Chinese catalogue yet; showing Simplified Chinese' }
        : { locale: 'zh-Hans' };
    default:
      return { locale: 'en', warning: 'this language is not available yet; showing English' };
  }
}
