type Value = string | number;
/** Splits a message into text and the given values (which may be templates), for Lit to render. */
export declare function formatParts<T>(message: string, values: Record<string, T | Value>, locale: string): (T | string)[];
/** The same, as one string: for attributes, announcements and plain text. */
export declare function formatText(message: string, values?: Record<string, Value>, locale?: string): string;
export {};
