// Generated from custom-elements.json by scripts/framework-types.mjs: the React component, and the JSX types of the plain tag (./jsx.js).
import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';
import type { BleedingTriageElement, TriageStepEvent, TriageCompleteEvent, TriageActionEvent, TriageResetEvent, TriageRulesetMismatchEvent } from './index.js';
import './jsx.js';
export type { BleedingTriageJsxProps } from './jsx.js';

export interface BleedingTriageProps extends HTMLAttributes<BleedingTriageElement> {
  /** ISO 3166 country code choosing the emergency number (GB 999, US 911, EU 112…). Default: the locale's region. */
  region?: BleedingTriageElement['region'];
  /** Overrides the emergency number the region gives; used only if it is one number (README, "Phone numbers"). */
  emergencyNumber?: BleedingTriageElement['emergencyNumber'];
  /** The host's care contact, e.g. "Maternity triage": a pathway of one contact, for every week and all hours. */
  careName?: BleedingTriageElement['careName'];
  /** The care contact's phone number: dialled only if it is one number (README, "Phone numbers"); else the card says where to find it. */
  carePhone?: BleedingTriageElement['carePhone'];
  /** The care contact's web page; only https: and http: links are used. */
  careUrl?: BleedingTriageElement['careUrl'];
  /** Weeks from a patient record, shown for the person to confirm (dates go stale). */
  weeks?: BleedingTriageElement['weeks'];
  /** Heading level (1–6) of each page's main heading, so the widget fits the host's outline. */
  headingLevel?: BleedingTriageElement['headingLevel'];
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
  onTriageStep?: (event: TriageStepEvent) => void;
  /** The outcome is showing: `{ input, result, rulesetFingerprint, contact? }` (`contact`: the care contact chosen, `{ name, reason }`). Health data: treat as special-category personal data. */
  onTriageComplete?: (event: TriageCompleteEvent) => void;
  /** The person chose an action: `{ action, href?, contact? }` (`contact`: the name of the care contact called). Cancelable: `preventDefault()` to take it over. */
  onTriageAction?: (event: TriageActionEvent) => void;
  /** The flow went back to the first question. */
  onTriageReset?: (event: TriageResetEvent) => void;
  /** The pinned `ruleset` is not this widget's fingerprint: `{ pinned, actual, version }`. Fired when the element first renders and whenever `ruleset` changes; the advice still shows. */
  onTriageRulesetMismatch?: (event: TriageRulesetMismatchEvent) => void;
}

/** <bleeding-triage> as a React component: properties and listeners set on the element, so they survive hydration. Importing it registers the tag. */
export declare const BleedingTriage: ForwardRefExoticComponent<BleedingTriageProps & RefAttributes<BleedingTriageElement>>;
