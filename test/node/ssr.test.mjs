// Server-side safety: a server (SSR, a Node build step) can import the engine and the element
// modules without a DOM: nothing touches the DOM at module top level.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('there is no DOM in this process', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});

test('dist/engine.js imports and works', async () => {
  const engine = await import('../../dist/engine.js');
  assert.equal(engine.triage({ weeks: 30, bleeding: 'light', symptoms: [] }).urgency, 'urgent');
});

test('the element module (dist/index.js) imports without registering anything', async () => {
  const module = await import('../../dist/index.js');
  assert.equal(typeof module.BleedingTriageElement, 'function');
  assert.equal(typeof module.BleedingTriageElement.define, 'function');
  assert.equal(module.triage({ bleeding: 'heavy', symptoms: [] }).urgency, 'emergency');
  assert.equal(typeof globalThis.document, 'undefined', 'importing it created no DOM');
});

test('the registering entry (dist/define.js) imports without a custom-element registry', async () => {
  const module = await import('../../dist/define.js');
  assert.equal(typeof module.BleedingTriageElement, 'function');
});

test('the event classes construct in Node, carrying their detail', async () => {
  const { TriageCompleteEvent } = await import('../../dist/index.js');
  const event = new TriageCompleteEvent({ input: {}, result: {} });
  assert.equal(event.type, 'triage-complete');
  assert.ok(event.bubbles && event.composed);
});
