import { frozenTable } from './freeze.js';
import type { Rule, Symptom } from './types.js';
import { ANY_PAIN, SYMPTOMS } from './vocabulary.js';

export { RULESET_VERSION } from './version.js';

const pain = [...ANY_PAIN];
/** Implantation allows no symptom but these (SPEC §4); baby movements cannot be felt that early (§6). */
const IMPLANTATION_ALLOWS: Symptom[] = ['nausea', 'after-sex', 'worried', 'reduced-movements'];
const notYes = ['no', 'not-sure'] as const;
const yesOrNotSure = ['yes', 'not-sure'] as const;

/**
 * The rule table: clinical/GUIDANCE.md §10 as clinical/SPEC.md (version 3) §3–§5 reads it, one
 * row per finding, each with the sources it rests on. Two kinds of row:
 *
 * - **Decision rows** (no `causes`) set the urgency and the advice. They are read at every
 *   week the answer could mean — a trimester at its widest (first 0–13, second 13–27, third
 *   25–45), no dating at 0–45 — and the most urgent reading wins (SPEC §2).
 * - **Cause rows** (with `causes`) name possible causes. They are read at the person's own
 *   stage (a trimester at its own weeks); their urgency only ranks the cause, and a test holds
 *   it to never exceed the result's.
 *
 * Rows with `outcome` are read once the urgency is known; rows with `noOtherCause` after every
 * other cause row. A "not sure" to a question counts only where the question is asked (SPEC §6),
 * and each row lists the answers it accepts. The urgency is the highest of every row that
 * fires: no row can lower another.
 */
