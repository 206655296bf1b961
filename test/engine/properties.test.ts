import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  BLEEDING,
  CAUSES,
  RULES,
  SYMPTOMS,
  TRIMESTERS,
  URGENCIES,
  triage,
  type Symptom,
  type TriageInput,
  type TriageResult,
  type Trimester,
} from '../../src/engine/index.js';
import { ALL_DATINGS, at, describeInput } from './inputs.js';

const rank = (result: TriageResult) => URGENCIES.indexOf(result.urgency);
const OPTIONAL_BOOLEANS = [true, false, undefined] as const;

/** The widest weeks each trimester can mean (NHS, Mayo old and new, ACOG). */
const TRIMESTER_WEEKS: Record<Trimester, [number, number]> = { first: [0, 13], second: [13, 27], third: [25, 45] };

const withoutUndefined = (input: TriageInput): TriageInput =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as unknown as TriageInput;

const inputArbitrary: fc.Arbitrary<TriageInput> = fc
  .record({
    dating: fc.oneof(fc.integer({ min: 0, max: 45 }), fc.constantFrom<(Trimester | 'unknown')[]>('first', 'second', 'third', 'unknown')),
    bleeding: fc.constantFrom(...BLEEDING),
    symptoms: fc.subarray([...SYMPTOMS]),
    lowLyingPlacenta: fc.constantFrom(...OPTIONAL_BOOLEANS),
    ectopicRisk: fc.constantFrom(...OPTIONAL_BOOLEANS),
  })
  .map(({ dating, symptoms, ...rest }) => withoutUndefined(at(dating, symptoms, rest)));

/** Every single-symptom input (and none) at every dating, amount and yes/no/not-sure answer. */
function* smallInputs(): Generator<TriageInput> {
  for (const dating of ALL_DATINGS) {
    for (const bleeding of BLEEDING) {
      for (const symptoms of [[], ...SYMPTOMS.map((symptom) => [symptom])] as Symptom[][]) {
        for (const lowLyingPlacenta of OPTIONAL_BOOLEANS) {
          for (const ectopicRisk of OPTIONAL_BOOLEANS) {
            yield withoutUndefined(at(dating, symptoms, { bleeding, lowLyingPlacenta, ectopicRisk }));
          }
        }
      }
    }
  }
}

/** Each property is checked exhaustively on small inputs and on random larger ones. */
function holdsEverywhere(name: string, property: (input: TriageInput) => void) {
  describe(name, () => {
    it('on every input with at most one symptom', () => {
      for (const input of smallInputs()) property(input);
    });
    it('on random inputs with any symptoms', () => {
      fc.assert(fc.property(inputArbitrary, property), { numRuns: 3000 });
    });
  });
}

const FIRST_ACTIONS = { emergency: 'call-emergency', urgent: 'call-now', prompt: 'contact-within-24h' } as const;
const urgencyRules = new Set(RULES.filter((rule) => !rule.causes && !rule.when.stages && !rule.when.outcome).map((rule) => rule.id));
const ruleById = new Map(RULES.map((rule) => [rule.id, rule]));
const reassuring = new Set(CAUSES.filter((cause) => cause.reassuring).map((cause) => cause.id));

