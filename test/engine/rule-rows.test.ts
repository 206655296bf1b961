import { expect } from '@open-wc/testing';
import { RULES, triage, type TriageInput } from '../../src/engine/index.js';
import { at, describeInput } from './inputs.js';

/**
 * Every row of the rule table, with inputs where clinical/SPEC.md says it applies and inputs
 * where it must not (usually the nearest miss: the week before, the stage beside, the
 * symptom without its partner). Written from the SPEC, not from the table.
 */
const ROWS: Record<string, { fires: TriageInput[]; silent: TriageInput[] }> = {
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
    silent: [at(8), at(8, ['unwell-or-worried'])],
  },
  'shoulder-tip-pain': {
    fires: [at(6, ['shoulder-tip-pain']), at(30, ['shoulder-tip-pain']), at('first', ['shoulder-tip-pain'])],
    silent: [at(6, ['one-sided-pain'])],
  },
  'fever-with-clots-or-unwell': {
    fires: [at(10, ['fever', 'clots-or-tissue']), at(30, ['fever', 'unwell-or-worried'])],
    silent: [at(10, ['fever']), at(10, ['clots-or-tissue', 'unwell-or-worried'])],
  },
  'trauma-with-pain': {
    fires: [at(10, ['trauma', 'mild-cramps']), at(30, ['trauma', 'contractions']), at(5, ['trauma', 'pain-toilet'])],
    silent: [at(10, ['trauma']), at(10, ['trauma', 'nausea', 'reduced-movements']), at(10, ['mild-cramps'])],
  },
  'trauma-from-20': {
    fires: [at(20, ['trauma']), at(45, ['trauma']), at('unknown', ['trauma']), at('second', ['trauma']), at('third', ['trauma'])],
    silent: [at(19, ['trauma']), at('first', ['trauma']), at(30)],
  },
  'fluid-leak-from-24': {
    fires: [at(24, ['fluid-leak']), at(36, ['fluid-leak']), at('third', ['fluid-leak']), at('second', ['fluid-leak']), at('unknown', ['fluid-leak'])],
    silent: [at(23, ['fluid-leak']), at('first', ['fluid-leak']), at(30)],
  },
  'reduced-movements-with-pain-from-24': {
    fires: [at(24, ['reduced-movements', 'mild-cramps']), at(30, ['reduced-movements', 'contractions']), at('unknown', ['reduced-movements', 'one-sided-pain'])],
    silent: [at(23, ['reduced-movements', 'mild-cramps']), at(30, ['reduced-movements']), at(30, ['mild-cramps'])],
  },
  'one-sided-pain': { fires: [at(6, ['one-sided-pain']), at(30, ['one-sided-pain'])], silent: [at(6, ['severe-pain'])] },
  'clots-or-tissue': { fires: [at(10, ['clots-or-tissue']), at(30, ['clots-or-tissue'])], silent: [at(10, [], { bleeding: 'heavy' })] },
  'mild-cramps': { fires: [at(10, ['mild-cramps']), at(38, ['mild-cramps'])], silent: [at(10, ['one-sided-pain'])] },
  contractions: { fires: [at(10, ['contractions']), at(38, ['contractions'])], silent: [at(38, ['mild-cramps'])] },
  'contractions-before-37': {
    fires: [at(36, ['contractions']), at(10, ['contractions']), at('third', ['contractions']), at('unknown', ['contractions'])],
    silent: [at(37, ['contractions']), at(30, ['mild-cramps'])],
  },
  'fluid-leak': { fires: [at(10, ['fluid-leak']), at(30, ['fluid-leak'])], silent: [at(10)] },
  fever: { fires: [at(6, ['fever']), at(30, ['fever'])], silent: [at(6, ['unwell-or-worried'])] },
  'headache-vision': { fires: [at(10, ['headache-vision']), at(30, ['headache-vision'])], silent: [at(30)] },
  trauma: { fires: [at(10, ['trauma']), at(30, ['trauma'])], silent: [at(10, ['after-sex'])] },
  'pain-toilet': { fires: [at(6, ['pain-toilet']), at(30, ['pain-toilet'])], silent: [at(6, ['mild-cramps'])] },
  'unwell-or-worried': { fires: [at(6, ['unwell-or-worried']), at(30, ['unwell-or-worried'])], silent: [at(6, ['nausea'])] },
  'ectopic-risk': {
    fires: [at(13, [], { ectopicRisk: true }), at(5, [], { ectopicRisk: true }), at(8), at('first'), at('unknown')],
    silent: [at(14, [], { ectopicRisk: true }), at(8, [], { ectopicRisk: false }), at('second')],
  },
  'low-lying-placenta': {
    fires: [at(14, [], { lowLyingPlacenta: true }), at(30), at('second'), at('third'), at('unknown')],
    silent: [at(13, [], { lowLyingPlacenta: true }), at(30, [], { lowLyingPlacenta: false }), at('first', [], { lowLyingPlacenta: true })],
  },
  'reduced-movements-from-24': {
    fires: [at(24, ['reduced-movements']), at(40, ['reduced-movements']), at('second', ['reduced-movements'])],
    silent: [at(23, ['reduced-movements']), at('first', ['reduced-movements']), at(30)],
  },
  'bleeding-before-12': {
    fires: [at(0), at(11), at('first'), at('unknown')],
    silent: [at(12), at(40), at('second')],
  },
  'bleeding-from-12': {
    fires: [at(12), at(45), at('first'), at('second'), at('unknown')],
    silent: [at(11), at(0)],
  },
  'advice-for-everyone': {
    fires: [at(0), at(45, [], { bleeding: 'heavy' }), at('unknown', ['severe-pain'])],
    silent: [],
  },
  'advice-from-12': { fires: [at(12), at('first'), at('unknown')], silent: [at(11)] },
  'advice-from-14': { fires: [at(14), at('second'), at('unknown')], silent: [at(13), at('first')] },
  'advice-from-24': { fires: [at(24), at('second'), at('third'), at('unknown')], silent: [at(23), at('first')] },
  'threatened-miscarriage-early': {
    fires: [at(5), at(13), at('first')],
    silent: [at(4), at(14), at('unknown'), at('second')],
  },
  'threatened-miscarriage-cramps': {
    fires: [at(3, ['mild-cramps']), at(13, ['mild-cramps']), at('first', ['mild-cramps'])],
    silent: [at(14, ['mild-cramps']), at('unknown', ['mild-cramps']), at(3)],
  },
  'threatened-miscarriage-mid': {
    fires: [at(14), at(23), at('second')],
    silent: [at(13), at(24), at('unknown'), at('third')],
  },
  'miscarriage-clots': {
    fires: [at(10, ['clots-or-tissue']), at(23, ['clots-or-tissue']), at('unknown', ['clots-or-tissue']), at('second', ['clots-or-tissue'])],
    silent: [at(24, ['clots-or-tissue']), at('third', ['clots-or-tissue']), at(10)],
  },
  'miscarriage-heavy': {
    fires: [at(6, [], { bleeding: 'heavy' }), at(23, [], { bleeding: 'heavy' }), at('unknown', [], { bleeding: 'heavy' })],
    silent: [at(24, [], { bleeding: 'heavy' }), at('third', [], { bleeding: 'heavy' }), at(6)],
  },
  'ectopic-pain': {
    fires: [at(8, ['mild-cramps']), at(8, ['one-sided-pain']), at(8, ['contractions']), at(8, ['pain-toilet']), at('unknown', ['one-sided-pain']), at('first', ['one-sided-pain'])],
    silent: [at(14, ['one-sided-pain']), at('second', ['one-sided-pain']), at(8, ['severe-pain']), at(8)],
  },
  'ectopic-emergency-signs': {
    fires: [at(8, ['severe-pain']), at(8, ['dizziness-fainting']), at('unknown', ['shoulder-tip-pain'])],
    silent: [at(20, ['severe-pain']), at(8, ['one-sided-pain'])],
  },
  'ectopic-risk-factors': {
    fires: [at(8, [], { ectopicRisk: true }), at('unknown', [], { ectopicRisk: true })],
    silent: [at(8), at(8, [], { ectopicRisk: false }), at(20, [], { ectopicRisk: true })],
  },
  'low-lying-placenta-from-20': {
    fires: [at(20), at(27, [], { lowLyingPlacenta: true }), at('second')],
    silent: [at(19), at(22, [], { lowLyingPlacenta: false }), at(28), at('unknown')],
  },
  'low-lying-placenta-known': {
    fires: [at(14, [], { lowLyingPlacenta: true }), at('unknown', [], { lowLyingPlacenta: true })],
    silent: [at(14), at(30, [], { lowLyingPlacenta: true }), at('unknown')],
  },
  'placenta-praevia-late': {
    fires: [at(28), at(40, [], { lowLyingPlacenta: true }), at('third')],
    silent: [at(27), at(30, [], { lowLyingPlacenta: false }), at('unknown')],
  },
  'placenta-praevia-known': {
    fires: [at(30, [], { lowLyingPlacenta: true }), at('third', [], { lowLyingPlacenta: true })],
    silent: [at(30), at(20, [], { lowLyingPlacenta: true })],
  },
  'placental-abruption-late': { fires: [at(28), at(45), at('third')], silent: [at(27), at('unknown'), at('second')] },
  'placental-abruption-emergency-signs': {
    fires: [at(20, ['severe-pain']), at(30, ['trauma']), at('second', ['trauma'])],
    silent: [at(19, ['severe-pain']), at('unknown', ['trauma']), at(30)],
  },
  'placental-abruption-other-signs': {
    fires: [at(20, ['reduced-movements']), at(30, ['headache-vision']), at('second', ['headache-vision'])],
    silent: [at(19, ['headache-vision']), at('unknown', ['headache-vision']), at(30, ['fever'])],
  },
  'placental-abruption-weeks-unknown-pain': {
    fires: [at('unknown', ['severe-pain'])],
    silent: [at(30, ['severe-pain']), at('third', ['severe-pain']), at('unknown', ['trauma'])],
  },
  'placental-abruption-weeks-unknown-movements': {
    fires: [at('unknown', ['reduced-movements'])],
    silent: [at(30, ['reduced-movements']), at('unknown', ['headache-vision'])],
  },
  'preterm-labour-contractions': {
    fires: [at(24, ['contractions']), at(36, ['contractions']), at('unknown', ['contractions']), at('second', ['contractions']), at('third', ['contractions'])],
    silent: [at(23, ['contractions']), at(37, ['contractions']), at('first', ['contractions'])],
  },
  'preterm-labour-waters': {
    fires: [at(24, ['fluid-leak']), at(36, ['fluid-leak']), at('unknown', ['fluid-leak'])],
    silent: [at(23, ['fluid-leak']), at(37, ['fluid-leak'])],
  },
  'preterm-labour-late-spotting': {
    fires: [at(28, [], { bleeding: 'spotting' }), at(36, [], { bleeding: 'spotting' }), at('third', [], { bleeding: 'spotting' })],
    silent: [at(27, [], { bleeding: 'spotting' }), at(37, [], { bleeding: 'spotting' }), at(30), at('unknown', [], { bleeding: 'spotting' })],
  },
  'show-contractions': {
    fires: [at(37, ['contractions']), at(45, ['contractions']), at('unknown', ['contractions']), at('third', ['contractions'])],
    silent: [at(36, ['contractions']), at(38)],
  },
  'show-spotting': {
    fires: [at(37, [], { bleeding: 'spotting' }), at('third', [], { bleeding: 'spotting' })],
    silent: [at(36, [], { bleeding: 'spotting' }), at(38), at('unknown', [], { bleeding: 'spotting' })],
  },
  'cervical-after-sex': {
    fires: [at(8, ['after-sex']), at(30, ['after-sex'], { bleeding: 'heavy' }), at('unknown', ['after-sex', 'severe-pain'])],
    silent: [at(8, [], { bleeding: 'heavy' })],
  },
  'cervical-light-painless': {
    fires: [at(8, [], { bleeding: 'spotting' }), at(30, ['nausea', 'fever']), at('unknown')],
    silent: [at(8, [], { bleeding: 'heavy' }), at(30, ['mild-cramps']), at(30, ['pain-toilet'])],
  },
  'infection-fever': { fires: [at(8, ['fever']), at('unknown', ['fever'])], silent: [at(8)] },
  'pre-eclampsia-signs': {
    fires: [at(20, ['headache-vision']), at(30, ['headache-vision']), at('unknown', ['headache-vision']), at('second', ['headache-vision'])],
    silent: [at(19, ['headache-vision']), at('first', ['headache-vision']), at(30)],
  },
  'implantation-window': {
    fires: [at(3, [], { bleeding: 'spotting', ectopicRisk: false }), at(5, [], { ectopicRisk: false })],
    silent: [
      at(6, [], { bleeding: 'spotting', ectopicRisk: false }),
      at(2, [], { bleeding: 'spotting', ectopicRisk: false }),
      at(4, ['mild-cramps'], { ectopicRisk: false }),
      at(4, [], { bleeding: 'spotting' }), // "not sure" about ectopic risk makes it urgent
      at(4, [], { bleeding: 'heavy', ectopicRisk: false }),
      at(4, ['fever'], { ectopicRisk: false }),
    ],
  },
  'action-emergency': { fires: [at(30, [], { bleeding: 'heavy' }), at(8, ['severe-pain'])], silent: [at(30)] },
  'action-urgent': { fires: [at(30), at(8)], silent: [at(8, [], { ectopicRisk: false }), at(30, [], { bleeding: 'heavy' })] },
  'action-prompt': { fires: [at(8, [], { ectopicRisk: false })], silent: [at(12, [], { ectopicRisk: false }), at(8)] },
  'loss-support-before-24': {
    fires: [at(8, [], { ectopicRisk: false }), at(23), at('unknown'), at('second')],
    silent: [at(24), at(8, [], { bleeding: 'heavy' }), at('third')],
  },
};

const firedIds = (input: TriageInput) => triage(input).fired.map((fired) => fired.ruleId);

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
          for (const advice of rule.advice ?? []) expect(result.advice, describeInput(input)).to.include(advice);
          for (const cause of rule.causes ?? []) {
            const listed = result.causes.find((entry) => entry.id === cause);
            expect(listed?.ruleIds, describeInput(input)).to.include(rule.id);
          }
        }
      });
    });
  }
});
