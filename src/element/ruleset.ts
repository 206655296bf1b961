import { RULESET_FINGERPRINT } from '../engine/fingerprint.js';
import { RULESET_VERSION } from '../engine/version.js';
import { TriageRulesetMismatchEvent } from './events.js';

/**
 * Compares the fingerprint a host pinned (the `ruleset` attribute) with this widget's. When they
 * differ it warns and tells the host, so a trust learns that the rules it approved changed; the
 * widget goes on giving its advice either way, since a person may be bleeding now.
 */
export function checkPinnedRuleset(host: HTMLElement, value: unknown): void {
  const pinned = String(value ?? '');
  // Blank is not pinned (a CMS field left empty), as with the other attributes.
  if (!pinned.trim() || pinned.trim().toLowerCase() === RULESET_FINGERPRINT) return;
  console.warn(
    `<bleeding-triage>: ruleset="${pinned}" does not match this widget's rules, ${RULESET_FINGERPRINT} (ruleset ${RULESET_VERSION}): ` +
      'they changed since that fingerprint was approved, or it is mistyped. The advice still shows; see CLINICAL-CHANGES.md.',
  );
  host.dispatchEvent(new TriageRulesetMismatchEvent({ pinned, actual: RULESET_FINGERPRINT, version: RULESET_VERSION }));
}
