// The engine's result as a GuidanceResponse: the urgency coded, the advice and causes as codings,
// the fired rules with what they assumed, the ruleset version (and a fingerprint when given).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fallbackResult, RULESET_FINGERPRINT, RULESET_VERSION, triage, unavailableResult } from '../../dist/engine.js';
import { CODE_SYSTEM, FHIR_BASE, toGuidanceResponse } from '../../dist/fhir.js';

const outcome = (response) => {
  assert.equal(response.outputParameters.reference, '#outcome');
  return response.contained.find((resource) => `#${resource.id}` === response.outputParameters.reference);
};
const values = (parameters, name) => parameters.parameter.filter((entry) => entry.name === name);
const part = (entry, name) => entry.part.filter((candidate) => candidate.name === name);

describe('toGuidanceResponse', () => {
  const input = { weeks: 9, bleeding: 'light', symptoms: ['mild-cramps'] };
  const result = triage(input);
  const response = toGuidanceResponse(result);
  const parameters = outcome(response);

  test('is a successful response of the ruleset, for bleeding in pregnancy, saying it is not a diagnosis', () => {
    assert.equal(response.resourceType, 'GuidanceResponse');
    assert.equal(response.status, 'success');
    assert.equal(response.moduleUri, `${FHIR_BASE}/ruleset/${RULESET_VERSION}`);
    assert.deepEqual(response.reasonCode[0].coding, [{ system: 'http://snomed.info/sct', code: '289530006', display: 'Bleeding from vagina' }]);
    assert.match(response.note[0].text, /not a diagnosis/);
  });

  test('codes the urgency and the stage', () => {
    assert.deepEqual(values(parameters, 'urgency').map((entry) => entry.valueCoding), [
      { system: CODE_SYSTEM.urgency, code: 'urgent', display: 'Phone your maternity unit, early pregnancy unit or doctor now' },
    ]);
    assert.deepEqual(values(parameters, 'stage').map((entry) => entry.valueCoding.code), ['early']);
  });

  test('codes every piece of advice, in the card\'s order, in the card\'s words', () => {
    const advice = values(parameters, 'advice').map((entry) => entry.valueCoding);
    assert.deepEqual(advice.map((coding) => coding.code), result.advice);
    assert.ok(advice.every((coding) => coding.system === CODE_SYSTEM.advice));
    assert.equal(advice[0].display, 'Phone your maternity unit, early pregnancy unit or doctor now. Do not wait for the bleeding to stop or for your next appointment. They may ask you to come in straight away.');
  });

  test('codes each possible cause with the rules that named it', () => {
    const causes = values(parameters, 'cause').map((entry) => ({
      id: part(entry, 'cause')[0].valueCoding.code,
      ruleIds: part(entry, 'rule').map((rule) => rule.valueCoding.code),
    }));
    assert.deepEqual(causes, result.causes);
    assert.equal(part(values(parameters, 'cause')[1], 'cause')[0].valueCoding.display, 'Ectopic pregnancy');
  });

  test('lists every fired rule with its urgency, sources and what it assumed', () => {
    const fired = values(parameters, 'fired-rule');
    assert.deepEqual(fired.map((entry) => part(entry, 'rule')[0].valueCoding.code), result.fired.map((entry) => entry.ruleId));
    result.fired.forEach((entry, index) => {
      assert.deepEqual(part(fired[index], 'source').map((source) => source.valueCoding.code), entry.sources);
      assert.deepEqual(part(fired[index], 'urgency').map((urgency) => urgency.valueCoding.code), entry.urgency ? [entry.urgency] : []);
      assert.equal(part(fired[index], 'assumed-ectopic-risk').length, entry.assumed?.ectopicRisk ? 1 : 0);
    });
    assert.ok(part(fired[1], 'assumed-ectopic-risk')[0].valueBoolean, 'the not-sure ectopic risk read as yes is said');
  });

  test('records the ruleset version and the engine\'s fingerprint of it', () => {
    assert.deepEqual(values(parameters, 'ruleset-version').map((entry) => entry.valueString), [RULESET_VERSION]);
    assert.match(RULESET_FINGERPRINT, /^[0-9a-f]{16}$/);
    assert.deepEqual(values(parameters, 'ruleset-fingerprint').map((entry) => entry.valueString), [RULESET_FINGERPRINT]);
  });

  test('records the fingerprint it is given, and none it cannot vouch for (a result of another version)', () => {
    const given = outcome(toGuidanceResponse(result, { rulesetFingerprint: '0123456789abcdef' }));
    assert.deepEqual(values(given, 'ruleset-fingerprint').map((entry) => entry.valueString), ['0123456789abcdef']);
    const older = outcome(toGuidanceResponse({ ...result, rulesetVersion: '1.4.0' }));
    assert.deepEqual(values(older, 'ruleset-version').map((entry) => entry.valueString), ['1.4.0']);
    assert.deepEqual(values(older, 'ruleset-fingerprint'), []);
  });

  test('copies who, when and which request, and invents none of them', () => {
    const options = { id: 'gr-1', subject: { reference: 'Patient/p1' }, encounter: { reference: 'Encounter/e1' }, occurrenceDateTime: '2025-03-04T09:31:00Z', requestIdentifier: { system: 'urn:example:portal', value: 'triage-42' } };
    const given = toGuidanceResponse(result, options);
    for (const [key, value] of Object.entries(options)) assert.deepEqual(given[key], value);
    assert.deepEqual(Object.keys(response).sort(), ['contained', 'moduleUri', 'note', 'outputParameters', 'reasonCode', 'resourceType', 'status']);
  });
});

