/**
 * The one rule for every phone number a host gives (care phones, the pathway's contacts, the
 * emergency number): it is dialled only when the whole text reads as one number, so the digits
 * dialled are the digits shown. Anything else is not dialled at all, never as a fragment.
 *
 * Accepted: digits of any script, spaces, `+` at the start, `-` (any dash), `.`, brackets, and
 * an extension at the end (`ext. 2`, `x 2`), dialled after a pause (`,`). After `+`, a trunk
 * `(0)` is not dialled (`+44 (0)121…` dials `+44121…`), as that way of writing means.
 * Refused, with the reason: letters (keypad letters such as 1-800-MOM-BABY are not converted: a
 * word in a number is more often a note than a keypad spelling), a second number or any other
 * character, and invisible direction controls, which can make a number show in an order other
 * than the one dialled.
 */
/** What to dial, or why it cannot be dialled (a string or an object: nothing here is read by a name an object could inherit). */
export type PhoneReading = string | {
    problem: string; /** Whether it may still be shown, as text. */
    showable: boolean;
};
export declare function readPhoneNumber(written: string): PhoneReading;
