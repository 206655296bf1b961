// Every resource bleeding-triage/fhir builds is valid FHIR R4 in two independent offline
// validators (@medplum/core 4.5 with the official R4 definitions, and FHIR.js 4.12), and broken
// responses are refused: by the validators where R4 itself is broken, and by checkResponse where
// only the Questionnaire says so (which neither validator reads).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SYMPTOMS, triage } from '../../dist/engine.js';
import { checkResponse, codeSystems, fromQuestionnaireResponse, questionnaire, QuestionnaireResponseError, toGuidanceResponse, toQuestionnaireResponse } from '../../dist/fhir.js';
import { asFile, examples, EXAMPLES_DIR } from '../../scripts/fhir-examples.mjs';
import { gestationalAge } from '../../demo/portal-record.js';
import { fhirJsRawErrors, validationErrors, VALIDATORS } from './validators.mjs';

const anyInput = fc
  .record({
    dating: fc.oneof(fc.record({ weeks: fc.integer({ min: 0, max: 45 }) }), fc.record({ trimester: fc.constantFrom('first', 'second', 'third') }), fc.constant({})),
    bleeding: fc.constantFrom('spotting', 'light', 'heavy'),
    symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOMS), { maxLength: 5 }),
    answers: fc.record({ ectopicRisk: fc.boolean(), lowLyingPlacenta: fc.boolean() }, { requiredKeys: [] }),
  })
  .map(({ dating, answers, ...rest }) => ({ ...dating, ...rest, ...answers }));

const PATIENT = { reference: 'Patient/p1' };
const WHEN = '2025-06-02T09:30:00Z';

describe('generated resources are valid R4 in both validators', () => {
  test('the Questionnaire', () => assert.deepEqual(validationErrors(questionnaire()), []));

  test('every CodeSystem', () => {
    for (const system of codeSystems()) assert.deepEqual(validationErrors(system), [], system.url);
  });

  test('QuestionnaireResponses and GuidanceResponses for random answers, with and without the portal\'s details', () => {
    fc.assert(
      fc.property(anyInput, fc.boolean(), (input, withDetails) => {
        const qr = toQuestionnaireResponse(input, withDetails ? { id: 'qr1', subject: PATIENT, authored: WHEN, author: PATIENT, source: PATIENT } : {});
        const gr = toGuidanceResponse(triage(input), withDetails ? { id: 'gr1', subject: PATIENT, occurrenceDateTime: WHEN, requestIdentifier: { value: 'qr1' } } : {});
        assert.deepEqual(validationErrors(qr), [], JSON.stringify(input));
        assert.deepEqual(validationErrors(gr), [], JSON.stringify(input));
      }),
      { numRuns: 150 },
    );
  });

  test('the demo portal\'s gestational-age Observation', () => assert.deepEqual(validationErrors(gestationalAge), []));

  test('the examples in docs/fhir/ are valid, and current (npm run fhir-examples writes them)', () => {
    for (const [name, resource] of Object.entries(examples())) {
      assert.equal(readFileSync(new URL(name, EXAMPLES_DIR), 'utf8'), asFile(resource), `docs/fhir/${name} is stale: run npm run build && npm run fhir-examples`);
      assert.deepEqual(validationErrors(resource), [], name);
    }
  });
});

test('FHIR.js 4.12 reads a valid enableWhen answer of false as missing, so validators.mjs checks a copy with true', () => {
  const asking = (answerBoolean) => ({
    resourceType: 'Questionnaire',
    status: 'draft',
    item: [{ linkId: 'a', type: 'integer' }, { linkId: 'b', type: 'boolean', enableWhen: [{ question: 'a', operator: 'exists', answerBoolean }] }],
  });
  assert.match(fhirJsRawErrors(asking(false)).join(), /enableWhen\[0\]\.answer\[x\]: Missing property/);
  assert.deepEqual(fhirJsRawErrors(asking(true)), []);
  assert.deepEqual(validationErrors(asking(false)), [], 'medplum accepts it as it is; FHIR.js accepts the copy');
  assert.match(validationErrors({ ...asking(false), status: undefined }).join(), /status/, 'the copy still fails on everything else');
});

/** A valid response to break: 30 weeks, light bleeding, one symptom, the placenta "no". */
const valid = () => toQuestionnaireResponse({ weeks: 30, bleeding: 'light', symptoms: ['mild-cramps'], lowLyingPlacenta: false });
const itemOf = (response, linkId) => response.item.find((item) => item.linkId === linkId);

/**
 * Nine kinds of broken response. `r4`: whether the response is still valid R4 on its own (so
 * only checkResponse can tell), which each validator is also held to.
 */
