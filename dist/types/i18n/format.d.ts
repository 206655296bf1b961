type Value = string | number;
type Formatter = Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat | Intl.DateTimeFormat;
export declare function formatter<T extends Formatter>(key: string, make: () => T): T;
/** Items joined the locale's way: "a, b and c" (conjunction), "a, b or c" (disjunction). */
export declare const formatList: (items: string[], locale: string, type: Intl.ListFormatType) => string;
/** Splits a message into text and the given values (which may be templates), for Lit to render. */
export declare function formatParts<T>(message: string, values: Record<string, T | Value>, locale: string): (T | string)[];
/** The same, as one string: for attributes, announcements and plain text. */
export declare function formatText(message: string, values?: Record<string, Value>, locale?: string): string;
export {};
