/** Every warning names the element, the attribute and the value, then says what happens instead. */
export declare function warn(attribute: string, value: unknown, instead: string): void;
export type Appearance = 'light' | 'dark' | 'auto';
export declare function readAppearance(value: string | null | undefined): Appearance;
export declare function readHeadingLevel(value: unknown): number;
/** A prefilled week from the host, or undefined when absent, blank or unusable. */
export declare function readWeeks(value: unknown): number | undefined;
/** Text from an attribute or a property a host may have set to anything; undefined if empty. */
export declare function readText(attribute: string, value: unknown): string | undefined;
/** A phone number to show and dial, or undefined when it has nothing to dial. */
export declare function readPhone(attribute: string, value: unknown): {
    text: string;
    dial: string;
} | undefined;
/** Only web links: a javascript: or data: URL would run in the host page. */
export declare function readCareUrl(value: unknown, base: string, attribute?: string): string | undefined;
