import { frozenTable } from './freeze.js';
import type { CauseInfo } from './types.js';

/**
 * Possible causes in clinical/SPEC.md §4 catalogue order, which breaks ties between causes
 * named by equally urgent rules. Reassuring causes are always listed last, and the words never
 * call them harmless or normal.
 */
export const CAUSES: readonly CauseInfo[] = frozenTable([
  { id: 'implantation', reassuring: true, sources: ['S23', 'S42'] },
  { id: 'threatened-miscarriage', reassuring: false, sources: ['S42', 'S28', 'S9'] },
  { id: 'miscarriage', reassuring: false, sources: ['S9', 'S47', 'S22'] },
  { id: 'ectopic', reassuring: false, sources: ['S8', 'S8b', 'S9'] },
  { id: 'low-lying-placenta', reassuring: false, sources: ['S45', 'S21', 'S20'] },
  { id: 'placenta-praevia', reassuring: false, sources: ['S20', 'S4', 'S18'] },
  { id: 'vasa-praevia', reassuring: false, sources: ['S5', 'S20', 'S58'] },
  { id: 'placental-abruption', reassuring: false, sources: ['S26', 'S4', 'S44', 'S52', 'S63'] },
  { id: 'preterm-labour', reassuring: false, sources: ['S24', 'S54'] },
  { id: 'cervical', reassuring: true, sources: ['S42', 'S4'] },
  { id: 'infection', reassuring: false, sources: ['S42', 'S37'] },
  { id: 'pre-eclampsia', reassuring: false, sources: ['S10', 'S26'] },
  { id: 'show', reassuring: true, sources: ['S1', 'S4', 'S24'] },
]);
