/**
 * Bumped whenever a rule, cause or advice item changes; results carry it, and
 * CLINICAL-CHANGES.md says what changed for each version. Its own module, so the element can
 * name the version without loading the rule table.
 */
export const RULESET_VERSION = '2.0.0';
