import { deepFreeze } from './freeze.js';
import type { AdviceInfo } from './types.js';

/**
 * Advice in the order the person reads it: the action for the urgency, then the safety net,
 * then practical steps (clinical/SPEC.md §5). The element turns each id into words.
 */
export const ADVICE: readonly AdviceInfo[] = deepFreeze([
  // Action: exactly one of the first three, by urgency (SPEC §3).
  { id: 'call-emergency', group: 'action', sources: ['S7', 'S22', 'S38'] },
  { id: 'call-now', group: 'action', sources: ['S27', 'S22', 'S1'] },
  { id: 'contact-within-24h', group: 'action', sources: ['S1', 'S22'] },
  { id: 'if-closed', group: 'action', sources: ['S8', 'S22'] },
  { id: 'attend-now', group: 'action', sources: ['S21', 'S24', 'S6'] },
  // Safety net.
  { id: 'safety-net', group: 'safety', sources: ['S4', 'S7', 'S22'] },
  { id: 'safety-net-24', group: 'safety', sources: ['S6', 'S24', 'S5'] },
  { id: 'call-anyway', group: 'safety', sources: ['S23', 'S27'] },
  { id: 'movements-24', group: 'safety', sources: ['S6', 'S25'] },
  // Practical.
  { id: 'what-to-tell', group: 'practical', sources: ['S38', 'S22'] },
  { id: 'pads-not-tampons', group: 'practical', sources: ['S22', 'S22b', 'S38'] },
  { id: 'no-sex', group: 'practical', sources: ['S36'] },
  { id: 'rhesus', group: 'practical', sources: ['S38', 'S16', 'S1'] },
  { id: 'tell-low-placenta', group: 'practical', sources: ['S38'] },
  { id: 'trauma-private', group: 'practical', sources: ['S39'] },
  { id: 'loss-support', group: 'practical', sources: ['S22'] },
]);
