import { expect } from '@open-wc/testing';
import {
  BLEEDING,
  EMERGENCY_SIGNS,
  SYMPTOMS,
  TriageInputError,
  questionsFor,
  triage,
  type Symptom,
  type TriageInput,
  type Trimester,
} from '../../src/engine/index.js';
import { at, describeInput, type Dating } from './inputs.js';

/** The emergency signs first (SPEC §6), then the rest in catalogue order. */
const ASKED = ['severe-pain', 'shoulder-tip-pain', 'dizziness-fainting', 'very-unwell', ...SYMPTOMS.filter((s) => !EMERGENCY_SIGNS.includes(s))] as Symptom[];
const everySymptomBut = (...hidden: Symptom[]) => ASKED.filter((s) => !hidden.includes(s));

describe('questionsFor (SPEC §6)', () => {
  it('asks everything when nothing is known yet', () => {
    expect(questionsFor({})).to.deep.equal({
      stage: 'unknown',
      questions: ['weeks', 'bleeding', 'symptoms', 'ectopicRisk', 'lowLyingPlacenta'],
      symptoms: ASKED,
    });
    expect(questionsFor()).to.deep.equal(questionsFor({}));
  });

  const cases: [Partial<TriageInput>, string[], Symptom[]][] = [
    [{ weeks: 0 }, ['ectopicRisk'], everySymptomBut('reduced-movements')],
    [{ weeks: 13 }, ['ectopicRisk'], everySymptomBut('reduced-movements')],
    [{ weeks: 14 }, ['lowLyingPlacenta'], everySymptomBut('reduced-movements', 'nausea')],
    [{ weeks: 15 }, ['lowLyingPlacenta'], everySymptomBut('reduced-movements', 'nausea')],
    [{ weeks: 16 }, ['lowLyingPlacenta'], everySymptomBut('nausea')],
    [{ weeks: 45 }, ['lowLyingPlacenta'], everySymptomBut('nausea')],
    [{ trimester: 'first' }, ['ectopicRisk'], everySymptomBut('reduced-movements')],
    [{ trimester: 'second' }, ['lowLyingPlacenta'], ASKED],
    [{ trimester: 'third' }, ['lowLyingPlacenta'], everySymptomBut('nausea')],
  ];
  for (const [known, extra, symptoms] of cases) {
    it(`${JSON.stringify(known)}: asks ${extra.join(', ')}`, () => {
      const plan = questionsFor(known);
      expect(plan.questions).to.deep.equal(['weeks', 'bleeding', 'symptoms', ...extra]);
      expect(plan.symptoms).to.deep.equal(symptoms);
    });
  }

  it('offers the emergency signs first, and never the version-2 answer', () => {
    expect(questionsFor({}).symptoms.slice(0, 4)).to.deep.equal([...EMERGENCY_SIGNS]);
    expect(questionsFor({}).symptoms).not.to.include('unwell-or-worried');
  });

  it('never asks about the placenta before 14 weeks or in the first trimester', () => {
    for (let weeks = 0; weeks <= 13; weeks += 1) expect(questionsFor({ weeks }).questions, `week ${weeks}`).not.to.include('lowLyingPlacenta');
    expect(questionsFor({ trimester: 'first' }).questions).not.to.include('lowLyingPlacenta');
  });

  it('refuses bad partial input with the field named', () => {
    expect(() => questionsFor({ weeks: 50 })).to.throw(TriageInputError, /"weeks"/);
    expect(() => questionsFor('early')).to.throw(TriageInputError, /"input"/);
  });

  it('does not need bleeding or symptoms yet', () => {
    expect(questionsFor({ weeks: 30 }).stage).to.equal('late');
  });
});

/** Urgency, causes and advice: what the person sees. */
const seen = (input: TriageInput) => {
  const { urgency, causes, advice } = triage(input);
  return { urgency, causes: causes.map((c) => c.id), advice };
};

describe('nothing hidden by questionsFor could change the result', () => {
  it('hidden symptoms, at every week and trimester where they are hidden', () => {
    const datings: Dating[] = [...Array.from({ length: 46 }, (_, week) => week), 'first', 'second', 'third'];
    for (const dating of datings) {
      const known = typeof dating === 'number' ? { weeks: dating } : { trimester: dating as Trimester };
      const { symptoms: offered, questions } = questionsFor(known);
      const hidden = SYMPTOMS.filter((symptom) => !offered.includes(symptom));
      const bases: Symptom[][] = [[], ...offered.map((symptom) => [symptom])];
      for (const symptom of hidden) {
        for (const bleeding of BLEEDING) {
          for (const base of bases) {
            for (const answer of [true, false, undefined]) {
              const extra = questions.includes('ectopicRisk') ? { ectopicRisk: answer } : { lowLyingPlacenta: answer };
              const input = JSON.parse(JSON.stringify(at(dating, base, { bleeding, ...extra }))) as TriageInput;
              expect(seen({ ...input, symptoms: [...base, symptom] }), `${describeInput(input)} + ${symptom}`).to.deep.equal(seen(input));
            }
          }
        }
      }
    }
  });

  it('questions not asked at a week (ectopic risk from 14, placenta before 14)', () => {
    for (let weeks = 0; weeks <= 45; weeks += 1) {
      const { questions } = questionsFor({ weeks });
      const notAsked = (['ectopicRisk', 'lowLyingPlacenta'] as const).filter((q) => !questions.includes(q));
      for (const question of notAsked) {
        for (const bleeding of BLEEDING) {
          for (const base of [[], ...SYMPTOMS.map((s) => [s])] as Symptom[][]) {
            const input = at(weeks, base, { bleeding });
            for (const answer of [true, false]) {
              expect(seen({ ...input, [question]: answer }), `${describeInput(input)} ${question}=${answer}`).to.deep.equal(seen(input));
            }
          }
        }
      }
    }
  });
});
