import type { Rule } from './types.js';
/** Bumped whenever a rule, cause or advice item changes; results carry it. */
export declare const RULESET_VERSION = "1.0.0";
/**
 * The rule table: clinical/GUIDANCE.md §10 as clinical/SPEC.md §3–§5 reads it, one row per
 * finding, each with the sources it rests on. Read top to bottom:
 *
 * - Rules without `causes`, `stages` or `outcome` decide urgency and advice. They are read
 *   at every week the answer could mean (a trimester at its widest, "not sure" at 0–45) and
 *   with "not sure" answers read both ways: the most urgent reading wins (SPEC §2).
 * - Rules with `causes` or `stages` name possible causes. They are read at the person's own
 *   stage; their urgency only ranks causes and never exceeds what the first group decides
 *   (a test holds them to it).
 * - Rules with `outcome` run last, once the urgency is known.
 *
 * The result's urgency is the highest of every rule that fires: no rule can lower another.
 */
export declare const RULES: readonly Rule[];
