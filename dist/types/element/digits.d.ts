/** Reads digits written in any script (Arabic-Indic, Persian, Devanagari, full-width…) as 0–9. */
export declare const asciiDigits: (text: string) => string;
