import { type TemplateResult } from 'lit';
import type { AdviceId, TriageResult } from '../engine/types.js';
import type { TriageAction, TriageStep } from './events.js';
import type { Answers } from './flow.js';
import type { CareRoute, Phone } from './pathway.js';
import type { EmergencyRoutes } from './regions.js';
import { type View } from './view.js';
/** The region's numbers: the emergency number and the urgent-care line. */
export interface Contacts {
    /** Shown and dialled; undefined when the region's number is not known. */
    emergency?: Phone;
    /** Ways to reach it for people who are deaf or cannot speak. */
    emergencyRoutes?: EmergencyRoutes;
    urgentCare?: string;
}
export interface OutcomePage {
    result: TriageResult;
    /** Lines given only because the week is not pinned: they begin with their condition (SPEC §8). */
    weekConditional: readonly AdviceId[];
    answers: Answers;
    /** The questions the person answered, in order, for "What you told us". */
    asked: TriageStep[];
    contacts: Contacts;
    /** The care contact the pathway chose for the person's weeks and the time now. */
    care: CareRoute;
    /** A link that tells the host first (who may take it over), naming the host's contact it reaches. */
    actionLink(action: TriageAction, href: string, content: unknown, className?: string, contact?: string): TemplateResult;
    change(step: TriageStep): void;
    print(): void;
    restart(): void;
}
/** The emergency number as a call link, or the words "your local emergency number". */
export declare function emergencyNumber(view: View, { contacts, actionLink }: Pick<OutcomePage, 'contacts' | 'actionLink'>): unknown;
/** A care contact's call to action: its phone, else its web page (the details file says where to find a number it lacks). */
export declare function careCall(view: View, actionLink: OutcomePage['actionLink'], { phone, url, phoneText, contact, name }: CareRoute): unknown;
/**
 * The rest of the outcome (causes, the advice for while you wait, "What you told us", "Why this
 * advice" and the sources) loads on its own once the person starts answering, so a page where
 * nobody uses the widget loads only the main file. Until it has, or if it cannot, the card shows
 * its essentials: the urgency, the call to action, the action and the safety net.
 */
export declare const details: import("./lazy.js").LazyPart<typeof import("./details.js")>;
/**
 * The outcome page, shaped like an NHS care card: the urgency in words, one call to action, what
 * to do now, the possible causes, and that it is not a diagnosis; then "What you told us", "Why
 * this advice" and the actions. One template whether or not the rest has loaded, so the card the
 * person is reading (and the focus on its heading) stays where it is when the rest arrives.
 */
export declare function outcomePage(view: View, page: OutcomePage): TemplateResult;
