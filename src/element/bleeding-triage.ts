import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RULESET_FINGERPRINT } from '../engine/fingerprint.js';
import type { Symptom, TriageInput, TriageResult, Urgency } from '../engine/types.js';
import { unavailableResult } from '../engine/unavailable.js';
import { en, type MessageKey, type Messages } from '../i18n/en.js';
import { formatList, formatParts, formatText } from '../i18n/format.js';
import { withOverrides } from '../i18n/overrides.js';
import { readAppearance, readHeadingLevel, readWeeks, warn, type Appearance } from './attributes.js';
import { readContacts } from './contacts.js';
import { LocaleController } from './locale-controller.js';
import { commit, draftOf, isFieldError, tick, type Draft } from './draft.js';
import { TriageActionEvent, TriageCompleteEvent, TriageResetEvent, TriageStepEvent, type TriageAction, type TriageStep } from './events.js';
import { answered, answersOf, completeInput, inputOf, nextStep, offeredSymptoms, pagePosition, pathFor, type Answers } from './flow.js';
import { emergencyBanner } from './banner.js';
import { fhir } from './fhir.js';
import { details, outcomePage, type Contacts } from './outcome.js';
import { questionPage } from './pages.js';
import { checkPinnedRuleset } from './ruleset.js';
import { rules } from './rules.js';
import { styles } from './styles.js';
import { ids, type FieldError, type View } from './view.js';

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
export class BleedingTriageElement extends LitElement {
  static override styles = styles;

