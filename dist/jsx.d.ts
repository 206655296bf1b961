// Generated from custom-elements.json by scripts/framework-types.mjs: JSX for React 19, which sets properties and listens to custom events on custom elements.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BleedingTriageElement, TriageStepEvent, TriageCompleteEvent, TriageActionEvent, TriageResetEvent, TriageRulesetMismatchEvent } from './index.js';

export interface BleedingTriageJsxProps extends DetailedHTMLProps<HTMLAttributes<BleedingTriageElement>, BleedingTriageElement> {
  /** ISO 3166 country code choosing the emergency number (GB 999, US 911, EU 112…). Default: the locale's region. */
  region?: BleedingTriageElement['region'];
  /** Overrides the emergency number the region gives; used only if it is one number (README, "Phone numbers"). */
  'emergency-number'?: BleedingTriageElement['emergencyNumber'];
  /** The host's care contact, e.g. "Maternity triage": a pathway of one contact, for every week and all hours. */
  'care-name'?: BleedingTriageElement['careName'];
  /** The care contact's phone number: dialled only if it is one number (README, "Phone numbers"); else the card says where to find it. */
  'care-phone'?: BleedingTriageElement['carePhone'];
  /** The care contact's web page; only https: and http: links are used. */
  'care-url'?: BleedingTriageElement['careUrl'];
  /** Weeks from a patient record, shown for the person to confirm (dates go stale). */
  weeks?: BleedingTriageElement['weeks'];
  /** Heading level (1–6) of each page's main heading, so the widget fits the host's outline. */
  'heading-level'?: BleedingTriageElement['headingLevel'];
  /** `light`, `dark`, or `auto` (follows prefers-color-scheme). */
  appearance?: BleedingTriageElement['appearance'];
  /** The ruleset fingerprint the deploying organisation approved (RULES.md prints it). When this widget's differs, it warns in the console and fires `triage-ruleset-mismatch`; the advice still shows. */
  ruleset?: BleedingTriageElement['ruleset'];
  /** The care pathway for apps: contacts, each for a range of weeks with opening hours and accessible routes (the fields of `<bleeding-triage-contact>`, camelCased). When set and not empty it wins over the child elements, which win over `care-*`. */
  contacts?: BleedingTriageElement['contacts'];
  /** Replaces any message of the current locale: `{ 'outcome.restart': 'Begin again' }`. Rendered as text. */
  translations?: BleedingTriageElement['translations'];
  /** Restores answers, e.g. from a portal. A complete, valid input shows its outcome at once and fires `triage-complete`; a partial one fills in the questions; an invalid one is refused with a warning and the first question shows. Answers set before the rules have loaded are restored as soon as they have. The answers already on show change nothing, and fire nothing. */
  answers?: BleedingTriageElement['answers'];
  /** Restores answers from a FHIR R4 QuestionnaireResponse to the `bleeding-triage/fhir` Questionnaire, e.g. one a portal stored, as `answers` does (which then holds them in its plain form). One that does not fit the Questionnaire is refused with a warning saying why, and the first question shows. Write-only. */
  questionnaireResponse?: BleedingTriageElement['questionnaireResponse'];
  /** A page of the flow is showing: `{ step, index, total }`. */
  'ontriage-step'?: (event: TriageStepEvent) => void;
  /** The outcome is showing: `{ input, result, rulesetFingerprint, contact? }` (`contact`: the care contact chosen, `{ name, reason }`). Health data: treat as special-category personal data. */
  'ontriage-complete'?: (event: TriageCompleteEvent) => void;
  /** The person chose an action: `{ action, href?, contact? }` (`contact`: the name of the care contact called). Cancelable: `preventDefault()` to take it over. */
  'ontriage-action'?: (event: TriageActionEvent) => void;
  /** The flow went back to the first question. */
  'ontriage-reset'?: (event: TriageResetEvent) => void;
  /** The pinned `ruleset` is not this widget's fingerprint: `{ pinned, actual, version }`. Fired when the element first renders and whenever `ruleset` changes; the advice still shows. */
  'ontriage-ruleset-mismatch'?: (event: TriageRulesetMismatchEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'bleeding-triage': BleedingTriageJsxProps;
    }
  }
}
