// Completed weeks from a gestational-age Observation, and a clear error for every way it can fail.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GestationalAgeError, VERIFIED, weeksFromObservation } from '../../dist/fhir.js';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const code = (loinc) => ({ coding: [{ system: LOINC, code: loinc }] });
const quantity = (value, unit) => ({ value, unit, system: UCUM, code: unit });
const observation = (fields) => ({ resourceType: 'Observation', status: 'final', code: code('49051-6'), ...fields });

describe('weeksFromObservation reads', () => {
  const cases = [
    ['49051-6 in weeks', observation({ valueQuantity: quantity(22, 'wk') }), 22],
    ['a fraction of a week, counted down to completed weeks', observation({ valueQuantity: quantity(12.9, 'wk') }), 12],
    ['0 weeks', observation({ valueQuantity: quantity(0, 'wk') }), 0],
    ['45 weeks', observation({ valueQuantity: quantity(45, 'wk') }), 45],
    ['11884-4 in days', observation({ code: code('11884-4'), valueQuantity: quantity(87, 'd') }), 12],
    ['18185-9 in days, a whole number of weeks', observation({ code: code('18185-9'), valueQuantity: quantity(91, 'd') }), 13],
    ['a UCUM code with no system', observation({ valueQuantity: { value: 30, code: 'wk' } }), 30],
    ['an amended result', observation({ status: 'amended', valueQuantity: quantity(30, 'wk') }), 30],
    ['a corrected result', observation({ status: 'corrected', valueQuantity: quantity(30, 'wk') }), 30],
    [
      'components: the weeks, and days under a code it does not read',
      observation({ code: code('18185-9'), component: [{ code: code('49051-6'), valueQuantity: quantity(12, 'wk') }, { code: { text: 'days' }, valueQuantity: quantity(3, 'd') }] }),
      12,
    ],
    [
      'components that agree',
      observation({ code: code('18185-9'), component: [{ code: code('49051-6'), valueQuantity: quantity(12, 'wk') }, { code: code('11884-4'), valueQuantity: quantity(86, 'd') }] }),
      12,
    ],
    ['the LOINC code among others', observation({ code: { coding: [{ system: 'urn:example:local', code: 'GA' }, { system: LOINC, code: '49051-6' }] }, valueQuantity: quantity(9, 'wk') }), 9],
  ];
  for (const [name, resource, weeks] of cases) {
    test(`${name}: ${weeks}`, () => assert.equal(weeksFromObservation(resource), weeks));
  }
});

describe('weeksFromObservation refuses, saying what was wrong', () => {
  const cases = [
    ['not a resource', null, 'not-an-observation', /resourceType "Observation" \(got null\)/],
    ['another resource', { resourceType: 'Patient' }, 'not-an-observation', /got "Patient"/],
    ['a preliminary result', observation({ status: 'preliminary', valueQuantity: quantity(12, 'wk') }), 'status', /status is "preliminary"; only final, amended, corrected/],
    ['no status', observation({ status: undefined, valueQuantity: quantity(12, 'wk') }), 'status', /status is undefined/],
    [
      'another code (a SNOMED CT finding)',
      observation({ code: { coding: [VERIFIED.bleedingFromVagina] }, valueQuantity: quantity(12, 'wk') }),
      'code',
      /code is http:\/\/snomed\.info\/sct\|289530006; expected LOINC 49051-6, 11884-4, 18185-9/,
    ],
    ['a LOINC code under another system', observation({ code: { coding: [{ system: 'http://snomed.info/sct', code: '49051-6' }] }, valueQuantity: quantity(12, 'wk') }), 'code', /expected LOINC/],
    ['no value', observation({}), 'no-value', /no valueQuantity and no gestational-age component/],
    ['a value that is not a Quantity', observation({ valueString: '12 weeks' }), 'no-value', /valueString is not a Quantity/],
    ['a reason the data is absent', observation({ dataAbsentReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'unknown' }] } }), 'no-value', /dataAbsentReason/],
    ['a Quantity with no number', observation({ valueQuantity: { unit: 'wk', code: 'wk', system: UCUM } }), 'no-value', /valueQuantity\.value is undefined/],
    ['a comparator', observation({ valueQuantity: { ...quantity(12, 'wk'), comparator: '<' } }), 'no-value', /"< 12", not a value/],
    ['months', observation({ valueQuantity: quantity(3, 'mo') }), 'unit', /in "mo".*expected UCUM "wk" or "d"/],
    ['weeks in another unit system', observation({ valueQuantity: { value: 12, code: 'wk', system: 'urn:example:units' } }), 'unit', /urn:example:units/],
    ['46 weeks', observation({ valueQuantity: quantity(46, 'wk') }), 'out-of-range', /46 completed weeks; expected 0 to 45/],
    ['a negative age', observation({ valueQuantity: quantity(-1, 'd') }), 'out-of-range', /expected 0 to 45/],
    ['components with no gestational-age code', observation({ code: code('18185-9'), component: [{ code: { text: 'days' }, valueQuantity: quantity(3, 'd') }] }), 'no-value', /component/],
    [
      'components that disagree',
      observation({ code: code('18185-9'), component: [{ code: code('49051-6'), valueQuantity: quantity(12, 'wk') }, { code: code('11884-4'), valueQuantity: quantity(100, 'd') }] }),
      'conflict',
      /12 and 14 completed weeks/,
    ],
  ];
  for (const [name, resource, reason, message] of cases) {
    test(`${name}: ${reason}`, () => {
      assert.throws(() => weeksFromObservation(resource), (error) => {
        assert.ok(error instanceof GestationalAgeError && error instanceof TypeError, 'a GestationalAgeError, which is a TypeError');
        assert.equal(error.reason, reason);
        assert.match(error.message, message);
        assert.match(error.message, /^Cannot read completed weeks from this Observation: /);
        return true;
      });
    });
  }
});
