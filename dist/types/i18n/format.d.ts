/** Splits a message into text and the given values (which may be templates), for Lit to render. */
export declare function formatParts<T>(message: string, values: Record<string, T | string>): (T | string)[];
/** The same, as one string: for attributes and announcements. */
export declare function formatText(message: string, values?: Record<string, string | number>): string;
