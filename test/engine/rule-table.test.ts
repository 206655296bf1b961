import { expect } from '@open-wc/testing';
import { ADVICE, CAUSES, EMERGENCY_PARTS, EMERGENCY_SIGNS, RULES, RULESET_VERSION, SOURCES, type SourceId } from '../../src/engine/index.js';

const cited = new Set<string>([
  ...RULES.flatMap((rule) => rule.sources),
  ...CAUSES.flatMap((cause) => cause.sources),
  ...ADVICE.flatMap((advice) => advice.sources),
]);

describe('rule table and catalogues', () => {
  it('gives every rule a unique id and at least one known source', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).to.equal(RULES.length);
    for (const rule of RULES) {
      expect(rule.sources.length, rule.id).to.be.greaterThan(0);
      for (const source of rule.sources) expect(SOURCES, `${rule.id} cites ${source}`).to.have.property(source);
    }
  });

  it('gives every rule an effect', () => {
    for (const rule of RULES) expect(Boolean(rule.urgency || rule.causes || rule.advice), rule.id).to.equal(true);
  });

  it('lists only sources that are cited, each with a title and an https or http link', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(cited.has(id), `${id} is never cited`).to.equal(true);
      expect(source.title.length).to.be.greaterThan(5);
      expect(new URL(source.url).protocol).to.match(/^https?:$/);
    }
    for (const id of cited) expect(SOURCES).to.have.property(id as SourceId);
  });

  it('names only catalogued causes and advice, and every one of them is named by some rule', () => {
    const causeIds = CAUSES.map((cause) => cause.id);
    const adviceIds = ADVICE.map((advice) => advice.id);
    const namedCauses = new Set(RULES.flatMap((rule) => rule.causes ?? []));
    const namedAdvice = new Set(RULES.flatMap((rule) => rule.advice ?? []));
    expect([...namedCauses].sort()).to.deep.equal([...causeIds].sort());
    expect([...namedAdvice].sort()).to.deep.equal([...adviceIds].sort());
  });

  it('keeps urgency monotone by construction: a decision row never asks for an absent symptom, and "not sure" meets it whenever an answer does', () => {
    for (const rule of RULES.filter((r) => r.urgency && !r.causes)) {
      expect(rule.when.noneOf, `${rule.id} uses noneOf`).to.equal(undefined);
      expect(rule.when.allWeeks, `${rule.id} uses allWeeks`).to.equal(undefined);
      for (const answers of [rule.when.lowLyingPlacenta, rule.when.ectopicRisk]) {
        if (answers) expect(answers, `${rule.id} must accept "not sure" whenever it accepts an answer`).to.include('not-sure');
      }
    }
  });

  it('orders advice by band, and each replacing line replaces one of its own band', () => {
    const bands = ['action', 'safety-net', 'while-waiting', 'good-to-know'];
    const order = ADVICE.map((advice) => bands.indexOf(advice.band));
    expect(order.every((band, index) => band >= 0 && (index === 0 || band >= order[index - 1]))).to.equal(true);
    for (const advice of ADVICE.filter((a) => a.replaces)) {
      expect(ADVICE.find((a) => a.id === advice.replaces)?.band, advice.id).to.equal(advice.band);
    }
  });

  it('lets rules that depend on the outcome add words only, never urgency', () => {
    for (const rule of RULES.filter((r) => r.when.outcome)) expect(rule.urgency, rule.id).to.equal(undefined);
  });

  it('is frozen, so a host cannot change the rules at run time', () => {
    expect(Object.isFrozen(RULES)).to.equal(true);
    expect(Object.isFrozen(RULES[0].when)).to.equal(true);
    expect(Object.isFrozen(SOURCES.S1)).to.equal(true);
    expect(() => (RULES as unknown as unknown[]).push({})).to.throw(TypeError);
  });

  it('has a version', () => expect(RULESET_VERSION).to.match(/^\d+\.\d+\.\d+$/));

  it('lists as emergency parts exactly the symptoms of the emergency rows, and as signs those that need no partner', () => {
    const emergencyRows = RULES.filter((rule) => rule.urgency === 'emergency' && !rule.causes);
    const parts = new Set(emergencyRows.flatMap((rule) => [...(rule.when.anyOf ?? []), ...(rule.when.allOf ?? [])]));
    expect([...EMERGENCY_PARTS].sort()).to.deep.equal([...parts].sort());
    const alone = emergencyRows.filter((rule) => !rule.when.allOf && !rule.when.weeks && !rule.when.bleeding).flatMap((rule) => rule.when.anyOf ?? []);
    expect([...EMERGENCY_SIGNS].sort()).to.deep.equal([...alone].sort());
  });
});
