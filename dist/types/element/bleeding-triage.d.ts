import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { Symptom, TriageInput, TriageResult, Urgency } from '../engine/types.js';
import { type Messages } from '../i18n/en.js';
import { type Appearance } from './attributes.js';
import { type CareContact } from './pathway.js';
/**
 * Helps a pregnant person who is bleeding decide how urgently to get care, what to do now, and
 * what the likely causes are. Asks one question per page, then shows an outcome card. Sends
 * nothing anywhere: the host hears about the result only through DOM events.
 *
 * @summary Triage for bleeding in pregnancy: how urgently to get care, and what to do now.
 * @tag bleeding-triage
 * @attr {string} lang - The language: `en`, `es`, `fr`, `pl`, `pt`, `ro`, `zh-Hans` (also zh-CN, zh-SG), `zh-Hant` (also zh-TW, zh-HK, zh-MO), `ko`, `vi`, `bn`, `ar` or `ur` (the last two right to left). Without it, the nearest ancestor's `lang`; else English. Follows changes live; its region (en-GB, es-MX) chooses the emergency number when `region` is not set.
 * @attr {'emergency' | 'urgent' | 'prompt'} outcome - Read-only, reflected: the urgency on show, for host CSS such as `bleeding-triage[outcome="emergency"]`. Absent before the outcome.
 *
 * @fires {TriageStepEvent} triage-step - A page of the flow is showing: `{ step, index, total }`.
 * @fires {TriageCompleteEvent} triage-complete - The outcome is showing: `{ input, result, rulesetFingerprint, contact? }` (`contact`: the care contact chosen, `{ name, reason }`). Health data: treat as special-category personal data.
 * @fires {TriageActionEvent} triage-action - The person chose an action: `{ action, href?, contact? }` (`contact`: the name of the care contact called). Cancelable: `preventDefault()` to take it over.
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
    /**
     * How long the widget waits for one of its own files before showing what it can without it.
     * @internal
     */
    static _loadTimeout: number;
    /** ISO 3166 country code choosing the emergency number (GB 999, US 911, EU 112…). Default: the locale's region. */
    region?: string;
    /** Overrides the emergency number the region gives; used only if it is one number (README, "Phone numbers"). */
    emergencyNumber?: string;
    /**
     * The care pathway for apps: contacts, each for a range of weeks with opening hours and
     * accessible routes (the fields of `<bleeding-triage-contact>`, camelCased). When set and not
     * empty it wins over the child elements, which win over `care-*`.
     */
    contacts?: readonly CareContact[];
    /** The host's care contact, e.g. "Maternity triage": a pathway of one contact, for every week and all hours. */
    careName?: string;
    /** The care contact's phone number: dialled only if it is one number (README, "Phone numbers"); else the card says where to find it. */
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
     * restored as soon as they have. The answers already on show change nothing, and fire nothing.
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
    /** First connected in another document (a same-origin iframe): its styles are made there. */
    protected createRenderRoot(): HTMLElement | DocumentFragment;
    /**
     * Moved into another document or back: its styles come too. A constructed stylesheet belongs to
     * the document that made it: in a same-origin iframe the element's styles are dropped, and
     * adopting them there throws (lit/lit#4868, lit/lit#5162), so the shadow root gets a copy made
     * in the document it is in now. (Where Lit uses <style> elements instead, they move with the
     * shadow root.) A document with no window is never shown: it gets them when the element moves on.
     */
    adoptedCallback(): void;
    disconnectedCallback(): void;
    /**
     * Draws the page. If that fails (a bug, or something a host did), the widget is not left blank:
     * a slot shows what the host put inside the tag (README, "Content Security Policy"), or else
     * the emergency line, as text.
     */
    protected update(changed: PropertyValues): void;
    protected willUpdate(changed: PropertyValues): void;
    protected updated(): void;
    protected render(): TemplateResult;
    /**
     * The engine call, kept apart so tests can make it fail.
     * @internal
     */
    _triage(input: TriageInput): TriageResult;
}
