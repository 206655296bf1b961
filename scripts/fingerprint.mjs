// Writes src/engine/fingerprint.ts: the ruleset fingerprint (scripts/ruleset-fingerprint.mjs says
// what it hashes), computed from the source at build time so the engine and the drop-in carry it
// without shipping the English words into the engine. Run by `npm run build` before Rollup.
// `--root DIR` prints the fingerprint of another checkout instead (e.g. an older ruleset).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINGERPRINT_MODULE, fingerprintModule, rulesetFingerprint } from './ruleset-fingerprint.mjs';

const rootFlag = process.argv.indexOf('--root');
if (rootFlag > 0) {
  const { fingerprint, version } = await rulesetFingerprint(resolve(process.argv[rootFlag + 1]));
  console.log(`ruleset ${version}: fingerprint ${fingerprint}`);
} else {
  const { fingerprint, version } = await rulesetFingerprint(fileURLToPath(new URL('..', import.meta.url)));
  const text = fingerprintModule(fingerprint);
  let current = '';
  try {
    current = readFileSync(FINGERPRINT_MODULE, 'utf8');
  } catch {
    // First run: no module yet.
  }
  if (current !== text) writeFileSync(FINGERPRINT_MODULE, text);
  console.log(`fingerprint: ruleset ${version}, fingerprint ${fingerprint}${current === text ? '' : ' (src/engine/fingerprint.ts updated)'}`);
}
