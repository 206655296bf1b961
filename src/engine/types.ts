/** Public types of the triage engine (DESIGN.md §2, clinical/SPEC.md §1). */

import type { SOURCES } from './sources.js';

export type Bleeding = 'spotting' | 'light' | 'heavy';

export type Trimester = 'first' | 'second' | 'third';

export type Symptom =
  | 'nausea'
  | 'mild-cramps'
  | 'one-sided-pain'
  | 'severe-pain'
  | 'shoulder-tip-pain'
  | 'dizziness-fainting'
  | 'clots-or-tissue'
  | 'fever'
  | 'contractions'
  | 'fluid-leak'
  | 'reduced-movements'
  | 'headache-vision'
  | 'trauma'
  | 'after-sex'
  | 'pain-toilet'
  | 'very-unwell'
  | 'worried';

/**
 * Version 2 asked "very unwell, or something else is worrying you" as one answer. Saved answers
 * may still carry it: `validateInput` reads it as `very-unwell`, the more urgent half (SPEC §1).
 * It is never offered and never produced.
 */
export type LegacySymptom = 'unwell-or-worried';

/** What the person told us. Absent optional fields mean "not sure". */
export interface TriageInput {
  /** Completed weeks, an integer 0..45; absent when the person is not sure. */
  weeks?: number;
  /** Only when `weeks` is absent: the trimester the person chose instead. */
  trimester?: Trimester;
  /** The heaviest the bleeding has been since it started. */
  bleeding: Bleeding;
  /** May be empty; order and duplicates carry no meaning. (`validateInput` also reads a saved `unwell-or-worried`.) */
  symptoms: Symptom[];
  /** Told at a scan that the placenta is low-lying (placenta praevia). */
  lowLyingPlacenta?: boolean;
  /** Ectopic before, tube surgery or pelvic infection, IVF, or a coil in place. */
  ectopicRisk?: boolean;
}

/** `early` weeks 0–13, `mid` 14–27, `late` 28–45; `unknown` without weeks or trimester. */
export type Stage = 'early' | 'mid' | 'late' | 'unknown';

/** Ordered `prompt < urgent < emergency`; there is deliberately no lower level. */
export type Urgency = 'prompt' | 'urgent' | 'emergency';

export type CauseId =
  | 'implantation'
  | 'threatened-miscarriage'
  | 'miscarriage'
  | 'ectopic'
  | 'low-lying-placenta'
  | 'placenta-praevia'
  | 'vasa-praevia'
  | 'placental-abruption'
  | 'preterm-labour'
  | 'cervical'
  | 'infection'
  | 'pre-eclampsia'
  | 'show';

/** In the order the card shows them, band by band (SPEC §5). */
export type AdviceId =
  // 1. The action.
  | 'call-emergency'
  | 'call-now'
  | 'contact-within-24h'
  | 'if-closed'
  | 'attend-now'
  // 2. The safety net (urgent and within-24-hours cards only).
  | 'safety-net'
  | 'safety-net-24'
  | 'safety-net-term'
  | 'safety-net-movements'
  | 'call-anyway'
  // 3. While you wait, what to bring (every card).
  | 'what-to-tell'
  | 'what-to-tell-placenta'
  | 'keep-pads'
  | 'if-worse-while-waiting'
  // 4. Good to know.
  | 'rhesus'
  | 'tell-low-placenta'
  | 'may-scan'
  | 'may-stay'
  | 'no-sex'
  | 'movements-24'
  | 'trauma-private'
  | 'loss-support';

/** Ids of the sources in clinical/GUIDANCE.md §12 (the catalogue is sources.ts). */
export type SourceId = keyof typeof SOURCES;

/** How the person answered a yes / no / not sure question. */
export type Answer = 'yes' | 'no' | 'not-sure';

/**
 * When a rule applies. Every field present must hold (AND); lists inside a field are OR.
 * An answer that does not pin a value (weeks, placenta, ectopic risk) meets a condition
 * if any value it could mean does: the most urgent reading wins (SPEC §2).
 */
export interface Condition {
  /** Completed weeks, inclusive at both ends: met if any week the answer could mean is inside. */
  weeks?: { from?: number; to?: number };
  /** Met only if every week the answer could mean is inside (a line that must not be guessed). */
  allWeeks?: { from?: number; to?: number };
  /** The person's own stage (a trimester gives its stage; no dating gives `unknown`). */
  stages?: Stage[];
  bleeding?: Bleeding[];
  /** At least one of these symptoms. */
  anyOf?: Symptom[];
  /** Every one of these symptoms. */
  allOf?: Symptom[];
  /** None of these symptoms (cause and advice rules only: urgency must only rise). */
  noneOf?: Symptom[];
  /** The person's answer, where the question applies at their dating (SPEC §6); else never met. */
  lowLyingPlacenta?: Answer[];
  ectopicRisk?: Answer[];
  /** The urgency already decided by the other rules (for advice and causes that depend on it). */
  outcome?: Urgency[];
  /** Only when the other rules named no cause, or only reassuring ones (SPEC §4). */
  noOtherCause?: true;
}

/** One row of the rule table: a condition, its effects and the sources it rests on. */
export interface Rule {
  id: string;
  when: Condition;
  urgency?: Urgency;
  causes?: CauseId[];
  advice?: AdviceId[];
  sources: SourceId[];
}

/**
 * Readings under which a rule fired that were not the person's own answer (SPEC §8): a "not
 * sure" read as yes, or a dating that does not pin the week read at these weeks.
 */
export interface Assumed {
  ectopicRisk?: true;
  lowLyingPlacenta?: true;
  weeks?: { from: number; to: number };
}

export interface FiredRule {
  ruleId: string;
  urgency?: Urgency;
  sources: SourceId[];
  /** Present only when the rule needed a reading the person did not give. */
  assumed?: Assumed;
}

export interface TriageResult {
  urgency: Urgency;
  stage: Stage;
  /** Most urgent evidence first; reassuring causes never first when another is present. */
  causes: { id: CauseId; ruleIds: string[] }[];
  /** Ordered by band: the action, the safety net, while you wait, good to know (SPEC §5). */
  advice: AdviceId[];
  /** Every rule that fired, in table order: the "why" behind the advice. */
  fired: FiredRule[];
  rulesetVersion: string;
}

export interface Source {
  /** As published (clinical/GUIDANCE.md §12). */
  title: string;
  url: string;
}

export interface CauseInfo {
  id: CauseId;
  /** Reassuring causes are never listed first when another cause is present. */
  reassuring: boolean;
  sources: SourceId[];
}

/** The four bands of the card, in order (SPEC §5). */
export type AdviceBand = 'action' | 'safety-net' | 'while-waiting' | 'good-to-know';

export interface AdviceInfo {
  id: AdviceId;
  band: AdviceBand;
  /** Shown instead of this item, when both apply (the same line with one more clause). */
  replaces?: AdviceId;
  /**
   * Applies only from a week: when the person's week is not pinned, its words begin with that
   * condition ("If you are 24 weeks pregnant or more, …", SPEC §8).
   */
  fromWeeks?: number;
  sources: SourceId[];
}

/** A question the element may ask, in the order it asks them. */
export type QuestionId = 'weeks' | 'bleeding' | 'symptoms' | 'ectopicRisk' | 'lowLyingPlacenta';

export interface QuestionPlan {
  stage: Stage;
  /** The questions to ask, in order. */
  questions: QuestionId[];
  /** The symptoms worth offering at this stage: the emergency signs first, then catalogue order. */
  symptoms: Symptom[];
}
