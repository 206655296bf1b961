import { expect } from '@open-wc/testing';
import {
  BLEEDING,
  SYMPTOMS,
  TriageInputError,
  questionsFor,
  triage,
  type Symptom,
  type TriageInput,
} from '../../src/engine/index.js';
import { at, describeInput } from './inputs.js';

const everySymptomBut = (...hidden: Symptom[]) => SYMPTOMS.filter((s) => !hidden.includes(s));

describe('questionsFor (SPEC §6)', () => {
  it('asks everything when nothing is known yet', () => {
    expect(questionsFor({})).to.deep.equal({
      stage: 'unknown',
      questions: ['weeks', 'bleeding', 'symptoms', 'ectopicRisk', 'lowLyingPlacenta'],
      symptoms: [...SYMPTOMS],
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
    [{ trimester: 'first' }, ['ectopicRisk'], [...SYMPTOMS]],
    [{ trimester: 'second' }, ['lowLyingPlacenta'], [...SYMPTOMS]],
    [{ trimester: 'third' }, ['lowLyingPlacenta'], [...SYMPTOMS]],
  ];
  for (const [known, extra, symptoms] of cases) {
    it(`${JSON.stringify(known)}: asks ${extra.join(', ')}`, () => {
      const plan = questionsFor(known);
      expect(plan.questions).to.deep.equal(['weeks', 'bleeding', 'symptoms', ...extra]);
      expect(plan.symptoms).to.deep.equal(symptoms);
    });
  }

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
  it('hidden symptoms, at every week where they are hidden', () => {
    for (let weeks = 0; weeks <= 45; weeks += 1) {
      const { symptoms: offered, questions } = questionsFor({ weeks });
      const hidden = SYMPTOMS.filter((symptom) => !offered.includes(symptom));
      const bases: Symptom[][] = [[], ...offered.map((symptom) => [symptom])];
      for (const symptom of hidden) {
        for (const bleeding of BLEEDING) {
          for (const base of bases) {
            for (const answer of [true, false, undefined]) {
              const extra = questions.includes('ectopicRisk') ? { ectopicRisk: answer } : { lowLyingPlacenta: answer };
              const input = JSON.parse(JSON.stringify(at(weeks, base, { bleeding, ...extra }))) as TriageInput;
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
