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
export declare const CATALOGUES: {
    es: () => Promise<typeof import("./es.js")>;
    'zh-Hans': () => Promise<typeof import("./zh-Hans.js")>;
    ar: () => Promise<typeof import("./ar.js")>;
    'zh-Hant': () => Promise<typeof import("./zh-Hant.js")>;
    ko: () => Promise<typeof import("./ko.js")>;
    vi: () => Promise<typeof import("./vi.js")>;
    pl: () => Promise<typeof import("./pl.js")>;
    ro: () => Promise<typeof import("./ro.js")>;
    fr: () => Promise<typeof import("./fr.js")>;
    pt: () => Promise<typeof import("./pt.js")>;
    ur: () => Promise<typeof import("./ur.js")>;
    bn: () => Promise<typeof import("./bn.js")>;
};
export type Locale = 'en' | keyof typeof CATALOGUES;
export declare const RIGHT_TO_LEFT: ReadonlySet<Locale>;
export interface Resolution {
    locale: Locale;
    /** Set when the tag asked for something that does not ship, and what shows instead. */
    warning?: string;
}
/**
 * The catalogue for a language tag: the language decides, region and script fall back
 * (zh-CN, zh-SG → zh-Hans; zh-TW, zh-HK → zh-Hant; es-MX → es; ar-EG → ar). Anything else is
 * English, with a warning.
 */
export declare function resolveLocale(tag: string | null | undefined): Resolution;
