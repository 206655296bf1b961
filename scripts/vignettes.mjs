// `npm run vignettes`: the public clinical benchmark. Runs every vignette of
// test/vignettes/vignettes.json (each written from clinical/GUIDANCE.md with its sources and a
// one-sentence rationale, not from the engine) through the built engine and prints how the
// urgency compares — under-triage, over-triage, exact — and any cause a vignette says must be
// named that was not. Fails on any under-triage. `--json FILE` also writes the figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULESET_VERSION, URGENCIES, triage } from '../dist/engine.js';

const vignettes = JSON.parse(readFileSync(new URL('../test/vignettes/vignettes.json', import.meta.url), 'utf8'));
const rank = (urgency) => URGENCIES.indexOf(urgency);

const rows = vignettes.map((vignette) => {
  const result = triage(vignette.input);
  const named = new Set(result.causes.map((cause) => cause.id));
  const difference = rank(result.urgency) - rank(vignette.expect.urgency);
  return {
    id: vignette.id,
    title: vignette.title,
    expected: vignette.expect.urgency,
    got: result.urgency,
    verdict: difference < 0 ? 'under-triage' : difference > 0 ? 'over-triage' : 'exact',
    missed: vignette.expect.causes.filter((cause) => !named.has(cause)),
  };
});

const count = (verdict) => rows.filter((row) => row.verdict === verdict).length;
const figures = {
  rulesetVersion: RULESET_VERSION,
  vignettes: rows.length,
  underTriage: count('under-triage'),
  overTriage: count('over-triage'),
  exact: count('exact'),
  causesMissed: rows.reduce((total, row) => total + row.missed.length, 0),
  vignettesMissingACause: rows.filter((row) => row.missed.length).length,
};

const byLevel = URGENCIES.slice().reverse().map((level) => {
  const expected = rows.filter((row) => row.expected === level);
  return `${level.padEnd(10)} ${String(expected.length).padStart(4)} expected, ${String(expected.filter((row) => row.verdict === 'exact').length).padStart(4)} exact`;
});

console.log(`Clinical vignettes (ruleset ${RULESET_VERSION}): ${rows.length} cases from clinical/GUIDANCE.md\n`);
console.log(byLevel.join('\n'));
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
