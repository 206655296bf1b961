/** The tag of a care-pathway contact: public API, the same whatever the widget's own tag. */
export const CONTACT_TAG = 'bleeding-triage-contact';

// A server importing the element has no HTMLElement; nothing is defined there anyway.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * One contact of the care pathway, declared in HTML as a child of `<bleeding-triage>`. It shows
 * nothing itself: the widget reads its attributes, and reads them again whenever they change.
 *
 * @summary A care contact for a range of weeks, with opening hours and accessible routes.
 * @tag bleeding-triage-contact
 * @attr {string} name - The name the card uses, e.g. "the Early Pregnancy Unit".
 * @attr {string} phone - Shown as given and dialled as digits.
 * @attr {string} url - A web page (https: or http:).
 * @attr {string} weeks - The weeks it serves, whole weeks, inclusive: "0-15", or "16-" for 16 and over. Absent: every week.
 * @attr {string} hours - schema.org openingHours: "Mo-Fr 08:00-17:00", "Mo-Fr 08:00-17:00; Sa 09:00-12:00", "24/7". Absent: always open.
 * @attr {string} timezone - The IANA time zone of the hours, e.g. "Europe/London". Absent: the browser's.
 * @attr {'yes' | 'no'} self-referral - Whether people may refer themselves. Absent: yes.
 * @attr {string} textphone - A textphone or text-relay number.
 * @attr {string} interpreter - An interpreter line.
 * @attr {string} note - Any other note, e.g. "BSL interpreters on request".
 * @attr {boolean} on-the-way - On an emergency card, add "then tell {name} you are on your way".
 */
export class BleedingTriageContactElement extends Base {
  /** Registers `<bleeding-triage-contact>` (the widget's own `define` does); harmless to call twice. */
  static define(registry: CustomElementRegistry = customElements): void {
    if (!registry.get(CONTACT_TAG)) registry.define(CONTACT_TAG, this);
  }
}
