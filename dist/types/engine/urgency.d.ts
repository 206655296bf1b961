import type { Urgency } from './types.js';
/** Lowest first. */
export declare const URGENCIES: readonly Urgency[];
/** Position in `prompt < urgent < emergency`; -1 for none. */
export declare function urgencyRank(urgency: Urgency | undefined): number;
