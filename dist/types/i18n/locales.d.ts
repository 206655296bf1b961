import type { DetailMessages } from './en-details.js';
import type { EssentialMessages } from './en.js';
import type { ReviewStatus } from './review.js';
/**
 * A translated catalogue, in two files like English: the words of the questions and the card's
 * essentials (`<locale>.ts`, with the review status), which also says where the rest of the
 * outcome's words are (`<locale>-details.ts`), so each file stays small and the second loads
 * beside the first.
 */
export interface CatalogueFile {
    messages: EssentialMessages;
    review: ReviewStatus;
    details(): Promise<{
        messages: DetailMessages;
    }>;
}
/**
 * Every language that ships besides English (the source), each fetched only when that language
 * is used. Adding a language: its two files (copy es.ts and es-details.ts), one line here, and,
 * when it is written right to left, one word in RIGHT_TO_LEFT.
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
