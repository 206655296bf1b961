// The vignette set is well formed: every case is a valid input with a known expectation, its
// own sources and a rationale, so `npm run vignettes` measures what it says it measures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CAUSES, URGENCIES, validateInput } from '../../dist/engine.js';

const vignettes = JSON.parse(readFileSync(new URL('../vignettes/vignettes.json', import.meta.url), 'utf8'));
const guidance = readFileSync(new URL('../../../shared/clinical/GUIDANCE.md', import.meta.url), 'utf8');
const causes = new Set(CAUSES.map((cause) => cause.id));

test('there are at least 80 vignettes, each with its own id', () => {
  assert.ok(vignettes.length >= 80, `${vignettes.length} vignettes`);
  assert.equal(new Set(vignettes.map((v) => v.id)).size, vignettes.length);
});

test('every vignette is a valid input with a known urgency and known causes', () => {
  for (const vignette of vignettes) {
    assert.doesNotThrow(() => validateInput(vignette.input), vignette.id);
    assert.ok(URGENCIES.includes(vignette.expect.urgency), vignette.id);
    for (const cause of vignette.expect.causes) assert.ok(causes.has(cause), `${vignette.id}: ${cause}`);
  }
});

test('every vignette names sources that GUIDANCE.md cites, and says why in a sentence', () => {
  for (const vignette of vignettes) {
    assert.ok(vignette.sources.length > 0, vignette.id);
    // A source has a row of its own in GUIDANCE.md §12–§13, or is cited there as [S22b].
    for (const source of vignette.sources) assert.match(guidance, new RegExp(`\\| ${source} \\||\\[${source}\\]`), `${vignette.id}: ${source}`);
    assert.ok(vignette.title.length > 5 && vignette.rationale.length > 20, vignette.id);
  }
});
