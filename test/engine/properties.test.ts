import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as engine from '../../src/engine/index.js';
import { BLEEDING, SYMPTOMS, triage, type TriageInput, type TriageResult, type Trimester } from '../../src/engine/index.js';
import { at, describeInput } from './inputs.js';
import { invariants, keyer } from './invariants.js';
import { OPTIONAL_BOOLEANS, sweep, withoutUndefined } from './sweep.js';

const inputArbitrary: fc.Arbitrary<TriageInput> = fc
  .record({
    dating: fc.oneof(fc.integer({ min: 0, max: 45 }), fc.constantFrom<(Trimester | 'unknown')[]>('first', 'second', 'third', 'unknown')),
    bleeding: fc.constantFrom(...BLEEDING),
    symptoms: fc.subarray([...SYMPTOMS]),
    lowLyingPlacenta: fc.constantFrom(...OPTIONAL_BOOLEANS),
    ectopicRisk: fc.constantFrom(...OPTIONAL_BOOLEANS),
  })
  .map(({ dating, symptoms, ...rest }) => withoutUndefined(at(dating, symptoms, rest)));

// Every input with at most one symptom, at every dating, amount and answer (24,300 inputs), with
// results kept so each invariant can compare an input with its neighbours. The full sweep with
// pairs runs on the built engine in Node (test/node/sweep.test.mjs).
const keyOf = keyer(engine);
const results = new Map<number, TriageResult>();
/** Neighbours inside the sweep only: a pair of symptoms is the full sweep's business. */
const swept = (input: TriageInput) => results.get(keyOf(input));
/** Any neighbour, computed when needed: for random inputs. */
const lookup = (input: TriageInput) => {
  const key = keyOf(input);
  if (!results.has(key)) results.set(key, triage(input));
  return results.get(key);
};

describe('engine invariants (SPEC v3)', () => {
  const inputs = [...sweep(1)];
  before(() => inputs.forEach(lookup));

  it(`covers ${inputs.length} inputs with at most one symptom`, () => expect(inputs.length).to.equal(50 * 3 * 18 * 9));

  for (const invariant of invariants(engine)) {
    describe(invariant.name, () => {
      it('on every input with at most one symptom', () => {
        for (const input of inputs) {
          const failure = invariant.check(input, swept(input)!, swept);
          if (failure) expect.fail(`${describeInput(input)}: ${failure}`);
        }
      });
      it('on random inputs with any symptoms', () => {
        fc.assert(
          fc.property(inputArbitrary, (input) => {
            const failure = invariant.check(input, lookup(input)!, lookup);
            if (failure) throw new Error(`${describeInput(input)}: ${failure}`);
          }),
          { numRuns: 300 },
        );
      });
    });
  }
});

describe('engine purity', () => {
  it('is deterministic, and symptom order and duplicates carry no meaning', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const reordered = { ...input, symptoms: [...input.symptoms].reverse().concat(input.symptoms) };
        expect(triage(reordered)).to.deep.equal(triage(input));
      }),
      { numRuns: 500 },
    );
  });

  it('never changes its input and returns a frozen result', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const copy = structuredClone(input);
        const result = triage(Object.freeze({ ...input, symptoms: Object.freeze([...input.symptoms]) }) as TriageInput);
        expect(input).to.deep.equal(copy);
        expect(Object.isFrozen(result) && Object.isFrozen(result.causes) && Object.isFrozen(result.fired[0])).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});
