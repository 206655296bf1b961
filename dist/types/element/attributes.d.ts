/** Every warning names the element, the attribute and the value, then says what happens instead. */
export declare function warn(attribute: string, value: unknown, instead: string): void;
export type Appearance = 'light' | 'dark' | 'auto';
export declare function readAppearance(value: string | null | undefined): Appearance;
export declare function readHeadingLevel(value: unknown): number;
/** A prefilled week from the host, or undefined when absent, blank or unusable. */
export declare function readWeeks(value: unknown): number | undefined;
/** Text from an attribute or a property a host may have set to anything; undefined if empty. */
export declare function readText(attribute: string, value: unknown): string | undefined;
/**
 * A phone number as written, and what to dial; `dial` is absent when it cannot be dialled, and
 * the whole is undefined when it must not even be shown (both warned).
 */
export declare function readPhoneText(attribute: string, value: unknown): {
    text: string;
    dial?: string;
} | undefined;
/** A phone number to show and dial. */
export type Phone = {
    text: string;
    dial: string;
};
export declare const isDialable: (phone: {
    dial?: string;
} | undefined) => phone is Phone;
/** A phone number to show and dial (src/element/phone.ts), or undefined when it cannot be dialled. */
export declare function readPhone(attribute: string, value: unknown): Phone | undefined;
/** Only web links: a javascript: or data: URL would run in the host page. */
export declare function readCareUrl(value: unknown, base: string, attribute?: string): string | undefined;
