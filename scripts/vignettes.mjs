// `npm run vignettes`: the public clinical benchmark. Runs every vignette of
// test/vignettes/vignettes.json (each written from clinical/GUIDANCE.md with its sources and a
// one-sentence rationale, not from the engine) through the built engine and prints how the
// urgency compares — under-triage, over-triage, exact — and any cause a vignette says must be
// named that was not. Fails on any under-triage. `--json FILE` also writes the figures.
import { writeFileSync } from 'node:fs';
import * as engine from '../dist/engine.js';
import { vignetteResults } from './vignette-results.mjs';

const { figures, byLevel, rows } = vignetteResults(engine);
const { RULESET_VERSION } = engine;

console.log(`Clinical vignettes (ruleset ${RULESET_VERSION}): ${rows.length} cases from clinical/GUIDANCE.md\n`);
console.log(byLevel.map(({ level, expected, exact }) => `${level.padEnd(10)} ${String(expected).padStart(4)} expected, ${String(exact).padStart(4)} exact`).join('\n'));
for (const row of rows.filter((r) => r.verdict !== 'exact' || r.missed.length)) {
  const what = row.verdict === 'exact' ? '' : `${row.verdict}: expected ${row.expected}, got ${row.got}`;
  const missed = row.missed.length ? `causes missed: ${row.missed.join(', ')}` : '';
  console.log(`  ${row.id} ${row.title} — ${[what, missed].filter(Boolean).join('; ')}`);
}
console.log(
  `\nunder-triage ${figures.underTriage}, over-triage ${figures.overTriage}, exact ${figures.exact}, causes missed ${figures.causesMissed} (in ${figures.vignettesMissingACause} vignettes)`,
);

const out = process.argv.indexOf('--json');
if (out > 0) writeFileSync(process.argv[out + 1], JSON.stringify({ ...figures, rows }, null, 2));
process.exit(figures.underTriage === 0 ? 0 : 1);
