import { type TemplateResult } from 'lit';
import type { AdviceId, TriageResult } from '../engine/types.js';
import type { TriageAction, TriageStep } from './events.js';
import type { Answers } from './flow.js';
import { type View } from './view.js';
/** How to reach help: the emergency number and the host's own care contact. */
export interface Contacts {
    /** Shown and dialled; undefined when the region's number is not known. */
    emergency?: {
        text: string;
        dial: string;
    };
    urgentCare?: string;
    careName?: string;
    carePhone?: {
        text: string;
        dial: string;
    };
    /** The care phone as the host wrote it: shown as text, with no link, when it cannot be dialled (src/element/phone.ts). */
    carePhoneText?: string;
    careUrl?: string;
}
export interface OutcomePage {
    result: TriageResult;
    /** Lines given only because the week is not pinned: they begin with their condition (SPEC §8). */
    weekConditional: readonly AdviceId[];
    answers: Answers;
    /** The questions the person answered, in order, for "What you told us". */
    asked: TriageStep[];
    contacts: Contacts;
    /** A link that tells the host first (who may take it over). */
    actionLink(action: TriageAction, href: string, content: unknown, className?: string): TemplateResult;
    change(step: TriageStep): void;
    print(): void;
    restart(): void;
}
/** The emergency number as a call link, or the words "your local emergency number". */
export declare function emergencyNumber(view: View, { contacts, actionLink }: Pick<OutcomePage, 'contacts' | 'actionLink'>): unknown;
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
