import type { TriageInput, TriageResult } from '../engine/types.js';

/** The pages of the flow, in the order a person meets them. */
export type TriageStep = 'weeks' | 'trimester' | 'bleeding' | 'symptoms' | 'ectopic-risk' | 'low-lying-placenta' | 'outcome';

export type TriageAction = 'call-emergency' | 'call-care' | 'open-care' | 'print' | 'restart';

export interface TriageStepDetail {
  step: TriageStep;
  /** 1-based position of this page on the person's path. */
  index: number;
  /** Pages on the path as far as it is known now, the outcome included. */
  total: number;
}

export interface TriageCompleteDetail {
  input: TriageInput;
  result: TriageResult;
  /** The fingerprint of the rules and words that gave this result (RULES.md, CLINICAL-CHANGES.md). */
  rulesetFingerprint: string;
}

export interface TriageActionDetail {
  action: TriageAction;
  /** The link followed, for calls and the care website. */
  href?: string;
}

const flags = { bubbles: true, composed: true } as const;

/** A new page of the flow is showing. */
export class TriageStepEvent extends CustomEvent<TriageStepDetail> {
  static readonly eventName = 'triage-step';
  constructor(detail: TriageStepDetail) {
    super(TriageStepEvent.eventName, { ...flags, detail });
  }
}

/**
 * The outcome is showing. The detail is health data: hosts must treat it as special-category
 * personal data if they keep or send it anywhere.
 */
export class TriageCompleteEvent extends CustomEvent<TriageCompleteDetail> {
  static readonly eventName = 'triage-complete';
  constructor(detail: TriageCompleteDetail) {
    super(TriageCompleteEvent.eventName, { ...flags, detail });
  }
}

/** The person chose an action. Cancelable: call `preventDefault()` to take it over. */
export class TriageActionEvent extends CustomEvent<TriageActionDetail> {
  static readonly eventName = 'triage-action';
  constructor(detail: TriageActionDetail) {
    super(TriageActionEvent.eventName, { ...flags, cancelable: true, detail });
  }
}

/** The flow went back to the first question. */
export class TriageResetEvent extends CustomEvent<Record<string, never>> {
  static readonly eventName = 'triage-reset';
  constructor() {
    super(TriageResetEvent.eventName, { ...flags, detail: {} });
  }
}

export interface TriageRulesetMismatchDetail {
  /** The fingerprint the host pinned with the `ruleset` attribute, as given. */
  pinned: string;
  /** The fingerprint of the rules and words this widget runs. */
  actual: string;
  /** The ruleset version this widget runs. */
  version: string;
}

/**
 * The host pinned a ruleset fingerprint (`ruleset` attribute) that is not this widget's: the
 * rules or words changed since that fingerprint was approved. The widget still gives its advice.
 */
export class TriageRulesetMismatchEvent extends CustomEvent<TriageRulesetMismatchDetail> {
  static readonly eventName = 'triage-ruleset-mismatch';
  constructor(detail: TriageRulesetMismatchDetail) {
    super(TriageRulesetMismatchEvent.eventName, { ...flags, detail });
  }
}

export interface BleedingTriageEventMap {
  'triage-step': TriageStepEvent;
  'triage-complete': TriageCompleteEvent;
  'triage-action': TriageActionEvent;
  'triage-reset': TriageResetEvent;
  'triage-ruleset-mismatch': TriageRulesetMismatchEvent;
}

declare global {
  interface HTMLElementEventMap extends BleedingTriageEventMap {}
}
