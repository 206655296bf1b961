/** The headless triage engine: no DOM, no words, no clock. */
export { triage } from './triage.js';
export { validateInput, validatePartialInput, TriageInputError, type TriageInputErrorReason } from './validate.js';
export { questionsFor } from './questions.js';
export { planFor } from './plan.js';
export { RULES, RULESET_VERSION } from './rules.js';
export { RULESET_FINGERPRINT } from './fingerprint.js';
export { CAUSES } from './causes.js';
export { ADVICE } from './advice.js';
export { SOURCES } from './sources.js';
export { SYMPTOMS, EMERGENCY_SIGNS, EMERGENCY_PARTS, LEGACY_SYMPTOMS, BLEEDING, TRIMESTERS, ANSWERS, ANY_PAIN } from './vocabulary.js';
export { URGENCIES } from './urgency.js';
export { MIN_WEEKS, MAX_WEEKS, stageOfWeek } from './stage.js';
export type * from './types.js';
export { fallbackResult } from './fallback.js';
export { unavailableResult } from './unavailable.js';
export { adviceWithWeekCondition } from './week-condition.js';
