import { nothing, type TemplateResult } from 'lit';
import type { Answer } from '../engine/types.js';
import type { MessageKey } from '../i18n/en.js';
/** What every render function needs from the element: words, heading levels and handlers. */
export interface View {
    /** A message as text, placeholders filled. */
    t(key: MessageKey, values?: Record<string, string | number>): string;
    /** A message with placeholders replaced by templates (links), for rendering. */
    parts(key: MessageKey, values: Record<string, unknown>): unknown[];
    /** Lists joined the locale's way: "a, b and c", "a, b or c". */
    and(items: string[]): string;
    or(items: string[]): string;
    /** The host's heading level for page headings; sub-headings go one deeper. */
    headingLevel: number;
    /** The current validation error, if any. */
    error: FieldError | null;
    back(): void;
    focusField(id: string): void;
}
export interface FieldError {
    /** The id of the control the error is about: the summary link focuses it. */
    field: string;
    message: MessageKey;
    values?: Record<string, string | number>;
}
/** Words for a yes / no / not sure answer. */
export declare const ANSWER_KEYS: Record<Answer, MessageKey>;
export declare const ids: {
    readonly heading: "page-heading";
    readonly hint: "page-hint";
    readonly error: "page-error";
    readonly summary: "error-summary";
};
/** A heading at the host's level (or deeper), focusable so focus can move to it. */
export declare function heading(view: View, content: unknown, depth?: number, id?: string): TemplateResult;
export declare function backButton(view: View): TemplateResult;
export declare function progress(view: View, current: number, total: number): TemplateResult;
/**
 * The GOV.UK / NHS error summary: focused on error, each link moves to its field. Its heading is
 * at the page heading's level: it comes before the question, and must not sit below it.
 */
export declare function errorSummary(view: View): TemplateResult | typeof nothing;
export declare function errorMessage(view: View): TemplateResult | typeof nothing;
/** The ids a question's control is described by: its hint, and its error when there is one. */
export declare const describedBy: (view: View, hint?: boolean) => string | typeof nothing;
export interface Option {
    value: string;
    label: string;
    hint?: string;
}
/**
 * Native radios or checkboxes, each with its label and hint in the same shadow root. The hint
 * sits beside the label, not in it, so a screen reader says it once: as the description.
 * `first` numbers the ids on from an earlier group of the same name.
 */
export declare function options(type: 'radio' | 'checkbox', name: string, choices: Option[], isChecked: (value: string) => boolean, onChange: (event: Event) => void, first?: number): TemplateResult[];
