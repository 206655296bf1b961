import { expect } from '@open-wc/testing';
import { ADVICE, RULES, triage, type AdviceId, type TriageInput } from '../../src/engine/index.js';
import { at, describeInput } from './inputs.js';

/**
 * Every row of the rule table, with inputs where clinical/SPEC.md says it applies and inputs
 * where it must not (usually the nearest miss: the week before, the stage beside, the
 * symptom without its partner). Written from the SPEC, not from the table.
 */
const ROWS: Record<string, { fires: TriageInput[]; silent: TriageInput[] }> = {
  // Emergency at every week.
  'heavy-bleeding': {
    fires: [at(8, [], { bleeding: 'heavy' }), at(40, [], { bleeding: 'heavy' }), at('unknown', [], { bleeding: 'heavy' }), at('second', [], { bleeding: 'heavy' })],
    silent: [at(8), at(30, ['clots-or-tissue', 'severe-pain'], { bleeding: 'spotting' })],
  },
  'severe-pain': {
    fires: [at(6, ['severe-pain']), at(30, ['severe-pain']), at('unknown', ['severe-pain'])],
    silent: [at(6, ['mild-cramps', 'one-sided-pain']), at(30, [], { bleeding: 'heavy' })],
  },
  'dizziness-fainting': {
    fires: [at(8, ['dizziness-fainting']), at(35, ['dizziness-fainting'])],
    silent: [at(8), at(8, ['worried'])],
  },
  'shoulder-tip-pain': {
    fires: [at(6, ['shoulder-tip-pain']), at(30, ['shoulder-tip-pain']), at('first', ['shoulder-tip-pain'])],
    silent: [at(6, ['one-sided-pain'])],
  },
  'very-unwell': {
    fires: [at(6, ['very-unwell']), at(30, ['very-unwell']), at('unknown', ['very-unwell'])],
    silent: [at(6, ['worried']), at(30, ['fever'])],
  },
  'fever-with-clots': {
    fires: [at(10, ['fever', 'clots-or-tissue']), at(30, ['fever', 'clots-or-tissue'])],
    silent: [at(10, ['fever']), at(10, ['clots-or-tissue']), at(10, ['fever', 'worried'])],
  },
  'trauma-with-pain': {
    fires: [at(10, ['trauma', 'mild-cramps']), at(30, ['trauma', 'contractions']), at(5, ['trauma', 'pain-toilet'])],
    silent: [at(10, ['trauma']), at(10, ['trauma', 'nausea', 'reduced-movements']), at(10, ['mild-cramps'])],
  },
  // Emergency from 20 and 24 weeks.
  'trauma-from-20': {
    fires: [at(20, ['trauma']), at(45, ['trauma']), at('unknown', ['trauma']), at('second', ['trauma']), at('third', ['trauma'])],
    silent: [at(19, ['trauma']), at('first', ['trauma']), at(30)],
  },
  'fluid-leak-24-to-36': {
    fires: [at(24, ['fluid-leak']), at(36, ['fluid-leak'], { bleeding: 'spotting' }), at('third', ['fluid-leak'], { bleeding: 'spotting' }), at('second', ['fluid-leak']), at('unknown', ['fluid-leak'])],
    silent: [at(23, ['fluid-leak']), at(37, ['fluid-leak']), at('first', ['fluid-leak']), at(30)],
  },
  'fluid-leak-at-term-with-bleeding': {
    fires: [at(37, ['fluid-leak']), at(45, ['fluid-leak'], { bleeding: 'heavy' }), at('third', ['fluid-leak']), at('unknown', ['fluid-leak'])],
    silent: [at(37, ['fluid-leak'], { bleeding: 'spotting' }), at(36, ['fluid-leak']), at(40), at('second', ['fluid-leak'])],
  },
  'reduced-movements-with-pain-from-24': {
    fires: [at(24, ['reduced-movements', 'mild-cramps']), at(30, ['reduced-movements', 'contractions']), at('unknown', ['reduced-movements', 'one-sided-pain'])],
    silent: [at(23, ['reduced-movements', 'mild-cramps']), at(30, ['reduced-movements']), at(30, ['mild-cramps'])],
  },
  // Urgent.
  'one-sided-pain': { fires: [at(6, ['one-sided-pain']), at(30, ['one-sided-pain'])], silent: [at(6, ['severe-pain'])] },
  'clots-or-tissue': { fires: [at(10, ['clots-or-tissue']), at(30, ['clots-or-tissue'])], silent: [at(10, [], { bleeding: 'heavy' })] },
  'mild-cramps': { fires: [at(10, ['mild-cramps']), at(38, ['mild-cramps'])], silent: [at(10, ['one-sided-pain'])] },
  contractions: { fires: [at(10, ['contractions']), at(38, ['contractions'])], silent: [at(38, ['mild-cramps'])] },
  'fluid-leak': { fires: [at(10, ['fluid-leak']), at(38, ['fluid-leak'], { bleeding: 'spotting' })], silent: [at(10)] },
  fever: { fires: [at(6, ['fever']), at(30, ['fever'])], silent: [at(6, ['very-unwell'])] },
  'headache-vision': { fires: [at(10, ['headache-vision']), at(30, ['headache-vision'])], silent: [at(30, ['nausea'])] },
  trauma: { fires: [at(10, ['trauma']), at(30, ['trauma'])], silent: [at(10, ['after-sex'])] },
  'pain-toilet': { fires: [at(6, ['pain-toilet']), at(30, ['pain-toilet'])], silent: [at(6, ['mild-cramps'])] },
  worried: { fires: [at(6, ['worried']), at(30, ['worried'])], silent: [at(6, ['very-unwell']), at(6, ['nausea'])] },
  'ectopic-risk': {
    fires: [at(13, [], { ectopicRisk: true }), at(5, [], { ectopicRisk: true }), at(8), at('first'), at('unknown')],
    silent: [at(14, [], { ectopicRisk: true }), at(8, [], { ectopicRisk: false }), at('second'), at('second', [], { ectopicRisk: true })],
  },
  'low-lying-placenta': {
    fires: [at(14, [], { lowLyingPlacenta: true }), at(30), at('second'), at('third'), at('unknown')],
    silent: [at(13, [], { lowLyingPlacenta: true }), at(30, [], { lowLyingPlacenta: false }), at('first', [], { lowLyingPlacenta: true })],
  },
  'reduced-movements-from-24': {
    fires: [at(24, ['reduced-movements']), at(40, ['reduced-movements']), at('second', ['reduced-movements'])],
    silent: [at(23, ['reduced-movements']), at('first', ['reduced-movements']), at(30)],
  },
  // The floor.
  'bleeding-before-12': { fires: [at(0), at(11), at('first'), at('unknown')], silent: [at(12), at(40), at('second')] },
  'bleeding-from-12': { fires: [at(12), at(45), at('first'), at('second'), at('unknown')], silent: [at(11), at(0)] },
  // Causes.
  'threatened-miscarriage-early': { fires: [at(5), at(13), at('first')], silent: [at(4), at(14), at('unknown'), at('second')] },
  'threatened-miscarriage-cramps': {
    fires: [at(3, ['mild-cramps']), at(13, ['mild-cramps']), at('first', ['mild-cramps'])],
    silent: [at(14, ['mild-cramps']), at('unknown', ['mild-cramps']), at(3)],
  },
  'threatened-miscarriage-mid': { fires: [at(14), at(23), at('second')], silent: [at(13), at(24), at('unknown'), at('third')] },
  'miscarriage-clots': {
    fires: [at(10, ['clots-or-tissue']), at(23, ['clots-or-tissue']), at('unknown', ['clots-or-tissue']), at('second', ['clots-or-tissue'])],
    silent: [at(24, ['clots-or-tissue']), at('third', ['clots-or-tissue']), at(10)],
  },
  'miscarriage-heavy': {
    fires: [at(6, [], { bleeding: 'heavy' }), at(23, [], { bleeding: 'heavy' }), at('unknown', [], { bleeding: 'heavy' })],
    silent: [at(24, [], { bleeding: 'heavy' }), at('third', [], { bleeding: 'heavy' }), at(6)],
  },
  'ectopic-pain': {
    fires: [at(8, ['mild-cramps']), at(8, ['one-sided-pain']), at(8, ['contractions']), at(8, ['pain-toilet']), at('first', ['one-sided-pain'])],
    silent: [at(14, ['one-sided-pain']), at('second', ['one-sided-pain']), at('unknown', ['one-sided-pain']), at(8, ['severe-pain']), at(8)],
  },
  'ectopic-emergency-signs': {
    fires: [at(8, ['severe-pain']), at(8, ['dizziness-fainting']), at('first', ['shoulder-tip-pain'])],
    silent: [at(20, ['severe-pain']), at('unknown', ['severe-pain']), at(8, ['one-sided-pain'])],
  },
  'ectopic-risk-factors': {
    fires: [at(8, [], { ectopicRisk: true }), at(8), at('first')],
    silent: [at(8, [], { ectopicRisk: false }), at(20, [], { ectopicRisk: true }), at('unknown', [], { ectopicRisk: true })],
  },
  'low-lying-placenta-from-20': {
    fires: [at(20), at(27, [], { lowLyingPlacenta: true }), at('second')],
    silent: [at(19), at(22, [], { lowLyingPlacenta: false }), at(28), at('unknown')],
  },
  'low-lying-placenta-known': {
    fires: [at(14, [], { lowLyingPlacenta: true }), at('second', [], { lowLyingPlacenta: true })],
    silent: [at(14), at(30, [], { lowLyingPlacenta: true }), at('unknown', [], { lowLyingPlacenta: true })],
  },
  'placenta-praevia-late': {
    fires: [at(28), at(40, [], { lowLyingPlacenta: true }), at('third')],
    silent: [at(27), at(30, [], { lowLyingPlacenta: false }), at('unknown')],
  },
  'placenta-praevia-known': {
    fires: [at(30, [], { lowLyingPlacenta: true }), at('third', [], { lowLyingPlacenta: true }), at('unknown', [], { lowLyingPlacenta: true })],
    silent: [at(30), at(20, [], { lowLyingPlacenta: true }), at('unknown')],
  },
  'vasa-praevia-24-to-36': {
    fires: [at(24, ['fluid-leak']), at(36, ['fluid-leak'], { bleeding: 'spotting' }), at('second', ['fluid-leak']), at('third', ['fluid-leak'])],
    silent: [at(23, ['fluid-leak']), at(37, ['fluid-leak']), at('unknown', ['fluid-leak']), at(30)],
  },
  'vasa-praevia-at-term': {
    fires: [at(37, ['fluid-leak']), at(42, ['fluid-leak'], { bleeding: 'heavy' }), at('third', ['fluid-leak'])],
    silent: [at(37, ['fluid-leak'], { bleeding: 'spotting' }), at(36, ['fluid-leak']), at('unknown', ['fluid-leak'])],
  },
  'placental-abruption-from-24': {
    fires: [at(24, [], { lowLyingPlacenta: false }), at(45, [], { bleeding: 'spotting' }), at('second'), at('third')],
    silent: [at(23), at('first'), at('unknown')],
  },
  'placental-abruption-emergency-signs': {
    fires: [at(20, ['severe-pain']), at(30, ['trauma']), at('second', ['trauma'])],
    silent: [at(19, ['severe-pain']), at('unknown', ['trauma']), at(30)],
  },
  'placental-abruption-other-signs': {
    fires: [at(20, ['reduced-movements']), at(30, ['headache-vision']), at('second', ['headache-vision'])],
    silent: [at(19, ['headache-vision']), at('unknown', ['headache-vision']), at(30, ['fever'])],
  },
  'preterm-labour-waters': {
    fires: [at(24, ['fluid-leak']), at(36, ['fluid-leak']), at('second', ['fluid-leak'])],
    silent: [at(23, ['fluid-leak']), at(37, ['fluid-leak']), at('unknown', ['fluid-leak'])],
  },
  'preterm-labour-pains': {
    fires: [at(24, ['contractions']), at(36, ['mild-cramps']), at('second', ['mild-cramps']), at('third', ['contractions'])],
    silent: [at(23, ['contractions']), at(37, ['mild-cramps']), at('unknown', ['contractions']), at(30, ['one-sided-pain'])],
  },
  'preterm-labour-late-spotting': {
    fires: [at(28, [], { bleeding: 'spotting' }), at(36, [], { bleeding: 'spotting' }), at('third', [], { bleeding: 'spotting' })],
    silent: [at(27, [], { bleeding: 'spotting' }), at(37, [], { bleeding: 'spotting' }), at(30), at('unknown', [], { bleeding: 'spotting' })],
  },
  'cervical-after-sex': {
    fires: [at(8, ['after-sex']), at(30, ['after-sex', 'severe-pain']), at('unknown', ['after-sex'], { bleeding: 'spotting' })],
    silent: [at(8, ['after-sex'], { bleeding: 'heavy' }), at(8, ['mild-cramps'])],
  },
  'infection-fever': { fires: [at(8, ['fever']), at('unknown', ['fever'])], silent: [at(8)] },
  'pre-eclampsia-signs': {
    fires: [at(20, ['headache-vision']), at(30, ['headache-vision']), at('unknown', ['headache-vision']), at('second', ['headache-vision'])],
    silent: [at(19, ['headache-vision']), at('first', ['headache-vision']), at(30)],
  },
  'weeks-unknown-usual-causes': {
    fires: [at('unknown'), at('unknown', ['severe-pain'], { bleeding: 'heavy' })],
    silent: [at('first'), at('third'), at(30)],
  },
  'weeks-unknown-ectopic': {
    fires: [at('unknown'), at('unknown', [], { ectopicRisk: false, lowLyingPlacenta: false })],
    silent: [at('unknown', ['reduced-movements']), at('unknown', [], { lowLyingPlacenta: true }), at('first', ['one-sided-pain'])],
  },
  'weeks-unknown-movements-placenta': {
    fires: [at('unknown', ['reduced-movements']), at('unknown', ['reduced-movements'], { lowLyingPlacenta: true })],
    silent: [at('unknown', ['reduced-movements'], { lowLyingPlacenta: false }), at('unknown'), at(30, ['reduced-movements'])],
  },
  'weeks-unknown-abruption-signs': {
    fires: [at('unknown', ['trauma']), at('unknown', ['severe-pain'])],
    silent: [at('unknown', ['reduced-movements']), at(10, ['trauma']), at('third', ['severe-pain'])],
  },
  'weeks-unknown-abruption-movements': {
    fires: [at('unknown', ['reduced-movements'])],
    silent: [at('unknown', ['headache-vision']), at(30, ['reduced-movements'])],
  },
  // Causes once the urgency is known.
  'implantation-window': {
    fires: [at(3, [], { bleeding: 'spotting', ectopicRisk: false }), at(5, [], { ectopicRisk: false }), at(4, ['nausea', 'after-sex'], { ectopicRisk: false }), at(4, [], { bleeding: 'spotting' }), at(4, ['worried'], { ectopicRisk: false })],
    silent: [
      at(6, [], { bleeding: 'spotting', ectopicRisk: false }),
      at(2, [], { bleeding: 'spotting', ectopicRisk: false }),
      at(4, ['mild-cramps'], { ectopicRisk: false }),
      at(4, [], { bleeding: 'heavy', ectopicRisk: false }),
      at(4, ['fever'], { ectopicRisk: false }),
      at(4, ['very-unwell'], { ectopicRisk: false }),
      at('unknown', [], { bleeding: 'spotting' }),
    ],
  },
  'show-contractions': {
    fires: [at(37, ['contractions']), at(45, ['contractions'], { bleeding: 'spotting' }), at('third', ['contractions'])],
    silent: [at(36, ['contractions']), at(38, ['contractions'], { bleeding: 'heavy' }), at(38, ['contractions'], { lowLyingPlacenta: true }), at(38, ['contractions', 'severe-pain']), at('unknown', ['contractions'])],
  },
  'show-spotting': {
    fires: [at(37, [], { bleeding: 'spotting' }), at('third', [], { bleeding: 'spotting' })],
    silent: [at(36, [], { bleeding: 'spotting' }), at(38), at(38, [], { bleeding: 'spotting', lowLyingPlacenta: true }), at(38, ['fluid-leak', 'shoulder-tip-pain'], { bleeding: 'spotting' }), at('unknown', [], { bleeding: 'spotting' })],
  },
  'cervical-light-painless': {
    fires: [at(8, [], { bleeding: 'spotting' }), at(30, ['nausea', 'fever']), at('first'), at('third')],
    silent: [at(8, [], { bleeding: 'heavy' }), at(30, ['mild-cramps']), at(30, ['pain-toilet']), at(10, ['trauma']), at(10, ['very-unwell']), at('unknown')],
  },
  'usual-causes-early': {
    fires: [at(0, ['worried'], { ectopicRisk: false }), at(2, ['very-unwell'], { ectopicRisk: false }), at(4, ['trauma'], { ectopicRisk: false })],
    silent: [at(2, [], { ectopicRisk: false }), at(4, ['fever'], { ectopicRisk: false }), at(4, ['worried']), at(8, ['worried']), at('unknown', ['worried'])],
  },
  // The action.
  'action-emergency': { fires: [at(30, [], { bleeding: 'heavy' }), at(8, ['severe-pain'])], silent: [at(30)] },
  'action-urgent': { fires: [at(30), at(8)], silent: [at(8, [], { ectopicRisk: false }), at(30, [], { bleeding: 'heavy' })] },
  'action-prompt': { fires: [at(8, [], { ectopicRisk: false })], silent: [at(12, [], { ectopicRisk: false }), at(8)] },
  'attend-now-placenta': {
    fires: [at(14), at(30, [], { lowLyingPlacenta: true }), at('second'), at('unknown')],
    silent: [at(30, [], { lowLyingPlacenta: false }), at(10, [], { lowLyingPlacenta: true }), at('first'), at(30, [], { bleeding: 'heavy' })],
  },
  'attend-now-waters': {
    fires: [at(10, ['fluid-leak']), at(38, ['fluid-leak'], { bleeding: 'spotting' })],
    silent: [at(30, ['fluid-leak']), at(38, ['fluid-leak']), at(10)],
  },
  'attend-now-contractions': {
    fires: [at(36, ['contractions']), at(10, ['contractions']), at('third', ['contractions']), at('unknown', ['contractions'])],
    silent: [at(37, ['contractions']), at(30, ['mild-cramps']), at(30, ['contractions'], { bleeding: 'heavy' })],
  },
  'attend-now-movements': {
    fires: [at(24, ['reduced-movements']), at(40, ['reduced-movements']), at('unknown', ['reduced-movements'])],
    silent: [at(23, ['reduced-movements']), at(30, ['reduced-movements', 'mild-cramps'])],
  },
  // The safety net.
  'safety-net': { fires: [at(8, [], { ectopicRisk: false }), at(30)], silent: [at(30, [], { bleeding: 'heavy' }), at(8, ['very-unwell'])] },
  'safety-net-waters': {
    fires: [at(24), at(36), at('second'), at('third'), at('unknown')],
    silent: [at(23), at(37), at('first'), at(30, ['severe-pain'])],
  },
  'safety-net-waters-at-term': {
    fires: [at(37), at(45, [], { bleeding: 'spotting' })],
    silent: [at(36), at('third'), at('unknown'), at(40, ['fluid-leak'])],
  },
  'safety-net-movements': {
    fires: [at(24), at(40), at('second'), at('unknown')],
    silent: [at(23), at(30, ['reduced-movements']), at('first'), at(30, [], { bleeding: 'heavy' })],
  },
  // While you wait.
  'while-waiting': { fires: [at(0), at(45, [], { bleeding: 'heavy' }), at('unknown', ['severe-pain'])], silent: [] },
  'while-waiting-placenta': {
    fires: [at(14), at(30, [], { lowLyingPlacenta: true }), at('unknown', [], { bleeding: 'heavy' })],
    silent: [at(30, [], { lowLyingPlacenta: false }), at(13), at('first')],
  },
  'while-waiting-emergency': { fires: [at(30, [], { bleeding: 'heavy' }), at(8, ['very-unwell'])], silent: [at(30), at(8, ['worried'])] },
  // Good to know.
  'rhesus-from-12': { fires: [at(12), at('first'), at('unknown')], silent: [at(11), at(30, [], { bleeding: 'heavy' })] },
  'tell-low-placenta': {
    fires: [at(14), at(30, [], { lowLyingPlacenta: true }), at('second'), at('unknown')],
    silent: [at(13), at('first'), at(30, [], { lowLyingPlacenta: false }), at(30, [], { bleeding: 'heavy' })],
  },
  'may-scan': { fires: [at(0), at(13), at('first'), at('unknown')], silent: [at(14), at('second'), at(8, ['severe-pain'])] },
  'may-stay-from-24': { fires: [at(24), at('second'), at('third'), at('unknown')], silent: [at(23), at('first'), at(30, ['trauma'])] },
  'no-sex': { fires: [at(8, [], { ectopicRisk: false }), at(30)], silent: [at(30, [], { bleeding: 'heavy' })] },
  'movements-from-24': { fires: [at(24), at('second'), at('third'), at('unknown')], silent: [at(23), at('first'), at(30, ['severe-pain'])] },
  'trauma-private': { fires: [at(8, ['trauma']), at(30, ['trauma'])], silent: [at(8), at(30, ['severe-pain'])] },
  'loss-support-before-24': {
    fires: [at(8, [], { ectopicRisk: false }), at(23), at('unknown'), at('second')],
    silent: [at(24), at(8, [], { bleeding: 'heavy' }), at('third')],
  },
};

