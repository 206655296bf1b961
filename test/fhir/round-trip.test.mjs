// Answers to a QuestionnaireResponse and back lose nothing: property tests over random valid
// input, "not sure" everywhere included, against the built entry (dist/fhir.js).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { questionsFor, SYMPTOMS, triage, validateInput } from '../../dist/engine.js';
import { checkResponse, CODE_SYSTEM, fromQuestionnaireResponse, toQuestionnaireResponse } from '../../dist/fhir.js';

const maybe = (value) => fc.option(value, { nil: undefined });

/** Any valid input, written as a host might: any symptoms at any dating, duplicates, the version-2 answer. */
const anyInput = fc
  .record({
    dating: fc.oneof(fc.record({ weeks: fc.integer({ min: 0, max: 45 }) }), fc.record({ trimester: fc.constantFrom('first', 'second', 'third') }), fc.constant({})),
    bleeding: fc.constantFrom('spotting', 'light', 'heavy'),
    symptoms: fc.array(fc.constantFrom(...SYMPTOMS, 'unwell-or-worried'), { maxLength: 6 }),
    ectopicRisk: maybe(fc.boolean()),
    lowLyingPlacenta: maybe(fc.boolean()),
  })
  .map(({ dating, ectopicRisk, lowLyingPlacenta, ...rest }) => ({
    ...dating,
    ...rest,
    ...(ectopicRisk === undefined ? {} : { ectopicRisk }),
    ...(lowLyingPlacenta === undefined ? {} : { lowLyingPlacenta }),
  }));

/**
 * The input as the element holds it: only the answers to questions it asks at that dating
 * (SPEC §6). Nothing it leaves out can change the result, which the second property checks.
 */
function asTheElementAsks(input) {
  const valid = validateInput(input);
  const plan = questionsFor({ weeks: valid.weeks, trimester: valid.trimester });
  const asked = { ...valid, symptoms: valid.symptoms.filter((symptom) => plan.symptoms.includes(symptom)) };
  for (const field of ['ectopicRisk', 'lowLyingPlacenta']) if (!plan.questions.includes(field)) delete asked[field];
  return asked;
}

const roundTrip = (input) => fromQuestionnaireResponse(toQuestionnaireResponse(input));
const RUNS = { numRuns: 2000 };

describe('toQuestionnaireResponse → fromQuestionnaireResponse', () => {
  test('gives back every answer the element asks for, "not sure" ones as absent fields', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        assert.deepEqual(roundTrip(input), asTheElementAsks(input));
      }),
      RUNS,
    );
  });

  test('gives back input that the engine reads to the very same result, whatever the input held', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        assert.deepEqual(triage(roundTrip(input)), triage(input));
      }),
      RUNS,
    );
  });

  test('is idempotent: a second trip changes nothing', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const once = toQuestionnaireResponse(input);
        assert.deepEqual(toQuestionnaireResponse(fromQuestionnaireResponse(once)), once);
      }),
      RUNS,
    );
  });

  test('every response fits the Questionnaire (checkResponse finds nothing)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        assert.deepEqual(checkResponse(toQuestionnaireResponse(input)), []);
      }),
      RUNS,
    );
  });
});

const answerOf = (response, linkId) => response.item.find((item) => item.linkId === linkId)?.answer[0];
/** Every item, however deep, in order. */
const everyItem = (items) => items.flatMap((item) => [item, ...everyItem(item.item ?? [])]);
const itemIds = (response) => everyItem(response.item).map((item) => item.linkId);
const ticked = (response) => everyItem(response.item).filter((item) => item.answer?.[0].valueBoolean).map((item) => item.linkId);

describe('"not sure" is an answer of its own', () => {
  test('an ectopic-risk question asked and left out is recorded as "I\'m not sure", and read back as left out', () => {
    const input = { weeks: 8, bleeding: 'spotting', symptoms: [] };
    const response = toQuestionnaireResponse(input);
    assert.deepEqual(answerOf(response, 'ectopicRisk').valueCoding, { system: CODE_SYSTEM.answer, code: 'not-sure', display: "I'm not sure" });
    assert.deepEqual(fromQuestionnaireResponse(response), input);
  });

  test('the placenta\'s "not sure" keeps the words the element shows for it', () => {
    const response = toQuestionnaireResponse({ weeks: 30, bleeding: 'spotting', symptoms: [] });
    assert.equal(answerOf(response, 'lowLyingPlacenta').valueCoding.display, "I'm not sure, or I have not had that scan");
  });

  test('weeks not known: the trimester is recorded, or "I don\'t know", and no weeks', () => {
    const unknown = toQuestionnaireResponse({ bleeding: 'light', symptoms: [] });
    assert.equal(answerOf(unknown, 'weeks'), undefined);
    assert.equal(answerOf(unknown, 'trimester').valueCoding.code, 'unknown');
    assert.deepEqual(fromQuestionnaireResponse(unknown), { bleeding: 'light', symptoms: [] });
    const second = toQuestionnaireResponse({ trimester: 'second', bleeding: 'light', symptoms: [] });
    assert.equal(answerOf(second, 'trimester').valueCoding.code, 'second');
    assert.deepEqual(fromQuestionnaireResponse(second), { trimester: 'second', bleeding: 'light', symptoms: [] });
  });

  test('yes and no are kept as given', () => {
    const input = { bleeding: 'spotting', symptoms: [], ectopicRisk: true, lowLyingPlacenta: false };
    const response = toQuestionnaireResponse(input);
    assert.equal(answerOf(response, 'ectopicRisk').valueCoding.code, 'yes');
    assert.equal(answerOf(response, 'lowLyingPlacenta').valueCoding.code, 'no');
    assert.deepEqual(fromQuestionnaireResponse(response), input);
  });
});

