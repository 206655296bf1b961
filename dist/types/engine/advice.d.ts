import type { AdviceInfo } from './types.js';
/**
 * Advice in the order the person reads it: the action for the urgency, then the safety net,
 * then practical steps (clinical/SPEC.md §5). The element turns each id into words.
 */
export declare const ADVICE: readonly AdviceInfo[];