const firedIds = (input: TriageInput) => triage(input).fired.map((fired) => fired.ruleId);
/** An advice item shows, or the fuller line that replaces it does (what-to-tell → what-to-tell-placenta). */
const shows = (advice: readonly AdviceId[], id: AdviceId) =>
  advice.includes(id) || ADVICE.some((item) => item.replaces === id && advice.includes(item.id));

describe('rule table rows', () => {
  it('has examples for every row, and no examples for rows that do not exist', () => {
    expect(Object.keys(ROWS).sort()).to.deep.equal(RULES.map((rule) => rule.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('fires where the SPEC says it applies', () => {
        expect(ROWS[rule.id]?.fires.length, 'at least one positive example').to.be.greaterThan(0);
        for (const input of ROWS[rule.id].fires) {
          expect(firedIds(input), describeInput(input)).to.include(rule.id);
        }
      });

      it('stays silent where it must not apply', () => {
        for (const input of ROWS[rule.id]?.silent ?? []) {
          expect(firedIds(input), describeInput(input)).not.to.include(rule.id);
        }
      });

      it('applies its effects whenever it fires', () => {
        for (const input of ROWS[rule.id]?.fires ?? []) {
          const result = triage(input);
          const fired = result.fired.find((entry) => entry.ruleId === rule.id)!;
          expect(fired.sources).to.deep.equal(rule.sources);
          expect(fired.urgency).to.equal(rule.urgency);
          for (const advice of rule.advice ?? []) expect(shows(result.advice, advice), `${advice}: ${describeInput(input)}`).to.equal(true);
          for (const cause of rule.causes ?? []) {
            const listed = result.causes.find((entry) => entry.id === cause);
            expect(listed?.ruleIds, describeInput(input)).to.include(rule.id);
          }
        }
      });
    });
  }
});
