import type { TriageInput } from './types.js';
/** Why a field was refused. */
export type TriageInputErrorReason = 'not-an-object' | 'missing' | 'wrong-type' | 'not-a-whole-number' | 'out-of-range' | 'unknown-value' | 'conflict' | 'unknown-field';
/** Thrown for input the engine cannot read; `field` names the culprit, `reason` says why. */
export declare class TriageInputError extends Error {
    readonly field: string;
    readonly reason: TriageInputErrorReason;
    constructor(field: string, reason: TriageInputErrorReason, detail: string);
}
/**
 * Reads what is known so far. Required fields may be missing; whatever is present must be
 * valid. Returns a fresh object: the argument is never changed.
 */
export declare function validatePartialInput(raw: unknown): Partial<TriageInput>;
type Complete<T> = {
    [K in keyof Required<T>]: T[K];
};
/**
 * The same input with every field its own property, "not sure" ones set to undefined: reading a
 * field can then never reach a value another script put on Object.prototype.
 */
export declare function everyField<T extends Partial<TriageInput>>(input: T): Complete<Partial<TriageInput>> & T;
/**
 * Checks raw input against clinical/SPEC.md §1 and returns a clean copy (symptoms de-duplicated
 * in catalogue order, "not sure" fields left out). Throws `TriageInputError` naming the field.
 */
export declare function validateInput(raw: unknown): TriageInput;
export {};
