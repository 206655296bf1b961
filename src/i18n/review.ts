/**
 * Where a translation stands: every translation needs a clinical translator's review before
 * clinical use (README, "Languages"). `reviewed` stays false until a named reviewer signs it.
 */
export interface ReviewStatus {
  reviewed: boolean;
  /** Who reviewed it, and their role ("A. Name, clinical translator (Polish), NHS X"). */
  reviewer?: string;
  /** When, as YYYY-MM-DD. */
  date?: string;
  /** The ruleset fingerprint or version the review covered. */
  ruleset?: string;
  /** The public sources the translation's terms follow. */
  sources: string[];
}
