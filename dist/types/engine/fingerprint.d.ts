/**
 * The ruleset fingerprint: the first 16 hex digits of a SHA-256 over the ruleset version, the
 * rule table, causes, advice, sources, the English words and the engine's results over a sweep
 * of inputs (scripts/ruleset-fingerprint.mjs). A deploying organisation pins it with the
 * element's `ruleset` attribute; CLINICAL-CHANGES.md records it for each ruleset version.
 */
export declare const RULESET_FINGERPRINT = "2d50acf7294bf737";
