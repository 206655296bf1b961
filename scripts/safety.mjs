// `npm run safety`: writes docs/safety/HAZARD-LOG.md, docs/safety/TRACEABILITY.md and the evidence
// figures of docs/safety/SAFETY-CASE.md from docs/safety/hazards.yaml and the source, then lists
// anything that does not hold (a control naming a rule, test, vignette or file that does not
// exist; a rule that sets the urgency with no test; a stale changelog). `--check` writes nothing
// and fails on any problem, stale files included (test/safety/ runs it in `npm test`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPack } from './safety/pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const { files, problems, project } = await buildPack(root);
if (!check) {
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  problems.stale = [];
}
const all = Object.values(problems).flat();
for (const problem of all) console.error(`safety: ${problem}`);
console.log(
  `safety: ${project.log.hazards.length} hazards, ${project.rules.size} rules, ${project.tests.size} test files; ruleset ${project.version} (${project.fingerprint}); ` +
    `${check ? 'checked' : `wrote ${Object.keys(files).join(', ')}`}; ${all.length} problem${all.length === 1 ? '' : 's'}`,
);
process.exit(all.length ? 1 : 0);
