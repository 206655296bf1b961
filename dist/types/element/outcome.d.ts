import { type TemplateResult } from 'lit';
import type { TriageResult } from '../engine/types.js';
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
    careUrl?: string;
}
export interface OutcomePage {
    result: TriageResult;
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
declare let review: typeof import('./review.js') | undefined;
/** The review sections, once loaded. */
export declare const loadedReview: () => typeof import("./review.js") | undefined;
/** Starts loading the review sections; resolves once they can render (or have failed). */
export declare function loadReview(): Promise<typeof review>;
/** The outcome card, shaped like an NHS care card, then the answers, the reasons and actions. */
export declare function outcomePage(view: View, page: OutcomePage): TemplateResult;
export {};
