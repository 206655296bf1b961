import { frozenTable } from './freeze.js';
import type { AdviceInfo } from './types.js';

/**
 * Advice in the order the person reads it, band by band (clinical/SPEC.md §5): the action for
 * the urgency, the safety net, while you wait, then good to know. The element words each id.
 */
export const ADVICE: readonly AdviceInfo[] = frozenTable<AdviceInfo[]>([
  // 1. The action: exactly one of the first three, by urgency (SPEC §3).
  { id: 'call-emergency', band: 'action', sources: ['S7', 'S22', 'S38'] },
  { id: 'call-now', band: 'action', sources: ['S27', 'S22', 'S1'] },
  { id: 'contact-within-24h', band: 'action', sources: ['S1', 'S22'] },
  { id: 'if-closed', band: 'action', sources: ['S8', 'S22'] },
  { id: 'attend-now', band: 'action', sources: ['S21', 'S24', 'S6', 'S57'] },
  // 2. The safety net: urgent and within-24-hours cards only.
  { id: 'safety-net', band: 'safety-net', sources: ['S4', 'S7', 'S22', 'S56'] },
  { id: 'safety-net-24', band: 'safety-net', fromWeeks: 24, sources: ['S6', 'S24', 'S5'] },
  { id: 'safety-net-term', band: 'safety-net', sources: ['S57', 'S58'] },
  { id: 'safety-net-movements', band: 'safety-net', fromWeeks: 24, sources: ['S53', 'S6'] },
  { id: 'call-anyway', band: 'safety-net', sources: ['S23', 'S27'] },
  // 3. While you wait, and what to bring: every card.
  { id: 'what-to-tell', band: 'while-waiting', sources: ['S38', 'S22'] },
  { id: 'what-to-tell-placenta', band: 'while-waiting', replaces: 'what-to-tell', sources: ['S38', 'S22'] },
  { id: 'keep-pads', band: 'while-waiting', sources: ['S22', 'S22b', 'S38'] },
  { id: 'if-worse-while-waiting', band: 'while-waiting', sources: ['S56', 'S60'] },
  // 4. Good to know: urgent and within-24-hours cards (trauma-private on every card).
  { id: 'rhesus', band: 'good-to-know', fromWeeks: 12, sources: ['S38', 'S16', 'S59'] },
  { id: 'tell-low-placenta', band: 'good-to-know', sources: ['S38'] },
  { id: 'may-scan', band: 'good-to-know', sources: ['S61', 'S62', 'S28'] },
  { id: 'may-stay', band: 'good-to-know', fromWeeks: 24, sources: ['S39', 'S1'] },
  { id: 'no-sex', band: 'good-to-know', sources: ['S36'] },
  { id: 'movements-24', band: 'good-to-know', fromWeeks: 24, sources: ['S6', 'S25', 'S53'] },
  { id: 'trauma-private', band: 'good-to-know', sources: ['S39'] },
  { id: 'loss-support', band: 'good-to-know', sources: ['S22'] },
]);
