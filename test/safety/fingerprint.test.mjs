// The ruleset fingerprint the build writes into the source (src/engine/fingerprint.ts) and ships
// (dist/, RULES.md) is the fingerprint of the source as it is: a stale one would let a changed
// ruleset pass for the one a trust approved.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { FINGERPRINT_MODULE, fingerprintModule, rulesetFingerprint } from '../../scripts/ruleset-fingerprint.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { fingerprint } = await rulesetFingerprint(root);

test('src/engine/fingerprint.ts is the fingerprint of the source as it is', () => {
  assert.equal(readFileSync(FINGERPRINT_MODULE, 'utf8'), fingerprintModule(fingerprint), 'stale: run npm run build and commit src/engine/fingerprint.ts');
});

test('the built engine and RULES.md carry the same fingerprint', async () => {
  const { RULESET_FINGERPRINT } = await import('../../dist/engine.js');
  assert.equal(RULESET_FINGERPRINT, fingerprint, 'dist/ is stale: run npm run build');
  assert.match(readFileSync(new URL('../../RULES.md', import.meta.url), 'utf8'), new RegExp(`Ruleset fingerprint: \`${fingerprint}\``));
});
