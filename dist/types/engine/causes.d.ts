import type { CauseInfo } from './types.js';
/**
 * Possible causes in clinical/SPEC.md §4 catalogue order, which breaks ties between causes
 * named by equally urgent rules. Reassuring causes are always listed last, and the words never
 * call them harmless or normal.
 */
export declare const CAUSES: readonly CauseInfo[];
