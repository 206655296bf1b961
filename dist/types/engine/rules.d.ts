import type { Rule } from './types.js';
export { RULESET_VERSION } from './version.js';
/**
 * The rule table: clinical/GUIDANCE.md §10 as clinical/SPEC.md (version 3) §3–§5 reads it, one
 * row per finding, each with the sources it rests on. Two kinds of row:
 *
 * - **Decision rows** (no `causes`) set the urgency and the advice. They are read at every
 *   week the answer could mean — a trimester at its widest (first 0–13, second 13–27, third
 *   25–45), no dating at 0–45 — and the most urgent reading wins (SPEC §2).
 * - **Cause rows** (with `causes`) name possible causes. They are read at the person's own
 *   stage (a trimester at its own weeks); their urgency only ranks the cause, and a test holds
 *   it to never exceed the result's.
 *
 * Rows with `outcome` are read once the urgency is known; rows with `noOtherCause` after every
 * other cause row. A "not sure" to a question counts only where the question is asked (SPEC §6),
 * and each row lists the answers it accepts. The urgency is the highest of every row that
 * fires: no row can lower another.
 */
export declare const RULES: readonly Rule[];
