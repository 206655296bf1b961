/**
 * Compares the fingerprint a host pinned (the `ruleset` attribute) with this widget's. When they
 * differ it warns and tells the host, so a trust learns that the rules it approved changed; the
 * widget goes on giving its advice either way, since a person may be bleeding now.
 */
export declare function checkPinnedRuleset(host: HTMLElement, value: unknown): void;