describe('what the element did not ask is not recorded as answered', () => {
  test('heavy bleeding ends the questions: no symptom and no yes / no question is recorded', () => {
    const response = toQuestionnaireResponse({ weeks: 8, bleeding: 'heavy', symptoms: [] });
    assert.deepEqual(itemIds(response), ['weeks', 'bleeding']);
  });

  test('an emergency sign ends them after the symptoms: every box offered is recorded, no "not sure" after it', () => {
    const response = toQuestionnaireResponse({ weeks: 8, bleeding: 'light', symptoms: ['severe-pain'] });
    const boxes = everyItem(response.item).filter((item) => item.answer && 'valueBoolean' in item.answer[0]);
    assert.deepEqual(boxes.map((item) => item.linkId.replace('symptoms.', '')), questionsFor({ weeks: 8 }).symptoms);
    assert.deepEqual(ticked(response), ['symptoms.severe-pain']);
    assert.equal(answerOf(response, 'ectopicRisk'), undefined);
  });

  test('a yes / no answer given though the element would not have asked it is still recorded', () => {
    const input = { weeks: 8, bleeding: 'heavy', symptoms: ['fever'], ectopicRisk: false };
    const response = toQuestionnaireResponse(input);
    assert.deepEqual(itemIds(response), ['weeks', 'bleeding', 'symptoms', 'symptoms.fever', 'ectopicRisk']);
    const signGiven = toQuestionnaireResponse({ weeks: 8, bleeding: 'heavy', symptoms: ['very-unwell'] });
    assert.deepEqual(itemIds(signGiven), ['weeks', 'bleeding', 'symptoms', 'symptoms.emergency-signs', 'symptoms.very-unwell']);
    assert.deepEqual(fromQuestionnaireResponse(response), input);
  });

  test('a symptom the element hides at that dating is left out (it cannot change the result)', () => {
    const response = toQuestionnaireResponse({ weeks: 30, bleeding: 'light', symptoms: ['nausea'] });
    assert.ok(!itemIds(response).includes('symptoms.nausea'));
  });
});

describe('saved answers from version 2', () => {
  test('"unwell-or-worried" is recorded and read back as "very-unwell"', () => {
    const response = toQuestionnaireResponse({ trimester: 'third', bleeding: 'spotting', symptoms: ['unwell-or-worried'] });
    assert.deepEqual(ticked(response), ['symptoms.very-unwell']);
    assert.deepEqual(fromQuestionnaireResponse(response).symptoms, ['very-unwell']);
  });
});

describe('options and bad input', () => {
  test('copies who, when and where, and invents none of them', () => {
    const options = { id: 'qr-1', subject: { reference: 'Patient/p1' }, encounter: { reference: 'Encounter/e1' }, authored: '2025-03-04T09:30:00Z', author: { reference: 'Patient/p1' }, source: { reference: 'Patient/p1' } };
    const response = toQuestionnaireResponse({ weeks: 20, bleeding: 'light', symptoms: [] }, options);
    for (const [key, value] of Object.entries(options)) assert.deepEqual(response[key], value);
    const bare = toQuestionnaireResponse({ weeks: 20, bleeding: 'light', symptoms: [] });
    assert.deepEqual(Object.keys(bare).sort(), ['item', 'language', 'questionnaire', 'resourceType', 'status']);
  });

  test('refuses invalid input with the engine\'s error naming the field', () => {
    assert.throws(() => toQuestionnaireResponse({ weeks: 50, bleeding: 'light', symptoms: [] }), { name: 'TriageInputError', field: 'weeks' });
    assert.throws(() => toQuestionnaireResponse({ symptoms: [] }), { name: 'TriageInputError', field: 'bleeding' });
  });
});
