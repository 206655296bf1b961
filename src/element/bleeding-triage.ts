import { LitElement, ReactiveElement, html, nothing, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RULESET_FINGERPRINT } from '../engine/fingerprint.js';
import { urgencyWeeks } from '../engine/stage.js';
import type { Symptom, TriageInput, TriageResult, Urgency } from '../engine/types.js';
import { unavailableResult } from '../engine/unavailable.js';
import { en, type MessageKey, type Messages } from '../i18n/en.js';
import { formatList, formatParts, formatText } from '../i18n/format.js';
import { withOverrides } from '../i18n/overrides.js';
import { readAppearance, readHeadingLevel, readWeeks, warn, type Appearance } from './attributes.js';
import { BleedingTriageContactElement } from './contact-element.js';
import { readContacts } from './contacts.js';
import type { LazyPart } from './lazy.js';
import { LocaleController } from './locale-controller.js';
import { commit, draftOf, isFieldError, tick, type Draft } from './draft.js';
import { TriageActionEvent, TriageCompleteEvent, TriageResetEvent, TriageStepEvent, type TriageAction, type TriageStep } from './events.js';
import { answered, answersOf, completeInput, inputOf, nextStep, noAnswers, offeredSymptoms, pagePosition, pathFor, type Answers } from './flow.js';
import { emergencyBanner } from './banner.js';
import { fhir } from './fhir.js';
import { details, outcomePage, type Contacts } from './outcome.js';
import { firstContact, readPathway, type CareContact, type CareRoute, type Pathway } from './pathway.js';
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
export class BleedingTriageElement extends LitElement {
  static override styles = styles;

