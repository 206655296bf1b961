import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { Symptom, TriageInput, TriageResult, Urgency } from '../engine/types.js';
import { type Messages } from '../i18n/en.js';
import { type Appearance } from './attributes.js';
/**
 * Helps a pregnant person who is bleeding decide how urgently to get care, what to do now, and
 * what the likely causes are. Asks one question per page, then shows an outcome card. Sends
 * nothing anywhere: the host hears about the result only through DOM events.
 *
 * @summary Triage for bleeding in pregnancy: how urgently to get care, and what to do now.
 * @tag bleeding-triage
 * @attr {string} lang - The language: `en`, `es`, `zh-Hans` (also zh-CN, zh-SG…) or `ar` (right to left). Without it, the nearest ancestor's `lang`; else English. Follows changes live; its region (en-GB, es-MX) chooses the emergency number when `region` is not set.
 * @attr {'emergency' | 'urgent' | 'prompt'} outcome - Read-only, reflected: the urgency on show, for host CSS such as `bleeding-triage[outcome="emergency"]`. Absent before the outcome.
 *
 * @fires {TriageStepEvent} triage-step - A page of the flow is showing: `{ step, index, total }`.
 * @fires {TriageCompleteEvent} triage-complete - The outcome is showing: `{ input, result, rulesetFingerprint }`. Health data: treat as special-category personal data.
 * @fires {TriageActionEvent} triage-action - The person chose an action: `{ action, href? }`. Cancelable: `preventDefault()` to take it over.
 * @fires {TriageResetEvent} triage-reset - The flow went back to the first question.
 * @fires {TriageRulesetMismatchEvent} triage-ruleset-mismatch - The pinned `ruleset` is not this widget's fingerprint: `{ pinned, actual, version }`. Fired when the element first renders and whenever `ruleset` changes; the advice still shows.
 *
 * @slot header - Shown above the questions. Default: one sentence saying what the tool does.
 * @slot footer - Shown below everything. Default: "not a diagnosis" words.
 *
 * @csspart emergency-banner - The line that never goes away: when to call the emergency number, with a call button on question pages.
 * @csspart step - Each question page (a form).
 * @csspart question - The question, which is the page heading.
 * @csspart hint - The help text under a question.
 * @csspart option - Each radio or checkbox with its label.
 * @csspart continue - The Continue button.
 * @csspart back - The Back button.
 * @csspart error-summary - The box listing what needs fixing.
 * @csspart outcome - The outcome card.
 * @csspart advice - The list of what to do now.
 * @csspart cause - Each possible cause.
 * @csspart sources - "Why this advice": the rules and their sources.
 * @csspart restart - The Start again button.
 *
 * @cssprop [--bleeding-triage-font-family=inherit] - Font family; inherits the host page's by default.
 * @cssprop [--bleeding-triage-font-size=1em] - Base font size; every size is relative to it.
 * @cssprop [--bleeding-triage-color-text=#212b32] - Text colour (dark appearance: #f0f4f5).
 * @cssprop [--bleeding-triage-color-surface=#ffffff] - Background colour (dark appearance: #1d2327).
 * @cssprop [--bleeding-triage-color-border=#4c6272] - Borders of inputs, cards and lists.
 * @cssprop [--bleeding-triage-color-accent=#005eb8] - Buttons and links (dark appearance: #8cc2ff).
 * @cssprop [--bleeding-triage-color-focus=#ffeb3b] - The focus ring, drawn with a text-coloured edge.
 * @cssprop [--bleeding-triage-color-emergency=#d5281b] - Emergency card, banner edge and errors (white text on it).
 * @cssprop [--bleeding-triage-color-urgent=#d5281b] - Urgent card heading, red as NHS.UK's urgent care card (white text on it).
 * @cssprop [--bleeding-triage-color-prompt=#005eb8] - Within-24-hours card heading (white text on it).
 * @cssprop [--bleeding-triage-radius=0.25em] - Corner radius of buttons and the card.
 * @cssprop [--bleeding-triage-space=1em] - The spacing unit.
 * @cssprop [--bleeding-triage-max-width=40em] - The widest the widget grows.
 */
export declare class BleedingTriageElement extends LitElement {
    #private;
    static styles: import("lit").CSSResult;
    /**
     * Registers the element under `tag` (default `bleeding-triage`). Harmless to call twice:
     * a tag that is already defined is left alone, with a warning if it is a different class.
     */
    static define(tag?: string, registry?: CustomElementRegistry): void;
    /** ISO 3166 country code choosing the emergency number (GB 999, US 911, EU 112…). Default: the locale's region. */
    region?: string;
    /** Overrides the emergency number the region gives. */
    emergencyNumber?: string;
    /** The host's care contact, e.g. "Maternity triage". */
    careName?: string;
    /** The care contact's phone number, shown as given and dialled as digits. */
    carePhone?: string;
    /** The care contact's web page; only https: and http: links are used. */
    careUrl?: string;
    /** Weeks from a patient record, shown for the person to confirm (dates go stale). */
    weeks?: number | string;
    /** Heading level (1–6) of each page's main heading, so the widget fits the host's outline. */
    headingLevel: number | string;
    /** `light`, `dark`, or `auto` (follows prefers-color-scheme). */
    appearance: Appearance;
    /**
     * The ruleset fingerprint the deploying organisation approved (RULES.md prints it). When this
     * widget's differs, it warns in the console and fires `triage-ruleset-mismatch`; the advice
     * still shows.
     */
    ruleset?: string;
    /** Replaces any message of the current locale: `{ 'outcome.restart': 'Begin again' }`. Rendered as text. */
    translations?: Partial<Messages>;
    private step;
    private history;
    private given;
    private draft;
    private error;
    private shown;
    private announcement;
    /** Waiting for the rules to load before moving on (a moment, at most, after connecting). */
    private waiting;
    constructor();
    /** The shown urgency, reflected as the `outcome` attribute for host CSS; null before the outcome. */
    get outcome(): Urgency | null;
    /** The fingerprint of the rules and words this widget runs, to compare with the one approved (RULES.md). */
    get rulesetFingerprint(): string;
    /** The result on show, or null before the outcome. */
    get result(): TriageResult | null;
    /** The answers so far, as engine input. */
    get answers(): Partial<TriageInput>;
    /**
     * Restores answers, e.g. from a portal. A complete, valid input shows its outcome at once and
     * fires `triage-complete`; a partial one fills in the questions; an invalid one is refused
     * with a warning and the first question shows. Answers set before the rules have loaded are
     * restored as soon as they have.
     */
    set answers(value: Readonly<Partial<Omit<TriageInput, 'symptoms'>>> & {
        readonly symptoms?: readonly Symptom[];
    } | null | undefined);
    /**
     * Restores answers from a FHIR R4 QuestionnaireResponse to the `bleeding-triage/fhir`
     * Questionnaire, e.g. one a portal stored, as `answers` does (which then holds them in its
     * plain form). One that does not fit the Questionnaire is refused with a warning saying why,
     * and the first question shows. Write-only.
     * @type {QuestionnaireResponse}
     */
    set questionnaireResponse(value: unknown);
    /** Goes back to the first question, forgetting every answer. */
    reset(): void;
    static get observedAttributes(): string[];
    attributeChangedCallback(name: string, old: string | null, value: string | null): void;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues): void;
    protected updated(): void;
    protected render(): TemplateResult;
    /**
     * The engine call, kept apart so tests can make it fail.
     * @internal
     */
    _triage(input: TriageInput): TriageResult;
}