const BROKEN = [
  ['missing status', (r) => delete r.status, { r4: false, problem: /status is missing/ }],
  ['wrong answer type: the bleeding as text', (r) => (itemOf(r, 'bleeding').answer = [{ valueString: 'light' }]), { r4: true, problem: /is valueString, but "bleeding" is a choice question \(answered with valueCoding\)/ }],
  ['two value[x] in one answer', (r) => (itemOf(r, 'weeks').answer[0].valueBoolean = true), { r4: true, problem: /holds 2 values \(valueInteger, valueBoolean\); an answer holds exactly one value\[x\]/ }],
  ['unknown linkId', (r) => r.item.push({ linkId: 'contractionsPerHour', answer: [{ valueInteger: 4 }] }), { r4: true, problem: /"contractionsPerHour" is not in the Questionnaire/ }],
  ['answer to a disabled item: the ectopic-risk question at 30 weeks', (r) => r.item.splice(3, 0, { linkId: 'ectopicRisk', answer: [{ valueCoding: { system: itemOf(r, 'lowLyingPlacenta').answer[0].valueCoding.system, code: 'yes' } }] }), { r4: true, problem: /"ectopicRisk" is not asked with these answers/ }],
  ['a required item missing: no bleeding', (r) => r.item.splice(1, 1), { r4: true, problem: /"bleeding" is required and asked, but not answered/ }],
  ['a code that is not one of the options', (r) => (itemOf(r, 'bleeding').answer[0].valueCoding.code = 'torrential'), { r4: true, problem: /"torrential" .* is not one of the answer options of "bleeding": spotting, light, heavy/ }],
  ['weeks outside 0–45', (r) => (itemOf(r, 'weeks').answer[0].valueInteger = 46), { r4: true, problem: /valueInteger 46 is outside 0\.\.45 for "weeks"/ }],
  ['two answers to a question that takes one', (r) => itemOf(r, 'bleeding').answer.push({ valueCoding: { ...itemOf(r, 'bleeding').answer[0].valueCoding, code: 'heavy' } }), { r4: true, problem: /has 2 answers, but "bleeding" takes one/ }],
];

describe('nine kinds of broken response', () => {
  test('the response they start from passes everything', () => {
    assert.deepEqual(validationErrors(valid()), []);
    assert.deepEqual(checkResponse(valid()), []);
    assert.doesNotThrow(() => fromQuestionnaireResponse(valid()));
  });

  for (const [name, breakIt, { r4, problem }] of BROKEN) {
    test(name, () => {
      const response = valid();
      breakIt(response);
      const problems = checkResponse(response);
      assert.ok(problems.some((found) => problem.test(`${found.path} ${found.message}`)), `checkResponse found: ${JSON.stringify(problems)}`);
      assert.throws(() => fromQuestionnaireResponse(response), (error) => error instanceof QuestionnaireResponseError && problem.test(error.message + error.problems.map((p) => p.message).join()));
      for (const [validator, errors] of Object.entries(VALIDATORS)) {
        assert.equal(errors(response).length === 0, r4, `${validator} ${r4 ? 'rejected valid R4' : 'missed broken R4'}: ${errors(response).join('; ')}`);
      }
    });
  }
});

describe('more that is refused', () => {
  test('a response to another Questionnaire', () => {
    const response = { ...valid(), questionnaire: 'http://example.org/Questionnaire/phq-9' };
    assert.match(checkResponse(response)[0].message, /must be https:\/\/bleeding-triage\.example\/fhir\/Questionnaire\/bleeding-in-pregnancy/);
  });

  test('a response still in progress: valid, but not answers to act on', () => {
    const response = { ...valid(), status: 'in-progress' };
    assert.deepEqual(checkResponse(response), []);
    assert.throws(() => fromQuestionnaireResponse(response), /status is "in-progress": only a completed or amended response/);
  });

  test('items out of the Questionnaire\'s order', () => {
    const response = valid();
    response.item.reverse();
    assert.match(checkResponse(response).map((found) => found.message).join(), /comes after .* but the Questionnaire asks it first/);
  });

  test('a property R4 does not have: the validators catch it', () => {
    const response = valid();
    response.item[0].answers = response.item[0].answer;
    for (const errors of Object.values(VALIDATORS)) assert.match(errors(response).join(), /answers/);
  });

  test('a status R4 does not have', () => {
    const response = { ...valid(), status: 'done' };
    assert.match(fhirJsRawErrors(response).join(), /status/);
    assert.match(checkResponse(response)[0].message, /is "done", not one of in-progress, completed/);
  });

  for (const junk of [null, 'QuestionnaireResponse', [], { resourceType: 'Observation' }, { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: questionnaire().url, item: 'weeks' }]) {
    test(`junk never throws from checkResponse: ${JSON.stringify(junk)}`, () => {
      assert.ok(checkResponse(junk).length > 0);
      assert.throws(() => fromQuestionnaireResponse(junk), QuestionnaireResponseError);
    });
  }
});
