import type { Urgency } from './types.js';

/** Lowest first. */
export const URGENCIES: readonly Urgency[] = Object.freeze(['prompt', 'urgent', 'emergency'] as const);

/** Position in `prompt < urgent < emergency`; -1 for none. */
export function urgencyRank(urgency: Urgency | undefined): number {
  return urgency === undefined ? -1 : URGENCIES.indexOf(urgency);
}
