/** Why an Observation gave no weeks. */
export type GestationalAgeErrorReason = 'not-an-observation' | 'status' | 'code' | 'no-value' | 'unit' | 'out-of-range' | 'conflict';
/** Thrown by `weeksFromObservation`: `reason` says which check failed, the message what was found. */
export declare class GestationalAgeError extends TypeError {
    readonly reason: GestationalAgeErrorReason;
    constructor(reason: GestationalAgeErrorReason, detail: string);
}
/** LOINC codes of a gestational age: in weeks, estimated, and plain (issue 14). */
export declare const GESTATIONAL_AGE_CODES: readonly ["49051-6", "11884-4", "18185-9"];
/**
 * The completed weeks of pregnancy a gestational-age Observation records, to prefill the
 * element's `weeks` (which the person still confirms). Reads LOINC 49051-6, 11884-4 or 18185-9,
 * in weeks (`wk`, a fraction counts down: 12.9 wk is 12) or days (`d`: 87 d is 12), from
 * `valueQuantity` or else from the components that carry one of those codes. Pure: it does not
 * add the time since the Observation was made. Throws `GestationalAgeError` naming what was
 * wrong: not an Observation, a status other than final, amended or corrected, another code, no
 * value, another unit, outside 0–45 weeks, or components that disagree.
 */
export declare function weeksFromObservation(observation: unknown): number;
