// The clinical safety pack (docs/safety/) holds: every control a hazard names exists, every rule
// that sets the urgency has a test, and the generated documents are up to date. Each problem is
// listed with what to do about it; `npm run safety` rewrites the generated files.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { buildPack } from '../../scripts/safety/pack.mjs';

const { problems } = await buildPack(fileURLToPath(new URL('../..', import.meta.url)));

test('every hazard is complete, on the DCB0129 matrix, and every control names a rule, test, vignette, design feature or file that exists', () => {
  assert.deepEqual(problems.hazards, []);
});

test('every rule that sets the urgency is covered by a test', () => {
  assert.deepEqual(problems.coverage, []);
});

test('the references in the intended purpose, the safety case, the accessibility report and the changelog resolve', () => {
  assert.deepEqual(problems.documents, []);
});

test('CLINICAL-CHANGES.md records the current ruleset version with its fingerprint', () => {
  assert.deepEqual(problems.changelog, []);
});

test('docs/ACCESSIBILITY.md has a row for every WCAG 2.2 A and AA criterion', () => {
  assert.deepEqual(problems.accessibility, []);
});

test('HAZARD-LOG.md, TRACEABILITY.md and the figures in SAFETY-CASE.md are what npm run safety writes', () => {
  assert.deepEqual(problems.stale, []);
});
