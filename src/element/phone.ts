import { asciiDigits } from './digits.js';

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
export type PhoneReading = string | { problem: string; /** Whether it may still be shown, as text. */ showable: boolean };

// One number: `+` first, then digits and separators, then perhaps an extension.
const ONE_NUMBER = /^(\+?[\d\s\p{Pd}.()]*?)\s*(?:(?:ext\.?|x)\s*(\d{1,6}))?$/iu;
// E.164 allows 15 digits; more than that is two numbers run together, except after a UK text
// relay prefix, dialled before the full number: 18001 from a textphone, 18002 to one, 18000 for
// the emergency services (BT Price List, Text Relay, https://bt.com/Pricing/notifs/17-07-2009/Call_Charges_boo/NotificationPeriodImpl4156191408_d0e5.htm).
const DIGITS = /^\+?\d{2,15}$|^1800[012]\d{2,15}$/;

export function readPhoneNumber(written: string): PhoneReading {
  if (/\p{Bidi_Control}/u.test(written)) {
    return { problem: 'it has direction controls (U+202E…), which can reorder it', showable: false };
  }
  // NFKC turns full-width + - ( ) and unusual spaces into their plain forms.
  const [, number = '', extension] = ONE_NUMBER.exec(asciiDigits(written.normalize('NFKC'))) ?? [];
  const dial = (number.startsWith('+') ? number.replace(/\(\s*0\s*\)/, '') : number).replace(/[^\d+]/g, '');
  return DIGITS.test(dial)
    ? dial + (extension ? `,${extension}` : '')
    : { problem: 'it is not one phone number in digits', showable: true };
}
