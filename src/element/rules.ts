import { lazyPart } from './lazy.js';

/**
 * The triage engine, with its rule table: a file of its own, loaded as soon as the widget has
 * drawn its first question, which needs none of it: the drop-in stays small and the first
 * question is not held up; by the time the person answers, the rules are there. If it cannot
 * load, the widget gives the safe fallback advice.
 */
export const rules = lazyPart('the triage rules', () => import('../engine/index.js'));
