import type { TriageResult } from '../engine/types.js';
import type { GuidanceResponse, Identifier, Reference } from './types.js';
export interface GuidanceResponseOptions {
    id?: string;
    /** The pregnant person, e.g. `{ reference: 'Patient/123' }`. */
    subject?: Reference;
    encounter?: Reference;
    /** When the advice was given, as a FHIR dateTime: this module never reads the clock. */
    occurrenceDateTime?: string;
    /** Ties the advice to the request (or to the QuestionnaireResponse it answered). */
    requestIdentifier?: Identifier;
    /**
     * The ruleset fingerprint a deploying organisation pins (triage-complete's
     * `detail.rulesetFingerprint`). Default: the engine's own `RULESET_FINGERPRINT` when the result
     * is of this ruleset version; none for a result of another version (one stored earlier, say).
     */
    rulesetFingerprint?: string;
}
/**
 * The engine's result as a FHIR R4 GuidanceResponse, status `success`. The outcome is in a
 * contained Parameters resource that `outputParameters` points to — R4's place for what a
 * module returns (reasonCode says why guidance was asked for, so it holds the bleeding, and an
 * extension would need a profile of our own): `urgency`, `stage`, each `advice` in the card's
 * order, each `cause` with the rules that named it, every `fired-rule` with its urgency, sources
 * and assumed readings, the `ruleset-version` and its `ruleset-fingerprint`, all
 * coded in the project's CodeSystems. `moduleUri` names the ruleset and its version.
 */
export declare function toGuidanceResponse(result: TriageResult, options?: GuidanceResponseOptions): GuidanceResponse;
