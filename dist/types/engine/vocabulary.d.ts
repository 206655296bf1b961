import type { Answer, Bleeding, Symptom, Trimester } from './types.js';
/** Every symptom, in the order clinical/SPEC.md §1 lists them (and the UI offers them). */
export declare const SYMPTOMS: readonly Symptom[];
/** Lightest first: the order urgency must never fall along. */
export declare const BLEEDING: readonly Bleeding[];
export declare const TRIMESTERS: readonly Trimester[];
/** Every way to answer a yes / no / not sure question, in the order they are offered. */
export declare const ANSWERS: readonly Answer[];
/** "Any pain" as clinical/SPEC.md §3 defines it. */
export declare const ANY_PAIN: readonly Symptom[];
