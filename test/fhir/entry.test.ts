// bleeding-triage/fhir in a real browser: the entry imports and builds its three resources, and
// its idea of which questions the element asked matches the element's own flow.
import { expect } from '@open-wc/testing';
import { triage, validateInput, type Answer, type QuestionId, type TriageInput } from '../../src/engine/index.js';
import { completeInput, nextStep, offeredSymptoms, type Answers } from '../../src/element/flow.js';
import type { TriageStep } from '../../src/element/events.js';
import { askedQuestions } from '../../src/fhir/asked.js';
import * as fhir from '../../src/fhir/index.js';
import { ALL_DATINGS, at } from '../engine/inputs.js';
import { SYMPTOMS } from '../../src/engine/vocabulary.js';

describe('bleeding-triage/fhir in the browser', () => {
  it('builds the Questionnaire, a QuestionnaireResponse and a GuidanceResponse, and reads the weeks from an Observation', () => {
    const input: TriageInput = { weeks: 9, bleeding: 'light', symptoms: ['mild-cramps'] };
    const questionnaire = fhir.questionnaire();
    const response = fhir.toQuestionnaireResponse(input, { subject: { reference: 'Patient/1' } });
    const guidance = fhir.toGuidanceResponse(triage(input));
    expect(questionnaire.resourceType).to.equal('Questionnaire');
    expect(fhir.checkResponse(response, questionnaire)).to.deep.equal([]);
    expect(fhir.fromQuestionnaireResponse(JSON.parse(JSON.stringify(response)))).to.deep.equal(input);
    expect(guidance.contained![0].parameter[0]).to.deep.include({ name: 'urgency' });
    const observation = { resourceType: 'Observation', status: 'final', code: { coding: [fhir.VERIFIED.gestationalAgeWeeks] }, valueQuantity: { value: 150, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' } };
    expect(fhir.weeksFromObservation(observation)).to.equal(21);
    expect(() => fhir.weeksFromObservation({ ...observation, status: 'registered' })).to.throw(fhir.GestationalAgeError, /status is "registered"/);
  });
});

const STEP_QUESTION: Partial<Record<TriageStep, QuestionId>> = {
  weeks: 'weeks',
  bleeding: 'bleeding',
  symptoms: 'symptoms',
  'ectopic-risk': 'ectopicRisk',
  'low-lying-placenta': 'lowLyingPlacenta',
};
const asAnswer = (value: boolean | undefined): Answer => (value === undefined ? 'not-sure' : value ? 'yes' : 'no');

/** The pages the element's own flow shows a person who answers with this input, as questions. */
function pagesShown(input: TriageInput): QuestionId[] {
  let given: Answers = input.weeks === undefined ? { dating: 'unsure' } : { dating: 'weeks', weeks: input.weeks };
  let step: TriageStep = input.weeks === undefined ? 'trimester' : 'weeks';
  const shown: QuestionId[] = ['weeks'];
  const urgencyNow = () => triage(completeInput(given)).urgency;
  while (step !== 'outcome') {
    if (step === 'trimester') given = { ...given, trimester: input.trimester ?? 'unknown' };
    if (step === 'bleeding') given = { ...given, bleeding: input.bleeding };
    if (step === 'symptoms') given = { ...given, symptoms: input.symptoms.filter((symptom) => offeredSymptoms(given).includes(symptom)) };
    if (step === 'ectopic-risk') given = { ...given, ectopicRisk: asAnswer(input.ectopicRisk) };
    if (step === 'low-lying-placenta') given = { ...given, lowLyingPlacenta: asAnswer(input.lowLyingPlacenta) };
    step = nextStep(step, given, urgencyNow);
    const question = STEP_QUESTION[step];
    if (question && !shown.includes(question)) shown.push(question);
  }
  return shown;
}

describe('askedQuestions follows the element\'s flow (src/element/flow.ts)', () => {
  it('at every dating, amount, single symptom and yes / no / not sure', function () {
    this.timeout(120000);
    let compared = 0;
    for (const dating of ALL_DATINGS) {
      for (const bleeding of ['spotting', 'light', 'heavy'] as const) {
        for (const symptoms of [[], ...SYMPTOMS.map((symptom) => [symptom])]) {
          for (const ectopicRisk of [undefined, true, false]) {
            for (const lowLyingPlacenta of [undefined, true, false]) {
              const input = validateInput(at(dating, symptoms, { bleeding, ectopicRisk, lowLyingPlacenta }));
              expect(askedQuestions(input), JSON.stringify(input)).to.deep.equal(pagesShown(input));
              compared += 1;
            }
          }
        }
      }
    }
    expect(compared).to.equal(ALL_DATINGS.length * 3 * (SYMPTOMS.length + 1) * 9);
  });
});
