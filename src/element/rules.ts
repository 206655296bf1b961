import { lazyPart } from './lazy.js';

/**
 * The triage engine, with its rule table: a file of its own, loaded as soon as the widget
 * connects. The first question needs none of it, so the drop-in stays small; by the time the
 * person answers, it is there. If it cannot load, the widget gives the safe fallback advice.
 */
export const rules = lazyPart('the triage rules', () => import('../engine/index.js'));
