import { type WeekRange } from '../engine/stage.js';
import type { Urgency } from '../engine/types.js';
import { type Contacts, type OutcomePage } from './outcome.js';
import type { CareRoute, Pathway } from './pathway.js';
import type { View } from './view.js';
/**
 * Warns, once per pathway, about what the main file does not: a contact with no phone or page
 * (care-name alone too), a nameless one, unreadable weeks, hours and time zones, weeks no
 * contact serves, and two contacts for some of the same weeks open at the same time (the first
 * listed is chosen; contacts for exactly the same weeks are a deliberate first and second
 * choice, and are not warned about).
 */
export declare function checkPathway(pathway: Pathway): void;
export interface RouteFor {
    pathway: Pathway;
    /** The weeks the person could be: one week, or the widest reading of a trimester or "not sure". */
    weeks: WeekRange;
    urgency: Urgency;
    contacts: Contacts;
    /** The language tag as written (its region formats days and times) and the catalogue shown. */
    locale: {
        tag?: string;
        shown: string;
    };
    actionLink: OutcomePage['actionLink'];
}
/**
 * Who the card sends the person to. Urgent and prompt cards: the first contact for their weeks
 * that is open now (`open`, or `next-open` when an earlier one is closed); when all are closed,
 * the region's out-of-hours route, saying when the soonest opens (`out-of-hours`); with the weeks
 * not pinned, every contact for the weeks they could be, each with its weeks (`weeks-unknown`).
 * Emergency cards call the emergency number: the pathway adds only "then tell them you are on
 * your way", when the host asks for it (beside the region's accessible routes to that number).
 */
export declare function route(view: View, input: RouteFor): CareRoute;