export const RULES: readonly Rule[] = frozenTable<Rule[]>([
  // Emergency at every week (SPEC §3).
  { id: 'heavy-bleeding', when: { bleeding: ['heavy'] }, urgency: 'emergency', sources: ['S22', 'S22b', 'S28', 'S7'] },
  { id: 'severe-pain', when: { anyOf: ['severe-pain'] }, urgency: 'emergency', sources: ['S7', 'S4', 'S8', 'S28'] },
  { id: 'dizziness-fainting', when: { anyOf: ['dizziness-fainting'] }, urgency: 'emergency', sources: ['S8', 'S22', 'S19', 'S44'] },
  { id: 'shoulder-tip-pain', when: { anyOf: ['shoulder-tip-pain'] }, urgency: 'emergency', sources: ['S8b', 'S9'] },
  { id: 'very-unwell', when: { anyOf: ['very-unwell'] }, urgency: 'emergency', sources: ['S55', 'S56', 'S60'] },
  { id: 'fever-with-clots', when: { allOf: ['fever', 'clots-or-tissue'] }, urgency: 'emergency', sources: ['S37'] },
  { id: 'trauma-with-pain', when: { allOf: ['trauma'], anyOf: pain }, urgency: 'emergency', sources: ['S3'] },

  // Emergency from 20 and from 24 weeks.
  { id: 'trauma-from-20', when: { anyOf: ['trauma'], weeks: { from: 20 } }, urgency: 'emergency', sources: ['S3', 'S39', 'S63'] },
  { id: 'fluid-leak-24-to-36', when: { anyOf: ['fluid-leak'], weeks: { from: 24, to: 36 } }, urgency: 'emergency', sources: ['S5', 'S20', 'S58'] },
  // At term, pink or brown staining with the waters is usually labour starting (urgent, below);
  // fresh bleeding with them may be the baby's blood (vasa praevia).
  { id: 'fluid-leak-at-term-with-bleeding', when: { anyOf: ['fluid-leak'], weeks: { from: 37 }, bleeding: ['light', 'heavy'] }, urgency: 'emergency', sources: ['S57', 'S58', 'S20'] },
  { id: 'reduced-movements-with-pain-from-24', when: { allOf: ['reduced-movements'], anyOf: pain, weeks: { from: 24 } }, urgency: 'emergency', sources: ['S6', 'S3', 'S53'] },

  // Urgent at every week, or from the week given.
  { id: 'one-sided-pain', when: { anyOf: ['one-sided-pain'] }, urgency: 'urgent', sources: ['S8', 'S15'] },
  { id: 'clots-or-tissue', when: { anyOf: ['clots-or-tissue'] }, urgency: 'urgent', sources: ['S1', 'S9'] },
  { id: 'mild-cramps', when: { anyOf: ['mild-cramps'] }, urgency: 'urgent', sources: ['S1', 'S15'] },
  { id: 'contractions', when: { anyOf: ['contractions'] }, urgency: 'urgent', sources: ['S24', 'S1'] },
  { id: 'fluid-leak', when: { anyOf: ['fluid-leak'] }, urgency: 'urgent', sources: ['S24', 'S5', 'S57'] },
  { id: 'fever', when: { anyOf: ['fever'] }, urgency: 'urgent', sources: ['S1', 'S37'] },
  { id: 'headache-vision', when: { anyOf: ['headache-vision'] }, urgency: 'urgent', sources: ['S10', 'S7'] },
  { id: 'trauma', when: { anyOf: ['trauma'] }, urgency: 'urgent', sources: ['S3', 'S39'] },
  { id: 'pain-toilet', when: { anyOf: ['pain-toilet'] }, urgency: 'urgent', sources: ['S8', 'S9'] },
  { id: 'worried', when: { anyOf: ['worried'] }, urgency: 'urgent', sources: ['S1', 'S7'] },
  { id: 'ectopic-risk', when: { ectopicRisk: [...yesOrNotSure], weeks: { to: 13 } }, urgency: 'urgent', sources: ['S15', 'S8'] },
  { id: 'low-lying-placenta', when: { lowLyingPlacenta: [...yesOrNotSure], weeks: { from: 14 } }, urgency: 'urgent', sources: ['S21', 'S4', 'S20'] },
  { id: 'reduced-movements-from-24', when: { anyOf: ['reduced-movements'], weeks: { from: 24 } }, urgency: 'urgent', sources: ['S6', 'S25', 'S53'] },

  // The floor: every bleeding in pregnancy is reported.
  { id: 'bleeding-before-12', when: { weeks: { to: 11 } }, urgency: 'prompt', sources: ['S1', 'S22'] },
  { id: 'bleeding-from-12', when: { weeks: { from: 12 } }, urgency: 'urgent', sources: ['S27', 'S22', 'S1'] },

  // Possible causes, at the person's own stage (SPEC §4).
  { id: 'threatened-miscarriage-early', when: { stages: ['early'], weeks: { from: 5 } }, causes: ['threatened-miscarriage'], sources: ['S42', 'S28'] },
  { id: 'threatened-miscarriage-cramps', when: { stages: ['early'], anyOf: ['mild-cramps'] }, urgency: 'urgent', causes: ['threatened-miscarriage'], sources: ['S42', 'S9'] },
  { id: 'threatened-miscarriage-mid', when: { stages: ['mid'], weeks: { to: 23 } }, causes: ['threatened-miscarriage'], sources: ['S47', 'S5'] },
  { id: 'miscarriage-clots', when: { anyOf: ['clots-or-tissue'], weeks: { to: 23 } }, urgency: 'urgent', causes: ['miscarriage'], sources: ['S9', 'S1', 'S47'] },
  { id: 'miscarriage-heavy', when: { bleeding: ['heavy'], weeks: { to: 23 } }, urgency: 'emergency', causes: ['miscarriage'], sources: ['S9', 'S22', 'S47'] },
  { id: 'ectopic-pain', when: { stages: ['early'], anyOf: ['mild-cramps', 'one-sided-pain', 'contractions', 'pain-toilet'] }, urgency: 'urgent', causes: ['ectopic'], sources: ['S8', 'S9', 'S15'] },
  { id: 'ectopic-emergency-signs', when: { stages: ['early'], anyOf: ['severe-pain', 'shoulder-tip-pain', 'dizziness-fainting'] }, urgency: 'emergency', causes: ['ectopic'], sources: ['S8', 'S8b'] },
  // A "not sure" that raises the urgency because of ectopic risk also names ectopic (SPEC §4).
  { id: 'ectopic-risk-factors', when: { stages: ['early'], ectopicRisk: [...yesOrNotSure] }, urgency: 'urgent', causes: ['ectopic'], sources: ['S15', 'S8'] },
  { id: 'low-lying-placenta-from-20', when: { stages: ['mid'], weeks: { from: 20 }, lowLyingPlacenta: [...yesOrNotSure] }, causes: ['low-lying-placenta'], sources: ['S45', 'S20', 'S21'] },
  { id: 'low-lying-placenta-known', when: { stages: ['mid'], lowLyingPlacenta: ['yes'] }, urgency: 'urgent', causes: ['low-lying-placenta'], sources: ['S21', 'S45'] },
  { id: 'placenta-praevia-late', when: { stages: ['late'], lowLyingPlacenta: [...yesOrNotSure] }, causes: ['placenta-praevia'], sources: ['S20', 'S18', 'S4'] },
  { id: 'placenta-praevia-known', when: { stages: ['late', 'unknown'], lowLyingPlacenta: ['yes'] }, urgency: 'urgent', causes: ['placenta-praevia'], sources: ['S21', 'S20'] },
  { id: 'vasa-praevia-24-to-36', when: { stages: ['mid', 'late'], anyOf: ['fluid-leak'], weeks: { from: 24, to: 36 } }, urgency: 'emergency', causes: ['vasa-praevia'], sources: ['S5', 'S20', 'S58'] },
  { id: 'vasa-praevia-at-term', when: { stages: ['late'], anyOf: ['fluid-leak'], weeks: { from: 37 }, bleeding: ['light', 'heavy'] }, urgency: 'emergency', causes: ['vasa-praevia'], sources: ['S58', 'S20', 'S57'] },
  // Bleeding from 24 weeks is antepartum haemorrhage: abruption is always possible.
  { id: 'placental-abruption-from-24', when: { stages: ['mid', 'late'], weeks: { from: 24 } }, causes: ['placental-abruption'], sources: ['S52', 'S18', 'S49'] },
  { id: 'placental-abruption-emergency-signs', when: { stages: ['mid', 'late'], weeks: { from: 20 }, anyOf: ['severe-pain', 'trauma'] }, urgency: 'emergency', causes: ['placental-abruption'], sources: ['S26', 'S3', 'S4', 'S63'] },
  { id: 'placental-abruption-other-signs', when: { stages: ['mid', 'late'], weeks: { from: 20 }, anyOf: ['reduced-movements', 'headache-vision'] }, urgency: 'urgent', causes: ['placental-abruption'], sources: ['S26', 'S6', 'S4'] },
  { id: 'preterm-labour-waters', when: { stages: ['mid', 'late'], anyOf: ['fluid-leak'], weeks: { from: 24, to: 36 } }, urgency: 'emergency', causes: ['preterm-labour'], sources: ['S24', 'S5'] },
  { id: 'preterm-labour-pains', when: { stages: ['mid', 'late'], anyOf: ['contractions', 'mild-cramps'], weeks: { from: 24, to: 36 } }, urgency: 'urgent', causes: ['preterm-labour'], sources: ['S24', 'S54'] },
  { id: 'preterm-labour-late-spotting', when: { stages: ['late'], weeks: { to: 36 }, bleeding: ['spotting'] }, causes: ['preterm-labour'], sources: ['S24', 'S4'] },
  { id: 'cervical-after-sex', when: { anyOf: ['after-sex'], bleeding: ['spotting', 'light'] }, causes: ['cervical'], sources: ['S42', 'S4'] },
  { id: 'infection-fever', when: { anyOf: ['fever'] }, urgency: 'urgent', causes: ['infection'], sources: ['S42', 'S37', 'S1'] },
  { id: 'pre-eclampsia-signs', when: { anyOf: ['headache-vision'], weeks: { from: 20 } }, urgency: 'urgent', causes: ['pre-eclampsia'], sources: ['S10', 'S26'] },

  // No dating: the causes of any stage that the answers still allow, and nothing that needs a
  // pinned week. Baby movements or a low placenta seen at a scan rule out the earliest weeks.
  { id: 'weeks-unknown-usual-causes', when: { stages: ['unknown'] }, urgency: 'urgent', causes: ['threatened-miscarriage', 'placental-abruption'], sources: ['S15', 'S52', 'S18'] },
  { id: 'weeks-unknown-ectopic', when: { stages: ['unknown'], noneOf: ['reduced-movements'], lowLyingPlacenta: [...notYes] }, urgency: 'urgent', causes: ['ectopic'], sources: ['S15', 'S8'] },
  { id: 'weeks-unknown-movements-placenta', when: { stages: ['unknown'], anyOf: ['reduced-movements'], lowLyingPlacenta: [...yesOrNotSure] }, causes: ['placenta-praevia'], sources: ['S6', 'S20'] },
  { id: 'weeks-unknown-abruption-signs', when: { stages: ['unknown'], anyOf: ['severe-pain', 'trauma'] }, urgency: 'emergency', causes: ['placental-abruption'], sources: ['S26', 'S4', 'S63'] },
  { id: 'weeks-unknown-abruption-movements', when: { stages: ['unknown'], anyOf: ['reduced-movements'] }, urgency: 'urgent', causes: ['placental-abruption'], sources: ['S6', 'S26'] },

  // Causes that depend on the urgency: reassuring ones never on a card they would play down.
  { id: 'implantation-window', when: { stages: ['early'], weeks: { from: 3, to: 5 }, bleeding: ['spotting', 'light'], noneOf: SYMPTOMS.filter((s) => !IMPLANTATION_ALLOWS.includes(s)), outcome: ['prompt', 'urgent'] }, causes: ['implantation'], sources: ['S23', 'S42'] },
  { id: 'show-contractions', when: { stages: ['late'], anyOf: ['contractions'], weeks: { from: 37 }, bleeding: ['spotting', 'light'], lowLyingPlacenta: [...notYes], outcome: ['prompt', 'urgent'] }, causes: ['show'], sources: ['S1', 'S4', 'S24'] },
  { id: 'show-spotting', when: { stages: ['late'], weeks: { from: 37 }, bleeding: ['spotting'], lowLyingPlacenta: [...notYes], outcome: ['prompt', 'urgent'] }, causes: ['show'], sources: ['S1', 'S4'] },
  { id: 'cervical-light-painless', when: { stages: ['early', 'mid', 'late'], bleeding: ['spotting', 'light'], noneOf: [...pain, 'trauma'], outcome: ['prompt', 'urgent'] }, causes: ['cervical'], sources: ['S42', 'S4'] },
  // Never an empty or reassuring-only list on an urgent or emergency card (SPEC §4). From 5
  // weeks, and at 14 weeks or more, another row always names a cause that is not reassuring;
  // this row covers the first weeks, when ectopic risk is "no" and there is no pain.
  { id: 'usual-causes-early', when: { stages: ['early'], outcome: ['urgent', 'emergency'], noOtherCause: true }, causes: ['threatened-miscarriage'], sources: ['S42', 'S28'] },

  // The action for the urgency (SPEC §5, band 1).
  { id: 'action-emergency', when: { outcome: ['emergency'] }, advice: ['call-emergency'], sources: ['S7', 'S22', 'S38'] },
  { id: 'action-urgent', when: { outcome: ['urgent'] }, advice: ['call-now', 'if-closed'], sources: ['S27', 'S22', 'S1', 'S8'] },
  { id: 'action-prompt', when: { outcome: ['prompt'] }, advice: ['contact-within-24h', 'if-closed'], sources: ['S1', 'S22'] },
  { id: 'attend-now-placenta', when: { outcome: ['urgent'], lowLyingPlacenta: [...yesOrNotSure], weeks: { from: 14 } }, advice: ['attend-now'], sources: ['S21', 'S4'] },
  { id: 'attend-now-waters', when: { outcome: ['urgent'], anyOf: ['fluid-leak'] }, advice: ['attend-now'], sources: ['S24', 'S57'] },
  { id: 'attend-now-contractions', when: { outcome: ['urgent'], anyOf: ['contractions'], weeks: { to: 36 } }, advice: ['attend-now'], sources: ['S24'] },
  { id: 'attend-now-movements', when: { outcome: ['urgent'], anyOf: ['reduced-movements'], weeks: { from: 24 } }, advice: ['attend-now'], sources: ['S6', 'S53'] },

  // The safety net, only where the person is not already told to call the emergency number (band 2).
  { id: 'safety-net', when: { outcome: ['urgent', 'prompt'] }, advice: ['safety-net', 'call-anyway'], sources: ['S4', 'S7', 'S22', 'S23', 'S27'] },
  // Waters from 24 weeks; at a pinned term week, staining with the waters goes to the unit.
  { id: 'safety-net-waters', when: { outcome: ['urgent', 'prompt'], weeks: { from: 24, to: 36 } }, advice: ['safety-net-24'], sources: ['S5', 'S20', 'S24'] },
  { id: 'safety-net-waters-at-term', when: { outcome: ['urgent', 'prompt'], allWeeks: { from: 37 } }, advice: ['safety-net-term'], sources: ['S57', 'S58'] },
  // Fewer movements go to the maternity unit, not the emergency number; not said twice.
  { id: 'safety-net-movements', when: { outcome: ['urgent', 'prompt'], weeks: { from: 24 }, noneOf: ['reduced-movements'] }, advice: ['safety-net-movements'], sources: ['S53', 'S6'] },

  // While you wait, and what to bring: on every card (band 3).
  { id: 'while-waiting', when: {}, advice: ['what-to-tell', 'keep-pads'], sources: ['S38', 'S22', 'S22b'] },
  { id: 'while-waiting-placenta', when: { lowLyingPlacenta: [...yesOrNotSure] }, advice: ['what-to-tell-placenta'], sources: ['S38'] },
  { id: 'while-waiting-emergency', when: { outcome: ['emergency'] }, advice: ['if-worse-while-waiting'], sources: ['S56', 'S60'] },

  // Good to know, on urgent and within-24-hours cards (band 4).
  { id: 'rhesus-from-12', when: { outcome: ['urgent', 'prompt'], weeks: { from: 12 } }, advice: ['rhesus'], sources: ['S38', 'S16', 'S59'] },
  { id: 'tell-low-placenta', when: { outcome: ['urgent', 'prompt'], lowLyingPlacenta: [...yesOrNotSure] }, advice: ['tell-low-placenta'], sources: ['S38'] },
  { id: 'may-scan', when: { outcome: ['urgent', 'prompt'], stages: ['early', 'unknown'] }, advice: ['may-scan'], sources: ['S61', 'S62', 'S28'] },
  { id: 'may-stay-from-24', when: { outcome: ['urgent', 'prompt'], weeks: { from: 24 } }, advice: ['may-stay'], sources: ['S39', 'S1'] },
  { id: 'no-sex', when: { outcome: ['urgent', 'prompt'] }, advice: ['no-sex'], sources: ['S36'] },
  { id: 'movements-from-24', when: { outcome: ['urgent', 'prompt'], weeks: { from: 24 } }, advice: ['movements-24'], sources: ['S6', 'S25', 'S53'] },
  { id: 'trauma-private', when: { anyOf: ['trauma'] }, advice: ['trauma-private'], sources: ['S39'] },
  { id: 'loss-support-before-24', when: { outcome: ['urgent', 'prompt'], weeks: { to: 23 } }, advice: ['loss-support'], sources: ['S22'] },
]);
