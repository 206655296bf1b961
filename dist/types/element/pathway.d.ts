import type { ContactReason } from './events.js';
/**
 * One contact of the care pathway, as `.contacts` takes it: the fields of a
 * `<bleeding-triage-contact>`, in camelCase.
 */
export interface CareContact {
    /** The name the card uses, e.g. "the Early Pregnancy Unit". */
    name?: string;
    /** Shown as given and dialled as digits. */
    phone?: string;
    /** A web page; only https: and http: links are used. */
    url?: string;
    /** The weeks it serves, whole weeks, inclusive: `{ from: 0, to: 15 }`, `{ from: 16 }`, "0-15" or "16-". Absent: every week. */
    weeks?: {
        from: number;
        to?: number;
    } | string;
    /** schema.org openingHours: "Mo-Fr 08:00-17:00", "Mo-Fr 08:00-17:00; Sa 09:00-12:00" or "24/7". Absent: always open. */
    hours?: string;
    /** The IANA time zone the hours are in, e.g. "Europe/London". Absent: the browser's. */
    timezone?: string;
    /** Whether people may refer themselves (default true); false adds the words for a referral. */
    selfReferral?: boolean | 'yes' | 'no';
    /** A textphone or text-relay number, e.g. "18001 0121 555 0101". */
    textphone?: string;
    /** An interpreter line. */
    interpreter?: string;
    /** Any other note, e.g. "BSL interpreters on request". */
    note?: string;
    /** On an emergency card, add "then tell {name} you are on your way". */
    onTheWay?: boolean;
}
export type Phone = {
    text: string;
    dial: string;
};
/** A contact as read, with what the main file needs to name and reach it. */
export interface Contact {
    /** The contact, and one of its fields (as written: self-referral or selfReferral), as a warning names them. */
    label: string;
    field(name: string): string;
    name?: string;
    phone?: Phone;
    /** A number that is not one dialable number (README, "Phone numbers"): shown as text, never dialled. */
    phoneText?: string;
    url?: string;
    /** Everything as given (attributes by their own names), for the routing part: weeks, hours, time zone, referral, accessible routes. */
    given: Record<string, unknown>;
}
export interface Pathway {
    /** From `<bleeding-triage-contact>` children or `.contacts` (routing needed), not the care-* shorthand. */
    declared: boolean;
    contacts: Contact[];
}
/** Who the card sends the person to, and with what words: what outcome.ts renders. */
export interface CareRoute {
    /** Who {care} names in the heading and the advice; undefined: the generic words. */
    name?: string;
    /** The call to action: this phone, else this page, of the host's contact named `contact`; else the number as text. */
    phone?: Phone;
    url?: string;
    phoneText?: string;
    contact?: string;
    /**
     * What the details file adds under the call to action: opening, referral and accessible
     * routes, or the list by weeks; on an emergency card, the accessible routes to the emergency
     * number and "then tell them you are on your way".
     */
    more?: unknown;
    /** The route is the region's out-of-hours one: the "if they are closed" line changes to fit. */
    outOfHours?: boolean;
    /** Milliseconds until a contact opens or closes, when the card should be routed again. */
    until?: number;
    /** For triage-complete: the contact chosen and why. */
    chosen?: {
        name: string;
        reason: ContactReason;
    };
}
export interface PathwaySources {
    contacts?: unknown;
    careName?: string;
    carePhone?: string;
    careUrl?: string;
}
/**
 * The care pathway: `.contacts` when it has any, else the `<bleeding-triage-contact>` children,
 * else the one contact of `care-name` / `care-phone` / `care-url` (every week, all hours).
 */
export declare function readPathway(host: PathwaySources & Element, baseUrl: string): Pathway;
/**
 * Until the routing part has loaded (or if it cannot): the first contact, as if it served every
 * week and were open. Which contact was chosen, and why, is for routing to say.
 */
export declare function firstContact(pathway: Pathway): CareRoute;
