// The headless build, proven in plain Node: no DOM, no bundler, only dist/engine.js.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as engine from '../../dist/engine.js';

test('runs with no DOM in the process', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

test('exports the public engine API', () => {
  for (const name of ['triage', 'validateInput', 'questionsFor', 'TriageInputError', 'RULES', 'CAUSES', 'ADVICE', 'SOURCES', 'RULESET_VERSION']) {
    assert.ok(name in engine, `missing export ${name}`);
  }
});

test('30 weeks, light bleeding, nothing else: urgent, late, placental causes first', () => {
  const result = engine.triage({ weeks: 30, bleeding: 'light', symptoms: [] });
  assert.equal(result.urgency, 'urgent');
  assert.equal(result.stage, 'late');
  assert.deepEqual(result.causes.map((cause) => cause.id), ['placenta-praevia', 'placental-abruption', 'cervical']);
  assert.equal(result.advice[0], 'call-now');
  assert.equal(result.rulesetVersion, engine.RULESET_VERSION);
});

test('heavy bleeding is an emergency whatever else is said', () => {
  for (const weeks of [0, 12, 24, 45]) {
    assert.equal(engine.triage({ weeks, bleeding: 'heavy', symptoms: [] }).urgency, 'emergency');
  }
});

test('early spotting with no risk factors is the prompt floor, never lower', () => {
  const result = engine.triage({ weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false });
  assert.equal(result.urgency, 'prompt');
  assert.equal(result.advice[0], 'contact-within-24h');
});

test('bad input throws TriageInputError naming the field', () => {
  assert.throws(() => engine.triage({ weeks: 46, bleeding: 'light', symptoms: [] }), (error) => {
    assert.ok(error instanceof engine.TriageInputError);
    assert.equal(error.field, 'weeks');
    assert.equal(error.reason, 'out-of-range');
    assert.match(error.message, /"weeks"/);
    return true;
  });
});

test('is deterministic and returns frozen results', () => {
  const input = { trimester: 'second', bleeding: 'light', symptoms: ['trauma'] };
  const first = engine.triage(input);
  assert.deepEqual(engine.triage(input), first);
  assert.equal(first.urgency, 'emergency');
  assert.ok(Object.isFrozen(first) && Object.isFrozen(first.fired));
});

test('questionsFor works headless', () => {
  assert.deepEqual(engine.questionsFor({ weeks: 30 }).questions, ['weeks', 'bleeding', 'symptoms', 'lowLyingPlacenta']);
});

test('every fired rule cites sources with links', () => {
  const result = engine.triage({ bleeding: 'light', symptoms: ['fever', 'one-sided-pain'] });
  for (const fired of result.fired) {
    for (const id of fired.sources) assert.match(engine.SOURCES[id].url, /^https?:\/\//);
  }
});
