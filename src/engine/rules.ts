import { deepFreeze } from './freeze.js';
import type { Rule } from './types.js';
import { ANY_PAIN } from './vocabulary.js';

/** Bumped whenever a rule, cause or advice item changes; results carry it. */
export const RULESET_VERSION = '1.0.0';

const pain = [...ANY_PAIN];

/**
 * The rule table: clinical/GUIDANCE.md §10 as clinical/SPEC.md §3–§5 reads it, one row per
 * finding, each with the sources it rests on. Read top to bottom:
 *
 * - Rules without `causes`, `stages` or `outcome` decide urgency and advice. They are read
 *   at every week the answer could mean (a trimester at its widest, "not sure" at 0–45) and
 *   with "not sure" answers read both ways: the most urgent reading wins (SPEC §2).
 * - Rules with `causes` or `stages` name possible causes. They are read at the person's own
 *   stage; their urgency only ranks causes and never exceeds what the first group decides
 *   (a test holds them to it).
 * - Rules with `outcome` run last, once the urgency is known.
 *
 * The result's urgency is the highest of every rule that fires: no rule can lower another.
 */
export const RULES: readonly Rule[] = deepFreeze<Rule[]>([
  // Emergency at every week (SPEC §3).
  { id: 'heavy-bleeding', when: { bleeding: ['heavy'] }, urgency: 'emergency', sources: ['S22', 'S22b', 'S28', 'S7'] },
  { id: 'severe-pain', when: { anyOf: ['severe-pain'] }, urgency: 'emergency', sources: ['S7', 'S4', 'S8', 'S28'] },
  { id: 'dizziness-fainting', when: { anyOf: ['dizziness-fainting'] }, urgency: 'emergency', sources: ['S8', 'S22', 'S19', 'S44'] },
  { id: 'shoulder-tip-pain', when: { anyOf: ['shoulder-tip-pain'] }, urgency: 'emergency', sources: ['S8b', 'S9'] },
  { id: 'fever-with-clots-or-unwell', when: { allOf: ['fever'], anyOf: ['clots-or-tissue', 'unwell-or-worried'] }, urgency: 'emergency', sources: ['S37'] },
  { id: 'trauma-with-pain', when: { allOf: ['trauma'], anyOf: pain }, urgency: 'emergency', sources: ['S3'] },

  // Emergency from 20 and from 24 weeks.
  { id: 'trauma-from-20', when: { anyOf: ['trauma'], weeks: { from: 20 } }, urgency: 'emergency', sources: ['S3', 'S39'] },
  { id: 'fluid-leak-from-24', when: { anyOf: ['fluid-leak'], weeks: { from: 24 } }, urgency: 'emergency', sources: ['S5', 'S20'] },
  { id: 'reduced-movements-with-pain-from-24', when: { allOf: ['reduced-movements'], anyOf: pain, weeks: { from: 24 } }, urgency: 'emergency', sources: ['S6', 'S3'] },

  // Urgent at every week, or from the week given.
  { id: 'one-sided-pain', when: { anyOf: ['one-sided-pain'] }, urgency: 'urgent', sources: ['S8', 'S15'] },
  { id: 'clots-or-tissue', when: { anyOf: ['clots-or-tissue'] }, urgency: 'urgent', sources: ['S1', 'S9'] },
  { id: 'mild-cramps', when: { anyOf: ['mild-cramps'] }, urgency: 'urgent', sources: ['S1', 'S15'] },
  { id: 'contractions', when: { anyOf: ['contractions'] }, urgency: 'urgent', sources: ['S24', 'S1'] },
  { id: 'contractions-before-37', when: { anyOf: ['contractions'], weeks: { to: 36 } }, advice: ['attend-now'], sources: ['S24'] },
  { id: 'fluid-leak', when: { anyOf: ['fluid-leak'] }, urgency: 'urgent', advice: ['attend-now'], sources: ['S24', 'S5'] },
  { id: 'fever', when: { anyOf: ['fever'] }, urgency: 'urgent', sources: ['S1', 'S37'] },
  { id: 'headache-vision', when: { anyOf: ['headache-vision'] }, urgency: 'urgent', sources: ['S10', 'S7'] },
  { id: 'trauma', when: { anyOf: ['trauma'] }, urgency: 'urgent', advice: ['trauma-private'], sources: ['S3', 'S39'] },
  { id: 'pain-toilet', when: { anyOf: ['pain-toilet'] }, urgency: 'urgent', sources: ['S8', 'S9'] },
  { id: 'unwell-or-worried', when: { anyOf: ['unwell-or-worried'] }, urgency: 'urgent', sources: ['S1', 'S7'] },
  { id: 'ectopic-risk', when: { ectopicRisk: ['yes'], weeks: { to: 13 } }, urgency: 'urgent', sources: ['S15', 'S8'] },
  { id: 'low-lying-placenta', when: { lowLyingPlacenta: ['yes'], weeks: { from: 14 } }, urgency: 'urgent', advice: ['attend-now'], sources: ['S21', 'S4', 'S20'] },
  { id: 'reduced-movements-from-24', when: { anyOf: ['reduced-movements'], weeks: { from: 24 } }, urgency: 'urgent', advice: ['attend-now'], sources: ['S6', 'S25'] },

  // The floor: every bleeding in pregnancy is reported.
  { id: 'bleeding-before-12', when: { weeks: { to: 11 } }, urgency: 'prompt', sources: ['S1', 'S22'] },
  { id: 'bleeding-from-12', when: { weeks: { from: 12 } }, urgency: 'urgent', sources: ['S27', 'S22', 'S1'] },

  // Advice for everyone, and from the week it starts to matter (SPEC §5).
  { id: 'advice-for-everyone', when: {}, advice: ['safety-net', 'call-anyway', 'what-to-tell', 'pads-not-tampons', 'no-sex'], sources: ['S4', 'S7', 'S22', 'S38', 'S36'] },
  { id: 'advice-from-12', when: { weeks: { from: 12 } }, advice: ['rhesus'], sources: ['S38', 'S16', 'S1'] },
  { id: 'advice-from-14', when: { weeks: { from: 14 } }, advice: ['tell-low-placenta'], sources: ['S38'] },
  { id: 'advice-from-24', when: { weeks: { from: 24 } }, advice: ['safety-net-24', 'movements-24'], sources: ['S6', 'S24', 'S25'] },

  // Possible causes, at the person's own stage (SPEC §4).
  { id: 'threatened-miscarriage-early', when: { stages: ['early'], weeks: { from: 5 } }, causes: ['threatened-miscarriage'], sources: ['S42', 'S28'] },
  { id: 'threatened-miscarriage-cramps', when: { stages: ['early'], anyOf: ['mild-cramps'] }, urgency: 'urgent', causes: ['threatened-miscarriage'], sources: ['S42', 'S9'] },
  { id: 'threatened-miscarriage-mid', when: { stages: ['mid'], weeks: { to: 23 } }, causes: ['threatened-miscarriage'], sources: ['S47', 'S5'] },
  { id: 'miscarriage-clots', when: { anyOf: ['clots-or-tissue'], weeks: { to: 23 } }, urgency: 'urgent', causes: ['miscarriage'], sources: ['S9', 'S1', 'S47'] },
  { id: 'miscarriage-heavy', when: { bleeding: ['heavy'], weeks: { to: 23 } }, urgency: 'emergency', causes: ['miscarriage'], sources: ['S9', 'S22', 'S47'] },
  { id: 'ectopic-pain', when: { stages: ['early', 'unknown'], anyOf: ['mild-cramps', 'one-sided-pain', 'contractions', 'pain-toilet'] }, urgency: 'urgent', causes: ['ectopic'], sources: ['S8', 'S9', 'S15'] },
  { id: 'ectopic-emergency-signs', when: { stages: ['early', 'unknown'], anyOf: ['severe-pain', 'shoulder-tip-pain', 'dizziness-fainting'] }, urgency: 'emergency', causes: ['ectopic'], sources: ['S8', 'S8b'] },
  { id: 'ectopic-risk-factors', when: { stages: ['early', 'unknown'], ectopicRisk: ['yes'] }, urgency: 'urgent', causes: ['ectopic'], sources: ['S15', 'S8'] },
  { id: 'low-lying-placenta-from-20', when: { stages: ['mid'], weeks: { from: 20 }, lowLyingPlacenta: ['yes', 'not-sure'] }, causes: ['low-lying-placenta'], sources: ['S45', 'S20', 'S21'] },
  { id: 'low-lying-placenta-known', when: { stages: ['mid', 'unknown'], lowLyingPlacenta: ['yes'] }, urgency: 'urgent', causes: ['low-lying-placenta'], sources: ['S21', 'S45'] },
  { id: 'placenta-praevia-late', when: { stages: ['late'], lowLyingPlacenta: ['yes', 'not-sure'] }, causes: ['placenta-praevia'], sources: ['S20', 'S18', 'S4'] },
  { id: 'placenta-praevia-known', when: { stages: ['late'], lowLyingPlacenta: ['yes'] }, urgency: 'urgent', causes: ['placenta-praevia'], sources: ['S21', 'S20'] },
  { id: 'placental-abruption-late', when: { stages: ['late'] }, causes: ['placental-abruption'], sources: ['S18', 'S26', 'S44'] },
  { id: 'placental-abruption-emergency-signs', when: { stages: ['mid', 'late'], weeks: { from: 20 }, anyOf: ['severe-pain', 'trauma'] }, urgency: 'emergency', causes: ['placental-abruption'], sources: ['S26', 'S3', 'S4'] },
  { id: 'placental-abruption-other-signs', when: { stages: ['mid', 'late'], weeks: { from: 20 }, anyOf: ['reduced-movements', 'headache-vision'] }, urgency: 'urgent', causes: ['placental-abruption'], sources: ['S26', 'S6', 'S4'] },
  { id: 'placental-abruption-weeks-unknown-pain', when: { stages: ['unknown'], anyOf: ['severe-pain'] }, urgency: 'emergency', causes: ['placental-abruption'], sources: ['S26', 'S4'] },
  { id: 'placental-abruption-weeks-unknown-movements', when: { stages: ['unknown'], anyOf: ['reduced-movements'] }, urgency: 'urgent', causes: ['placental-abruption'], sources: ['S6', 'S26'] },
  { id: 'preterm-labour-contractions', when: { anyOf: ['contractions'], weeks: { from: 24, to: 36 } }, urgency: 'urgent', causes: ['preterm-labour'], sources: ['S24'] },
  { id: 'preterm-labour-waters', when: { anyOf: ['fluid-leak'], weeks: { from: 24, to: 36 } }, urgency: 'emergency', causes: ['preterm-labour'], sources: ['S24', 'S5'] },
  { id: 'preterm-labour-late-spotting', when: { stages: ['late'], weeks: { to: 36 }, bleeding: ['spotting'] }, causes: ['preterm-labour'], sources: ['S24', 'S4'] },
  { id: 'show-contractions', when: { anyOf: ['contractions'], weeks: { from: 37 } }, urgency: 'urgent', causes: ['show'], sources: ['S1', 'S4', 'S24'] },
  { id: 'show-spotting', when: { stages: ['late'], weeks: { from: 37 }, bleeding: ['spotting'] }, causes: ['show'], sources: ['S1', 'S4'] },
  { id: 'cervical-after-sex', when: { anyOf: ['after-sex'] }, causes: ['cervical'], sources: ['S42', 'S4'] },
  { id: 'cervical-light-painless', when: { bleeding: ['spotting', 'light'], noneOf: pain }, causes: ['cervical'], sources: ['S42', 'S4'] },
  { id: 'infection-fever', when: { anyOf: ['fever'] }, urgency: 'urgent', causes: ['infection'], sources: ['S42', 'S37', 'S1'] },
  { id: 'pre-eclampsia-signs', when: { anyOf: ['headache-vision'], weeks: { from: 20 } }, urgency: 'urgent', causes: ['pre-eclampsia'], sources: ['S10', 'S26'] },

  // Once the urgency is known: the action for it, and what depends on it.
  { id: 'implantation-window', when: { weeks: { from: 3, to: 5 }, bleeding: ['spotting', 'light'], noneOf: pain, outcome: ['prompt'] }, causes: ['implantation'], sources: ['S23', 'S42'] },
  { id: 'action-emergency', when: { outcome: ['emergency'] }, advice: ['call-emergency'], sources: ['S7', 'S22', 'S38'] },
  { id: 'action-urgent', when: { outcome: ['urgent'] }, advice: ['call-now', 'if-closed'], sources: ['S27', 'S22', 'S1', 'S8'] },
  { id: 'action-prompt', when: { outcome: ['prompt'] }, advice: ['contact-within-24h', 'if-closed'], sources: ['S1', 'S22'] },
  { id: 'loss-support-before-24', when: { weeks: { to: 23 }, outcome: ['urgent', 'prompt'] }, advice: ['loss-support'], sources: ['S22'] },
]);
