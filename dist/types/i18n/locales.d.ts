import type { Messages } from './en.js';
/** The locales that ship: English is the source; the others load on demand. */
export type Locale = 'en' | 'es' | 'zh-Hans' | 'ar';
export declare const RIGHT_TO_LEFT: ReadonlySet<Locale>;
/** Each translated catalogue is its own file, fetched only when that locale is used. */
export declare const CATALOGUES: Record<Exclude<Locale, 'en'>, () => Promise<Messages>>;
export interface Resolution {
    locale: Locale;
    /** Set when the tag asked for something that does not ship, and what shows instead. */
    warning?: string;
}
/**
 * The catalogue for a language tag: the language decides, region and script fall back
 * (zh-CN, zh-SG → zh-Hans; es-MX → es; ar-EG → ar). Anything else is English, with a warning.
 */
export declare function resolveLocale(tag: string | null | undefined): Resolution;
