import { expect } from '@open-wc/testing';
import { TriageInputError, triage, validateInput, type TriageInputErrorReason } from '../../src/engine/index.js';

const valid = { weeks: 30, bleeding: 'light', symptoms: [] };

function refusal(raw: unknown): TriageInputError {
  try {
    validateInput(raw);
  } catch (error) {
    expect(error).to.be.instanceOf(TriageInputError);
    return error as TriageInputError;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

describe('validateInput: every bad input of SPEC §1 is refused, naming the field', () => {
  const cases: [string, unknown, string, TriageInputErrorReason][] = [
    ['null', null, 'input', 'not-an-object'],
    ['a string', 'light', 'input', 'not-an-object'],
    ['an array', [valid], 'input', 'not-an-object'],
    ['a number', 30, 'input', 'not-an-object'],
    ['missing bleeding', { weeks: 30, symptoms: [] }, 'bleeding', 'missing'],
    ['unknown bleeding', { ...valid, bleeding: 'gushing' }, 'bleeding', 'unknown-value'],
    ['bleeding of the wrong type', { ...valid, bleeding: 2 }, 'bleeding', 'wrong-type'],
    ['missing symptoms', { weeks: 30, bleeding: 'light' }, 'symptoms', 'missing'],
    ['symptoms not an array', { ...valid, symptoms: 'fever' }, 'symptoms', 'wrong-type'],
    ['an unknown symptom', { ...valid, symptoms: ['fever', 'headache'] }, 'symptoms', 'unknown-value'],
    ['a symptom of the wrong type', { ...valid, symptoms: [3] }, 'symptoms', 'unknown-value'],
    ['weeks below range', { ...valid, weeks: -1 }, 'weeks', 'out-of-range'],
    ['weeks above range', { ...valid, weeks: 46 }, 'weeks', 'out-of-range'],
    ['huge weeks', { ...valid, weeks: 1e9 }, 'weeks', 'out-of-range'],
    ['fractional weeks', { ...valid, weeks: 12.5 }, 'weeks', 'not-a-whole-number'],
    ['NaN weeks', { ...valid, weeks: Number.NaN }, 'weeks', 'not-a-whole-number'],
    ['infinite weeks', { ...valid, weeks: Number.POSITIVE_INFINITY }, 'weeks', 'not-a-whole-number'],
    ['weeks as a string', { ...valid, weeks: '30' }, 'weeks', 'wrong-type'],
    ['trimester together with weeks', { ...valid, trimester: 'third' }, 'trimester', 'conflict'],
    ['an unknown trimester', { bleeding: 'light', symptoms: [], trimester: 'fourth' }, 'trimester', 'unknown-value'],
    ['placenta as a string', { ...valid, lowLyingPlacenta: 'yes' }, 'lowLyingPlacenta', 'wrong-type'],
    ['ectopic risk as a number', { ...valid, ectopicRisk: 1 }, 'ectopicRisk', 'wrong-type'],
    ['a misspelt field', { ...valid, symptom: ['fever'] }, 'symptom', 'unknown-field'],
  ];
  for (const [name, raw, field, reason] of cases) {
    it(`refuses ${name}`, () => {
      const error = refusal(raw);
      expect(error.field).to.equal(field);
      expect(error.reason).to.equal(reason);
      expect(error.name).to.equal('TriageInputError');
      expect(error.message).to.contain(`"${field}"`);
    });
  }

  it('names the offending symptom in the message', () => {
    expect(refusal({ ...valid, symptoms: ['headache'] }).message).to.contain('"headache"');
  });

  it('triage() validates first and throws the same error', () => {
    expect(() => triage({ ...valid, weeks: 99 } as never)).to.throw(TriageInputError, /"weeks"/);
  });
});

describe('validateInput: what another script on the page cannot do', () => {
  afterEach(() => {
    for (const key of ['weeks', 'trimester', 'bleeding', 'symptoms', 'lowLyingPlacenta', 'ectopicRisk', 0]) {
      delete (Object.prototype as Record<PropertyKey, unknown>)[key];
      delete (Array.prototype as unknown as Record<PropertyKey, unknown>)[key];
    }
  });

  it('reads only the input\'s own fields: a polluted Object.prototype is not an answer', () => {
    Object.assign(Object.prototype, { ectopicRisk: false, lowLyingPlacenta: false, weeks: 40, trimester: 'third' });
    const clean = validateInput({ bleeding: 'spotting', symptoms: [] });
    for (const key of ['weeks', 'trimester', 'lowLyingPlacenta', 'ectopicRisk']) delete (Object.prototype as Record<string, unknown>)[key];
    expect(clean).to.deep.equal({ bleeding: 'spotting', symptoms: [] });
  });

  it('refuses an input whose prototype is not Object.prototype or null', () => {
    class Saved {
      bleeding = 'light';
      symptoms = [];
    }
    expect(refusal(new Saved()).reason).to.equal('not-an-object');
    expect(refusal(Object.create({ bleeding: 'light', symptoms: [] })).reason).to.equal('not-an-object');
    const bare = Object.assign(Object.create(null), { bleeding: 'light', symptoms: [] });
    expect(validateInput(bare)).to.deep.equal({ bleeding: 'light', symptoms: [] });
  });

  it('reads a sparse symptoms array by its own items only', () => {
    (Array.prototype as unknown as Record<number, unknown>)[0] = 'fever';
    // eslint-disable-next-line no-sparse-arrays
    expect(refusal({ bleeding: 'light', symptoms: [, 'nausea'] }).field).to.equal('symptoms');
    expect(validateInput({ bleeding: 'light', symptoms: [] }).symptoms).to.deep.equal([]);
  });
});

describe('validateInput: accepted input', () => {
  it('reads a saved version-2 "unwell-or-worried" as "very-unwell", the more urgent half', () => {
    expect(validateInput({ bleeding: 'light', symptoms: ['unwell-or-worried', 'nausea'] }).symptoms).to.deep.equal(['nausea', 'very-unwell']);
    expect(triage({ weeks: 8, bleeding: 'light', symptoms: ['unwell-or-worried'] } as never).urgency).to.equal('emergency');
  });

  it('returns a clean copy and leaves the argument alone', () => {
    const raw = { weeks: 30, bleeding: 'light', symptoms: ['fever', 'nausea', 'fever'] };
    const clean = validateInput(raw);
    expect(clean).to.deep.equal({ weeks: 30, bleeding: 'light', symptoms: ['nausea', 'fever'] });
    expect(clean).not.to.equal(raw);
    expect(raw.symptoms).to.deep.equal(['fever', 'nausea', 'fever']);
  });

  it('reads null and undefined optional fields as "not sure"', () => {
    const clean = validateInput({ bleeding: 'spotting', symptoms: [], weeks: null, trimester: undefined, lowLyingPlacenta: null, ectopicRisk: null });
    expect(clean).to.deep.equal({ bleeding: 'spotting', symptoms: [] });
  });

  it('accepts the bounds 0 and 45, reading -0 as 0', () => {
    expect(validateInput({ ...valid, weeks: 0 }).weeks).to.equal(0);
    expect(validateInput({ ...valid, weeks: 45 }).weeks).to.equal(45);
    expect(Object.is(validateInput({ ...valid, weeks: -0 }).weeks, 0)).to.equal(true);
  });

  it('accepts a trimester without weeks', () => {
    expect(validateInput({ bleeding: 'heavy', symptoms: [], trimester: 'second' })).to.deep.equal({ trimester: 'second', bleeding: 'heavy', symptoms: [] });
  });
});