describe('readings the person did not give (SPEC §8)', () => {
  const result = triage({ bleeding: 'light', symptoms: [] });
  const parameters = outcome(toGuidanceResponse(result));

  test('a dating that does not pin the week is recorded as the range of weeks read, in UCUM weeks', () => {
    const fired = values(parameters, 'fired-rule').find((entry) => part(entry, 'rule')[0].valueCoding.code === 'safety-net-waters');
    const range = part(fired, 'assumed-weeks')[0].valueRange;
    assert.deepEqual(range, { low: { value: 24, unit: 'wk', system: 'http://unitsofmeasure.org', code: 'wk' }, high: { value: 36, unit: 'wk', system: 'http://unitsofmeasure.org', code: 'wk' } });
  });

  test('advice that applies only from a week says so in its words, as the card does', () => {
    const advice = values(parameters, 'advice').find((entry) => entry.valueCoding.code === 'safety-net-24').valueCoding;
    assert.equal(advice.display, 'If you are 24 weeks pregnant or more, call your local emergency number if your waters break.');
    const pinned = outcome(toGuidanceResponse(triage({ weeks: 30, bleeding: 'light', symptoms: [] })));
    assert.equal(values(pinned, 'advice').find((entry) => entry.valueCoding.code === 'safety-net-24').valueCoding.display, 'Call your local emergency number if your waters break.');
  });
});

describe('fallback results and bad input', () => {
  test('the safe fallbacks (engine failed, rules could not load) are recorded too', () => {
    for (const fallback of [fallbackResult({ bleeding: 'heavy', symptoms: [] }), unavailableResult({ bleeding: 'light', symptoms: [] })]) {
      const parameters = outcome(toGuidanceResponse(fallback));
      assert.equal(values(parameters, 'urgency')[0].valueCoding.code, fallback.urgency);
      assert.deepEqual(values(parameters, 'fired-rule'), []);
    }
  });

  const result = triage({ weeks: 30, bleeding: 'light', symptoms: [] });
  for (const [name, bad, message] of [
    ['not an object', null, /result must be a TriageResult/],
    ['an unknown urgency', { ...result, urgency: 'routine' }, /result\.urgency is "routine", not one of prompt, urgent, emergency/],
    ['an unknown stage', { ...result, stage: 'term' }, /result\.stage is "term"/],
    ['a fired rule with no id', { ...result, fired: [{ sources: [] }] }, /result\.fired\[0\] must be a fired rule/],
    ['unknown advice', { ...result, advice: ['call-now', 'rest'] }, /result\.advice\[1\] is "rest"/],
    ['an unknown cause', { ...result, causes: [{ id: 'stress', ruleIds: [] }] }, /result\.causes\[0\]\.id is "stress"/],
    ['an unknown source', { ...result, fired: [{ ruleId: 'x', sources: ['S999'] }] }, /result\.fired\[0\]\.sources\[0\] is "S999"/],
    ['no ruleset version', { ...result, rulesetVersion: undefined }, /result\.rulesetVersion/],
  ]) {
    test(`refuses ${name}, naming the field`, () => {
      assert.throws(() => toGuidanceResponse(bad), (error) => error instanceof TypeError && message.test(error.message));
    });
  }
});
