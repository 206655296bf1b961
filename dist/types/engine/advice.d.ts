import type { AdviceInfo } from './types.js';
/**
 * Advice in the order the person reads it, band by band (clinical/SPEC.md §5): the action for
 * the urgency, the safety net, while you wait, then good to know. The element words each id.
 */
export declare const ADVICE: readonly AdviceInfo[];
