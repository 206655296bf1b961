// The clinical-safety sweep of SPEC §9 on the built engine: every week, trimester and "not sure";
// every amount; no symptom, one or any pair; every yes / no / not sure answer (207,900 inputs).
// Every invariant of test/engine/invariants.ts holds on each, compared with its neighbours.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { transform } from 'esbuild';
import * as engine from '../../dist/engine.js';

/** A TypeScript test module with type imports only, as plain JavaScript. */
async function load(path) {
  const source = await readFile(new URL(path, import.meta.url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

const { invariants, keyer } = await load('../engine/invariants.ts');
const keyOf = keyer(engine);
const DATINGS = [...Array.from({ length: 46 }, (_, week) => week), 'first', 'second', 'third', 'unknown'];
const ANSWERS = [true, false, undefined];

function* sweep() {
  const sets = [[], ...engine.SYMPTOMS.map((s) => [s])];
  engine.SYMPTOMS.forEach((a, i) => engine.SYMPTOMS.slice(i + 1).forEach((b) => sets.push([a, b])));
  for (const dating of DATINGS) {
    for (const bleeding of engine.BLEEDING) {
      for (const symptoms of sets) {
        for (const lowLyingPlacenta of ANSWERS) {
          for (const ectopicRisk of ANSWERS) {
            const input = { bleeding, symptoms };
            if (typeof dating === 'number') input.weeks = dating;
            else if (dating !== 'unknown') input.trimester = dating;
            if (lowLyingPlacenta !== undefined) input.lowLyingPlacenta = lowLyingPlacenta;
            if (ectopicRisk !== undefined) input.ectopicRisk = ectopicRisk;
            yield input;
          }
        }
      }
    }
  }
}

const inputs = [...sweep()];
const results = new Map();
const lookup = (input) => results.get(keyOf(input));

describe('every SPEC v3 invariant over the full sweep, on dist/engine.js', () => {
  before(() => {
    for (const input of inputs) results.set(keyOf(input), engine.triage(input));
  });

  test(`the sweep holds ${inputs.length} distinct inputs`, () => {
    assert.equal(inputs.length, 50 * 3 * (1 + 17 + 136) * 9);
    assert.equal(results.size, inputs.length);
  });

  for (const invariant of invariants(engine)) {
    test(invariant.name, () => {
      const failures = [];
      for (const input of inputs) {
        const failure = invariant.check(input, lookup(input), lookup);
        if (failure && failures.push(`${JSON.stringify(input)}: ${failure}`) >= 5) break;
      }
      assert.deepEqual(failures, []);
    });
  }
});