  /**
   * Registers the element under `tag` (default `bleeding-triage`). Harmless to call twice:
   * a tag that is already defined is left alone, with a warning if it is a different class.
   */
  static define(tag = 'bleeding-triage', registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag);
    if (!existing) registry.define(tag, this);
    else if (existing !== this) {
      // Every copy of this class (two copies of the script on one page) has the engine hook.
      const by = '_triage' in existing.prototype ? 'another copy of bleeding-triage; keeping the first' : `another element (${existing.name})`;
      console.warn(`<${tag}> is already defined by ${by}.`);
    }
    BleedingTriageContactElement.define(registry);
  }

  /**
   * How long the widget waits for one of its own files before showing what it can without it.
   * @internal
   */
  static _loadTimeout = 8000;

  /** ISO 3166 country code choosing the emergency number (GB 999, US 911, EU 112…). Default: the locale's region. */
  @property() region?: string;

  /** Overrides the emergency number the region gives; used only if it is one number (README, "Phone numbers"). */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /**
   * The care pathway for apps: contacts, each for a range of weeks with opening hours and
   * accessible routes (the fields of `<bleeding-triage-contact>`, camelCased). When set and not
   * empty it wins over the child elements, which win over `care-*`.
   */
  @property({ attribute: false }) contacts?: readonly CareContact[];

  /** The host's care contact, e.g. "Maternity triage": a pathway of one contact, for every week and all hours. */
  @property({ attribute: 'care-name' }) careName?: string;

  /** The care contact's phone number: dialled only if it is one number (README, "Phone numbers"); else the card says where to find it. */
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
  @state() private given: Answers = noAnswers();
  @state() private draft: Draft = draftOf(noAnswers(), undefined, []);
  @state() private error: FieldError | null = null;
  @state() private shown: TriageResult | null = null;
  @state() private announcement = '';
  /** Waiting for the rules to load before moving on (a moment, at most, after connecting). */
  @state() private waiting = false;

  #locale = new LocaleController(this);
  /** Timers waiting for the widget's own files: none outlives the element (see #waitFor). */
  #timers = new Set<ReturnType<typeof setTimeout>>();
  /** What shows when a page cannot be drawn (see update), until one can. */
  #fallback?: HTMLSlotElement;
  #messages = en as Messages;
  /** What #messages was built from, to rebuild it only when one of them changes. */
  #builtFrom: unknown[] = [];
  #level = 2;
  #prefilledWeeks?: number;
  #contacts: Contacts = {};
  #contactsFor: string | undefined | null = null;
  /** The care pathway as last read; undefined when the children or the properties changed since. */
  #pathway?: Pathway;
  /** Who the outcome card sends the person to, as last rendered. */
  #care: CareRoute = {};
  /** Watches the `<bleeding-triage-contact>` children (not the element's own attributes, which it sets itself). */
  #children = new MutationObserver((records) => {
    if (!records.some(({ type, target }) => type === 'childList' || target !== this)) return;
    this.#pathway = undefined;
    this.requestUpdate();
  });
  /** Re-routes at the next opening or closing time while the card shows; cleared on leaving. */
  #reroute?: ReturnType<typeof setTimeout>;
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
   * restored as soon as they have. The answers already on show change nothing, and fire nothing.
   */
  set answers(value: Readonly<Partial<Omit<TriageInput, 'symptoms'>>> & { readonly symptoms?: readonly Symptom[] } | null | undefined) {
    const engine = rules.loaded();
    if (!engine) {
      this.#pendingAnswers = { value };
      this.#waitFor(rules, () => this.#restorePending());
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
    // The same answers as on show change nothing: a host binding `answers` both ways must not loop.
    const same = JSON.stringify(input) === JSON.stringify(engine.validatePartialInput(inputOf(this.given)));
    if (same && complete === (this.step === 'outcome')) return;
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
    void fhir.load().then((reader) => reader?.restore(this, value, warn));
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
    this.#children.observe(this, { childList: true, subtree: true, attributes: true });
    // Back on the page, the children may have changed, and the card may need another contact by now.
    this.#pathway = undefined;
    this.requestUpdate();
    addEventListener('online', this.#resume);
    // Once the first question is drawn, so fetching and running the rules never delays it; and
    // even if that drawing failed, so the advice can still come.
    const loadRules = () => rules.load();
    void this.updateComplete.then(loadRules, loadRules);
    this.#resume();
  }

  /** First connected in another document (a same-origin iframe): its styles are made there. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document || !supportsAdoptingStyleSheets) return super.createRenderRoot();
    this.attachShadow(BleedingTriageElement.shadowRootOptions);
    this.adoptedCallback();
    return this.shadowRoot!;
  }

  /**
   * Moved into another document or back: its styles come too. A constructed stylesheet belongs to
   * the document that made it: in a same-origin iframe the element's styles are dropped, and
   * adopting them there throws (lit/lit#4868, lit/lit#5162), so the shadow root gets a copy made
   * in the document it is in now. (Where Lit uses <style> elements instead, they move with the
   * shadow root.) A document with no window is never shown: it gets them when the element moves on.
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView;
    if (!this.shadowRoot || !supportsAdoptingStyleSheets || !view) return;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(styles.cssText);
    this.shadowRoot.adoptedStyleSheets = [sheet];
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
    this.#children.disconnect();
    clearTimeout(this.#reroute);
    removeEventListener('online', this.#resume);
    this.#timers.forEach(clearTimeout);
  }

  /**
   * Draws the page. If that fails (a bug, or something a host did), the widget is not left blank:
   * a slot shows what the host put inside the tag (README, "Content Security Policy"), or else
   * the emergency line, as text.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
      this.#fallback?.remove();
    } catch (error) {
      console.error(error);
      // What LitElement's update would have done after drawing, so later updates still happen.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      const slot = (this.#fallback ??= this.ownerDocument.createElement('slot'));
      slot.textContent = this.#t('banner.text', { number: this.#contacts.emergency?.text ?? this.#t('number.unknown') });
      this.renderRoot.append(slot);
    }
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
    if (this.#contactsFor !== this.#locale.tag || changed.has('region') || changed.has('emergencyNumber')) {
      this.#contactsFor = this.#locale.tag;
      this.#contacts = readContacts(this, this.#locale.tag);
    }
    if (!this.#pathway || ['contacts', 'carePhone', 'careName', 'careUrl'].some((key) => changed.has(key))) {
      this.#pathway = readPathway(this, this.ownerDocument.baseURI);
      // Routing is in the details file: a declared pathway asks for it at once.
      if (this.#pathway.declared) void details.load().then(() => this.requestUpdate());
    }
    details.loaded()?.checkPathway(this.#pathway);
  }

  protected override updated(): void {
    clearTimeout(this.#reroute);
    if (this.shown && this.#care.until) this.#reroute = setTimeout(() => this.requestUpdate(), this.#care.until);
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
      care: (this.#care = this.#route(view)),
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

  /** The care contact for the person's weeks and the time now (routing.ts, in the details file), or the first contact until it loads. */
  #route(view: View): CareRoute {
    const routing = details.loaded();
    // An emergency card shows only the emergency number's call: the first contact goes unused there.
    if (!routing) return firstContact(this.#pathway!);
    const weeks = urgencyWeeks(completeInput(this.given));
    return routing.route(view, { pathway: this.#pathway!, weeks, urgency: this.shown!.urgency, contacts: this.#contacts, locale: this.#locale, actionLink: this.#actionLink });
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
    this.waiting = !rules.loaded();
    if (this.waiting) this.#resume();
    else this.#moveOn();
  }

  #moveOn(): void {
    this.#show(nextStep(this.step, this.given, () => this.#decide().urgency), true);
  }

  /**
   * Waits again for what the page in front of the person needs and has not got: after Continue,
   * the rules; on the outcome, its details. Runs on Continue, when the element comes back on the
   * page (its timers stop while it is off it) and when the browser comes back online.
   */
  #resume = (): void => {
    if (this.waiting) {
      this.#waitFor(rules, () => {
        if (!this.waiting) return;
        this.waiting = false;
        this.#moveOn();
      });
    }
    if (this.step !== 'weeks' && !details.loaded()) this.#waitFor(details, () => this.requestUpdate());
  };

  /**
   * Loads a part, then runs `then` when it arrives, or when it has taken too long: then it shows
   * as not loaded (the safe fallback advice, or the outcome's essentials) and may still arrive.
   */
  #waitFor(part: LazyPart<unknown>, then: () => void): void {
    const timer = setTimeout(() => {
      part.giveUp();
      then();
    }, BleedingTriageElement._loadTimeout);
    this.#timers.add(timer);
    void part.load().then(() => {
      clearTimeout(timer);
      then();
    });
  }

  /** Shows a page. `byPerson` moves focus to its heading; restoring state does not. */
  #show(step: TriageStep, byPerson: boolean): void {
    this.waiting = false; // Any other page change ends a wait for the rules after Continue.
    if (step !== this.history.at(-1)) this.history = [...this.history, step];
    this.step = step;
    this.error = null;
    this.draft = draftOf(this.given, this.#prefilledWeeks, offeredSymptoms(this.given));
    this.shown = step === 'outcome' ? this.#decide() : null;
    this.announcement = this.#announcementFor(step);
    if (step !== 'weeks' && !details.loaded()) this.#resume();
    this.#stepAnnounced = false;
    if (byPerson) this.#focusTarget = ids.heading;
  }

  #restart(moveFocus: boolean): void {
    this.given = noAnswers();
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
    const { shown } = this;
    if (!shown) return;
    const complete = () => {
      const contact = this.#care.chosen;
      if (shown === this.shown) this.dispatchEvent(new TriageCompleteEvent({ input: completeInput(this.given), result: shown, rulesetFingerprint: RULESET_FINGERPRINT, ...(contact && { contact }) }));
    };
    // Contacts are routed in the details file: the host hears which contact once they are.
    if (this.#pathway!.contacts.length && !details.loaded()) void details.load().then(() => this.updateComplete).then(complete);
    else complete();
  }

  /** What the live region says on a new page: the progress, or that the advice is ready. */
  #announcementFor(step: TriageStep): string {
    if (step === 'outcome') return this.#t('outcome.ready');
    if (step === 'weeks') return '';
    const [current, total] = pagePosition(this.given, step);
    return this.#t('progress', { current, total });
  }

  /** Tells the host; returns false when the host took the action over. */
  #act(action: TriageAction, href?: string, contact?: string): boolean {
    return this.dispatchEvent(new TriageActionEvent({ action, ...(href && { href }), ...(contact && { contact }) }));
  }

  /**
   * A link that tells the host first, and is not followed if the host takes it over. Its words are
   * one span: in a call button's flex box, loose text beside isolated names (<bdi>) would each be
   * an item and lose their spaces.
   */
  #actionLink = (action: TriageAction, href: string, content: unknown, className?: string, contact?: string): TemplateResult => {
    const follow = (event: Event) => this.#act(action, href, contact) || event.preventDefault();
    return html`<a class=${className ?? ''} href=${href} @click=${follow}><span>${content}</span></a>`;
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