  /**
   * Registers the element under `tag` (default `bleeding-triage`). Harmless to call twice:
   * a tag that is already defined is left alone, with a warning if it is a different class.
   */
  static define(tag = 'bleeding-triage', registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag);
    if (!existing) registry.define(tag, this);
    else if (existing !== this) console.warn(`<${tag}> is already defined by another copy of bleeding-triage; keeping the first.`);
  }

  /** ISO 3166 country code choosing the emergency number (GB 999, US 911, EU 112…). Default: the locale's region. */
  @property() region?: string;

  /** Overrides the emergency number the region gives. */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** The host's care contact, e.g. "Maternity triage". */
  @property({ attribute: 'care-name' }) careName?: string;

  /** The care contact's phone number, shown as given and dialled as digits. */
  @property({ attribute: 'care-phone' }) carePhone?: string;

  /** The care contact's web page; only https: and http: links are used. */
  @property({ attribute: 'care-url' }) careUrl?: string;

  /** Weeks from a patient record, shown for the person to confirm (dates go stale). */
  @property() weeks?: number | string;

  /** Heading level (1–6) of each page's main heading, so the widget fits the host's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** `light`, `dark`, or `auto` (follows prefers-color-scheme). */
  @property({ reflect: true }) appearance: Appearance = 'light';

  /**
   * The ruleset fingerprint the deploying organisation approved (RULES.md prints it). When this
   * widget's differs, it warns in the console and fires `triage-ruleset-mismatch`; the advice
   * still shows.
   */
  @property() ruleset?: string;

  /** Replaces any message of the current locale: `{ 'outcome.restart': 'Begin again' }`. Rendered as text. */
  @property({ attribute: false }) translations?: Partial<Messages>;

  @state() private step: TriageStep = 'weeks';
  @state() private history: TriageStep[] = ['weeks'];
  @state() private given: Answers = {};
  @state() private draft: Draft = { weeksText: '', ticked: [] };
  @state() private error: FieldError | null = null;
  @state() private shown: TriageResult | null = null;
  @state() private announcement = '';
  /** Waiting for the rules to load before moving on (a moment, at most, after connecting). */
  @state() private waiting = false;

  #locale = new LocaleController(this);
  #messages = en as Messages;
  /** What #messages was built from, to rebuild it only when one of them changes. */
  #builtFrom: unknown[] = [];
  #level = 2;
  #prefilledWeeks?: number;
  #contacts: Contacts = {};
  #contactsFor: string | undefined | null = null;
  #focusTarget: string | null = null;
  #stepAnnounced = false;
  #reflectedOutcome: Urgency | null = null;
  /** Answers set before the rules loaded, kept until they can be checked. */
  #pendingAnswers?: { value: unknown };

  constructor() {
    super();
    // Lit upgrades declared properties; these are accessors of our own, so do it here.
    const self = this as unknown as Record<string, unknown>;
    for (const key of ['answers', 'questionnaireResponse']) {
      if (!Object.hasOwn(this, key)) continue;
      const early = self[key];
      delete self[key];
      self[key] = early;
    }
  }

  /** The shown urgency, reflected as the `outcome` attribute for host CSS; null before the outcome. */
  get outcome(): Urgency | null {
    return this.shown?.urgency ?? null;
  }

  /** The fingerprint of the rules and words this widget runs, to compare with the one approved (RULES.md). */
  get rulesetFingerprint(): string {
    return RULESET_FINGERPRINT;
  }

  /** The result on show, or null before the outcome. */
  get result(): TriageResult | null {
    return this.shown;
  }

  /** The answers so far, as engine input. */
  get answers(): Partial<TriageInput> {
    return structuredClone(inputOf(this.given));
  }

  /**
   * Restores answers, e.g. from a portal. A complete, valid input shows its outcome at once and
   * fires `triage-complete`; a partial one fills in the questions; an invalid one is refused
   * with a warning and the first question shows. Answers set before the rules have loaded are
   * restored as soon as they have.
   */
  set answers(value: Readonly<Partial<Omit<TriageInput, 'symptoms'>>> & { readonly symptoms?: readonly Symptom[] } | null | undefined) {
    const engine = rules.loaded();
    if (!engine) {
      this.#pendingAnswers = { value };
      void rules.load().then(() => this.#restorePending());
      return;
    }
    this.#pendingAnswers = undefined;
    let input: Partial<TriageInput>;
    try {
      input = engine.validatePartialInput(value ?? {});
    } catch (error) {
      warn('answers', value, `${(error as Error).message}; starting from the first question`);
      this.#restart(false);
      return;
    }
    let complete = true;
    try {
      engine.validateInput(input);
    } catch {
      complete = false; // Partial: the questions show with these filled in.
    }
    this.given = answersOf(input, complete);
    this.history = complete ? pathFor(this.given).filter((step) => answered(this.given, step)) : [];
    this.#show(complete ? 'outcome' : 'weeks', false);
  }

  /**
   * Restores answers from a FHIR R4 QuestionnaireResponse to the `bleeding-triage/fhir`
   * Questionnaire, e.g. one a portal stored, as `answers` does (which then holds them in its
   * plain form). One that does not fit the Questionnaire is refused with a warning saying why,
   * and the first question shows. Write-only.
   * @type {QuestionnaireResponse}
   */
  set questionnaireResponse(value: unknown) {
    void fhir.load().then((reader) => {
      try {
        this.answers = reader!.readResponse(value);
      } catch (error) {
        // Its id and what is wrong, never its answers: they are health data.
        warn('questionnaireResponse', (value as { id?: unknown } | null)?.id, (error as Error).message);
        this.#restart(false);
      }
    });
  }

  /** Goes back to the first question, forgetting every answer. */
  reset(): void {
    this.#restart(this.matches(':focus-within'));
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'outcome'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // `outcome` is read-only: put it back if a host writes it.
    if (name !== 'outcome') super.attributeChangedCallback(name, old, value);
    else if (value !== this.#reflectedOutcome) this.#reflectOutcome();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#openDetails);
    void rules.load();
  }

  /** Answers a host set before the rules loaded: restored now, or refused if they cannot load. */
  #restorePending(): void {
    const pending = this.#pendingAnswers;
    if (!pending) return;
    if (rules.loaded()) {
      this.answers = pending.value as BleedingTriageElement['answers'];
      return;
    }
    this.#pendingAnswers = undefined;
    warn('answers', pending.value, 'the triage rules could not load to check them; starting from the first question');
    this.#restart(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#openDetails);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('appearance')) this.appearance = readAppearance(this.appearance);
    if (changed.has('headingLevel')) this.#level = readHeadingLevel(this.headingLevel);
    const sources = [this.translations, details.loaded(), this.#locale.catalogue];
    if (sources.some((source, index) => source !== this.#builtFrom[index])) {
      this.#builtFrom = sources;
      this.#messages = this.#readMessages();
    }
    if (changed.has('weeks')) this.#applyPrefill();
    if (changed.has('ruleset')) checkPinnedRuleset(this, this.ruleset);
    if (this.#contactsFor !== this.#locale.tag || ['region', 'emergencyNumber', 'carePhone', 'careName', 'careUrl'].some((key) => changed.has(key))) {
      this.#contactsFor = this.#locale.tag;
      this.#contacts = readContacts(this, this.#locale.tag, this.ownerDocument.baseURI);
    }
  }

  protected override updated(): void {
    this.#reflectOutcome();
    if (this.#focusTarget) this.renderRoot.querySelector<HTMLElement>(`#${this.#focusTarget}`)?.focus();
    this.#focusTarget = null;
    if (!this.#stepAnnounced) this.#announceStep();
  }

  protected override render(): TemplateResult {
    const view = this.#view();
    const asking = this.step !== 'outcome';
    // On the emergency card the banner would only repeat the card's own heading (SPEC §5).
    const banner = this.shown?.urgency === 'emergency' ? nothing : emergencyBanner(view, { contacts: this.#contacts, actionLink: this.#actionLink }, asking);
    // The introduction is said once, on the first page, not before every question.
    return html`<div class="frame" lang=${this.#locale.shown} dir=${this.#locale.direction}>
      ${banner}
      <slot name="header">${this.step === 'weeks' ? html`<p class="intro">${this.#t('intro.text')}</p>` : nothing}</slot>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.step === 'outcome' ? this.#renderOutcome(view) : this.#renderQuestion(view, this.step)}
      ${this.waiting ? html`<p class="status" role="status">${this.#t('loading')}</p>` : nothing}
      <slot name="footer"><p class="footer">${this.#t('footer.text')}</p></slot>
    </div>`;
  }

  #renderQuestion(view: View, step: Exclude<TriageStep, 'outcome'>): TemplateResult {
    return questionPage(view, {
      step,
      draft: this.draft,
      prefilledWeeks: this.#prefilledWeeks,
      offered: offeredSymptoms(this.given),
      position: pagePosition(this.given, step),
      edit: (change) => (this.draft = { ...this.draft, ...change }),
      tick: (box) => (this.draft = { ...this.draft, ticked: tick(this.draft.ticked, box.value, box.checked) }),
      submit: () => this.#continue(),
      notSure: () => {
        this.given = { ...this.given, dating: 'unsure', weeks: undefined };
        this.#show('trimester', true);
      },
    });
  }

  #renderOutcome(view: View): TemplateResult {
    return outcomePage(view, {
      result: this.shown!,
      weekConditional: rules.loaded()?.adviceWithWeekCondition(this.shown!) ?? [],
      answers: this.given,
      asked: this.history.filter((step) => step !== 'outcome'),
      contacts: this.#contacts,
      actionLink: this.#actionLink,
      change: (step) => {
        const at = this.history.indexOf(step);
        this.history = this.history.slice(0, at < 0 ? -1 : at);
        this.#show(step, true);
      },
      print: () => {
        if (!this.#act('print')) return;
        this.#openDetails();
        print();
      },
      restart: () => {
        if (this.#act('restart')) this.#restart(true);
      },
    });
  }

  #view(): View {
    const locale = this.#locale.shown;
    return {
      t: (key, values) => this.#t(key, values),
      parts: (key, values) => formatParts(this.#message(key), values, locale),
      and: (items) => formatList(items, locale, 'conjunction'),
      or: (items) => formatList(items, locale, 'disjunction'),
      headingLevel: this.#level,
      error: this.error,
      back: () => {
        this.history = this.history.slice(0, -1);
        this.#show(this.history.pop() ?? 'weeks', true);
      },
      focusField: (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
    };
  }

  /**
   * The locale's words over English (so a missing key falls back per key), including the rest of
   * the outcome's English words once loaded, and the host's overrides on top.
   */
  #readMessages(): Messages {
    return withOverrides({ ...en, ...details.loaded()?.enDetails, ...this.#locale.catalogue } as Messages, this.translations);
  }

  /** A message with its placeholders filled; never fails, whatever a host passed in. */
  #t(key: MessageKey, values?: Record<string, string | number>): string {
    return formatText(this.#message(key), values, this.#locale.shown);
  }

  #message(key: MessageKey): string {
    return this.#messages[key] ?? (en as Partial<Messages>)[key] ?? '';
  }

  // ----- The flow ----------------------------------------------------------------------------

  /**
   * Validates the page in front of the person, records the answer, and moves on: at once when
   * the rules have loaded (as they have, but for the first seconds), else as soon as they have,
   * or have failed and the fallback advice will show.
   */
  #continue(): void {
    if (this.waiting) return;
    const outcome = commit(this.step, this.draft, this.given);
    if (isFieldError(outcome)) {
      this.error = outcome;
      this.#focusTarget = ids.summary;
      return;
    }
    this.given = outcome;
    const moveOn = () => this.#show(nextStep(this.step, this.given, () => this.#decide().urgency), true);
    if (rules.loaded()) return moveOn();
    this.waiting = true;
    void rules.load().then(() => {
      this.waiting = false;
      moveOn();
    });
  }

  /** Shows a page. `byPerson` moves focus to its heading; restoring state does not. */
  #show(step: TriageStep, byPerson: boolean): void {
    if (step !== this.history.at(-1)) this.history = [...this.history, step];
    this.step = step;
    this.error = null;
    this.draft = draftOf(this.given, this.#prefilledWeeks, offeredSymptoms(this.given));
    this.shown = step === 'outcome' ? this.#decide() : null;
    this.announcement = this.#announcementFor(step);
    if (step !== 'weeks' && !details.loaded()) void details.load().then(() => this.requestUpdate());
    this.#stepAnnounced = false;
    if (byPerson) this.#focusTarget = ids.heading;
  }

  #restart(moveFocus: boolean): void {
    this.given = {};
    this.history = [];
    this.#applyPrefill();
    this.#show('weeks', moveFocus);
    this.dispatchEvent(new TriageResetEvent());
  }

  /**
   * Runs the engine; if it fails, the safe fallback of SPEC §3, and the error is logged. If the
   * rules could not load at all, the fallback that needs none of them.
   */
  #decide(): TriageResult {
    const input = completeInput(this.given);
    const engine = rules.loaded();
    if (!engine) return unavailableResult(input);
    try {
      return this._triage(input);
    } catch (error) {
      console.error('<bleeding-triage>: the triage engine failed; showing the safe fallback advice.', error);
      return engine.fallbackResult(input);
    }
  }

  /**
   * The engine call, kept apart so tests can make it fail.
   * @internal
   */
  _triage(input: TriageInput): TriageResult {
    return rules.loaded()!.triage(input);
  }

  // ----- Events and actions ------------------------------------------------------------------

  #announceStep(): void {
    this.#stepAnnounced = true;
    const path = pathFor(this.given);
    const index = this.history.length || 1;
    const remaining = this.step === 'outcome' ? 0 : path.length - path.indexOf(this.step) - 1;
    this.dispatchEvent(new TriageStepEvent({ step: this.step, index, total: index + remaining }));
    if (this.shown) this.dispatchEvent(new TriageCompleteEvent({ input: completeInput(this.given), result: this.shown, rulesetFingerprint: RULESET_FINGERPRINT }));
  }

  /** What the live region says on a new page: the progress, or that the advice is ready. */
  #announcementFor(step: TriageStep): string {
    if (step === 'outcome') return this.#t('outcome.ready');
    if (step === 'weeks') return '';
    const [current, total] = pagePosition(this.given, step);
    return this.#t('progress', { current, total });
  }

  /** Tells the host; returns false when the host took the action over. */
  #act(action: TriageAction, href?: string): boolean {
    return this.dispatchEvent(new TriageActionEvent(href ? { action, href } : { action }));
  }

  /** A link that tells the host first, and is not followed if the host takes it over. */
  #actionLink = (action: TriageAction, href: string, content: unknown, className?: string): TemplateResult => {
    const follow = (event: Event) => this.#act(action, href) || event.preventDefault();
    return html`<a class=${className ?? ''} href=${href} @click=${follow}>${content}</a>`;
  };

  #openDetails = (): void => {
    this.renderRoot.querySelectorAll?.('details').forEach((details) => (details.open = true));
  };

  #reflectOutcome(): void {
    this.#reflectedOutcome = this.outcome;
    if (this.#reflectedOutcome) this.setAttribute('outcome', this.#reflectedOutcome);
    else this.removeAttribute('outcome');
  }

  #applyPrefill(): void {
    this.#prefilledWeeks = readWeeks(this.weeks);
    if (this.step === 'weeks' && !this.given.dating) this.draft = draftOf(this.given, this.#prefilledWeeks, offeredSymptoms(this.given));
  }
}
