import { expect } from '@open-wc/testing';
import * as engine from '../../src/engine/index.js';
import { SYMPTOMS, adviceWithWeekCondition, questionsFor, triage, type TriageResult } from '../../src/engine/index.js';
import { describeInput } from './inputs.js';
import { invariants, keyer } from './invariants.js';
import { sweep } from './sweep.js';

/**
 * What another script on the page might have put on Object.prototype: every input field, every
 * field of a rule, a cause, an advice item and a result, and every symptom by name — each with a
 * value that would lower the urgency or change the card if the engine ever read it.
 */
const POLLUTION: Record<string, unknown> = {
  weeks: 40,
  trimester: 'third',
  bleeding: 'spotting',
  symptoms: [],
  lowLyingPlacenta: false,
  ectopicRisk: false,
  when: {},
  urgency: 'prompt',
  causes: ['cervical'],
  advice: ['no-sex'],
  sources: [],
  anyOf: ['nausea'],
  allOf: ['nausea'],
  noneOf: [...SYMPTOMS],
  stages: ['late'],
  outcome: ['prompt'],
  allWeeks: { from: 99 },
  noOtherCause: true,
  reassuring: true,
  replaces: 'call-emergency',
  fromWeeks: 99,
  band: 'good-to-know',
  assumed: { weeks: { from: 0, to: 0 } },
  ...Object.fromEntries(SYMPTOMS.map((symptom) => [symptom, true])),
};

function withPollution<T>(run: () => T): T {
  const prototype = Object.prototype as Record<string, unknown>;
  Object.assign(prototype, POLLUTION);
  try {
    return run();
  } finally {
    for (const key of Object.keys(POLLUTION)) delete prototype[key];
  }
}

describe('prototype pollution cannot change a result (hardening)', () => {
  const inputs = [...sweep(1)];
  let clean: TriageResult[] = [];
  let polluted: TriageResult[] = [];
  before(() => {
    clean = inputs.map((input) => triage(input));
    polluted = withPollution(() => inputs.map((input) => triage(input)));
  });
  const plans = [{}, { weeks: 8 }, { weeks: 30 }, { trimester: 'first' as const }];

  it(`gives the same result for all ${inputs.length} inputs with every field polluted`, () => {
    inputs.forEach((input, index) => expect(polluted[index], describeInput(input)).to.deep.equal(clean[index]));
  });

  it('6 weeks, spotting, ectopic risk "not sure" stays "phone now" (the reported case)', () => {
    const input = { weeks: 6, bleeding: 'spotting' as const, symptoms: [] };
    expect(withPollution(() => triage(input).urgency)).to.equal('urgent');
  });

  it('words the same lines with their week condition with every field polluted (an inherited `assumed` is not the rule\'s)', () => {
    const worded = withPollution(() => clean.map((result) => adviceWithWeekCondition(result)));
    expect(worded).to.deep.equal(clean.map((result) => adviceWithWeekCondition(result)));
  });

  it('asks the same questions with every field polluted', () => {
    const asked = withPollution(() => plans.map((plan) => questionsFor(plan)));
    expect(asked).to.deep.equal(plans.map((plan) => questionsFor(plan)));
  });

  it('keeps every invariant with pollution on', () => {
    const keyOf = keyer(engine);
    const results = new Map<number, TriageResult>(inputs.map((input, index) => [keyOf(input), polluted[index]]));
    const lookup = (input: Parameters<typeof keyOf>[0]) => results.get(keyOf(input));
    for (const invariant of invariants(engine)) {
      inputs.forEach((input, index) => {
        const failure = invariant.check(input, polluted[index], lookup);
        if (failure) expect.fail(`${invariant.name}: ${describeInput(input)}: ${failure}`);
      });
    }
  });
});