describe('engine properties', () => {
  holdsEverywhere('urgency never falls when a symptom is added', (input) => {
    const before = rank(triage(input));
    for (const symptom of SYMPTOMS.filter((s) => !input.symptoms.includes(s))) {
      const more = { ...input, symptoms: [...input.symptoms, symptom] };
      expect(rank(triage(more)), `${describeInput(input)} + ${symptom}`).to.be.at.least(before);
    }
  });

  holdsEverywhere('urgency never falls when the bleeding is heavier', (input) => {
    const heavier = BLEEDING.slice(BLEEDING.indexOf(input.bleeding) + 1);
    for (const bleeding of heavier) {
      expect(rank(triage({ ...input, bleeding })), `${describeInput(input)} as ${bleeding}`).to.be.at.least(rank(triage(input)));
    }
  });

  holdsEverywhere('urgency never falls when weeks become "not sure"', (input) => {
    const { weeks, trimester, ...notSure } = input;
    expect(rank(triage(notSure)), describeInput(input)).to.be.at.least(rank(triage(input)));
    if (weeks !== undefined) {
      // A person at this week may pick any trimester that some convention puts it in.
      for (const choice of TRIMESTERS.filter((t) => weeks >= TRIMESTER_WEEKS[t][0] && weeks <= TRIMESTER_WEEKS[t][1])) {
        expect(rank(triage({ ...notSure, trimester: choice })), `${describeInput(input)} as ${choice}`).to.be.at.least(rank(triage(input)));
      }
    }
  });

  holdsEverywhere('urgency never falls when the placenta or ectopic risk answer becomes "not sure"', (input) => {
    const { lowLyingPlacenta, ectopicRisk, ...rest } = input;
    const placentaUnsure = withoutUndefined({ ...rest, ectopicRisk });
    const ectopicUnsure = withoutUndefined({ ...rest, lowLyingPlacenta });
    expect(rank(triage(placentaUnsure)), describeInput(input)).to.be.at.least(rank(triage(input)));
    expect(rank(triage(ectopicUnsure)), describeInput(input)).to.be.at.least(rank(triage(input)));
  });

  holdsEverywhere('is deterministic, and symptom order and duplicates carry no meaning', (input) => {
    const reordered = { ...input, symptoms: [...input.symptoms].reverse().concat(input.symptoms) };
    expect(triage(reordered)).to.deep.equal(triage(input));
    expect(triage(input)).to.deep.equal(triage(input));
  });

  holdsEverywhere('never changes its input and returns a frozen result', (input) => {
    const copy = structuredClone(input);
    const result = triage(Object.freeze({ ...input, symptoms: Object.freeze([...input.symptoms]) }) as TriageInput);
    triage(input);
    expect(input).to.deep.equal(copy);
    expect(Object.isFrozen(result) && Object.isFrozen(result.causes) && Object.isFrozen(result.fired[0])).to.equal(true);
  });

  holdsEverywhere('prompt is the floor, and from 12 weeks or without weeks it is urgent', (input) => {
    const result = triage(input);
    expect(URGENCIES).to.include(result.urgency);
    if (input.weeks === undefined || input.weeks >= 12) expect(result.urgency, describeInput(input)).not.to.equal('prompt');
  });

  holdsEverywhere('the urgency is decided by the urgency rules alone, and is the highest that fired', (input) => {
    const result = triage(input);
    const levels = result.fired.filter((f) => f.urgency).map((f) => URGENCIES.indexOf(f.urgency!));
    const decisive = result.fired.filter((f) => urgencyRules.has(f.ruleId) && f.urgency).map((f) => URGENCIES.indexOf(f.urgency!));
    expect(Math.max(...levels), describeInput(input)).to.equal(rank(result));
    expect(Math.max(...decisive), `cause rules must not raise urgency: ${describeInput(input)}`).to.equal(rank(result));
  });

  holdsEverywhere('advice starts with the one action for its urgency, then the safety net', (input) => {
    const result = triage(input);
    expect(result.advice[0]).to.equal(FIRST_ACTIONS[result.urgency]);
    const actions = result.advice.filter((id) => Object.values(FIRST_ACTIONS).includes(id as never));
    expect(actions).to.have.length(1);
    expect(result.advice).to.include.members(['safety-net', 'call-anyway', 'what-to-tell', 'pads-not-tampons', 'no-sex']);
    if (result.urgency === 'emergency') expect(result.advice).not.to.include('loss-support');
  });

  holdsEverywhere('causes are named by fired rules, and a reassuring cause is never first among others', (input) => {
    const result = triage(input);
    const fired = new Set(result.fired.map((f) => f.ruleId));
    for (const cause of result.causes) {
      expect(cause.ruleIds.length).to.be.greaterThan(0);
      for (const ruleId of cause.ruleIds) {
        expect(fired.has(ruleId)).to.equal(true);
        expect(ruleById.get(ruleId)!.causes).to.include(cause.id);
      }
    }
    if (result.causes.some((cause) => !reassuring.has(cause.id))) {
      expect(reassuring.has(result.causes[0].id), describeInput(input)).to.equal(false);
    }
  });
});
