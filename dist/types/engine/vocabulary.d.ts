import type { Answer, Bleeding, LegacySymptom, Symptom, Trimester } from './types.js';
/** Every symptom, in the order clinical/SPEC.md §1 lists them (and the UI offers them). */
export declare const SYMPTOMS: readonly Symptom[];
/**
 * Answers that call for the emergency number at every week (SPEC §3): asked first, so nobody
 * who needs an ambulance reads a long list before finding theirs (SPEC §6).
 */
export declare const EMERGENCY_SIGNS: readonly Symptom[];
/**
 * Every symptom that is part of an emergency row at some week, alone or with another (SPEC §3);
 * a test derives the same list from the rule table. Only for the fallback when the rules
 * themselves could not load: then any of these, or heavy bleeding, calls for the emergency number.
 */
export declare const EMERGENCY_PARTS: readonly Symptom[];
/** Saved version-2 answers, read as the current symptom they most urgently meant (SPEC §1). */
export declare const LEGACY_SYMPTOMS: Readonly<Record<LegacySymptom, Symptom>>;
/** Lightest first: the order urgency must never fall along. */
export declare const BLEEDING: readonly Bleeding[];
export declare const TRIMESTERS: readonly Trimester[];
/** Every way to answer a yes / no / not sure question, in the order they are offered. */
export declare const ANSWERS: readonly Answer[];
/** "Any pain" as clinical/SPEC.md §3 defines it. */
export declare const ANY_PAIN: readonly Symptom[];
