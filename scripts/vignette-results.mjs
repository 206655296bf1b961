// How the engine does on the clinical vignettes (test/vignettes/vignettes.json): each vignette's
// urgency compared with what the engine decides — under-triage, over-triage or exact — and any
// cause the vignette says must be named that was not. Shared by `npm run vignettes` (on the built
// engine) and `npm run safety` (on the source), so both print the same figures.
import { readFileSync } from 'node:fs';

export const VIGNETTES_FILE = new URL('../test/vignettes/vignettes.json', import.meta.url);

export const readVignettes = () => JSON.parse(readFileSync(VIGNETTES_FILE, 'utf8'));

export function vignetteResults(engine, vignettes = readVignettes()) {
  const rank = (urgency) => engine.URGENCIES.indexOf(urgency);
  const rows = vignettes.map((vignette) => {
    const result = engine.triage(vignette.input);
    const named = new Set(result.causes.map((cause) => cause.id));
    const difference = rank(result.urgency) - rank(vignette.expect.urgency);
    return {
      id: vignette.id,
      title: vignette.title,
      expected: vignette.expect.urgency,
      got: result.urgency,
      verdict: difference < 0 ? 'under-triage' : difference > 0 ? 'over-triage' : 'exact',
      missed: vignette.expect.causes.filter((cause) => !named.has(cause)),
      fired: result.fired.map((fired) => fired.ruleId),
    };
  });
  const count = (verdict) => rows.filter((row) => row.verdict === verdict).length;
  const figures = {
    rulesetVersion: engine.RULESET_VERSION,
    vignettes: rows.length,
    underTriage: count('under-triage'),
    overTriage: count('over-triage'),
    exact: count('exact'),
    causesMissed: rows.reduce((total, row) => total + row.missed.length, 0),
    vignettesMissingACause: rows.filter((row) => row.missed.length).length,
  };
  const byLevel = [...engine.URGENCIES].reverse().map((level) => {
    const expected = rows.filter((row) => row.expected === level);
    return { level, expected: expected.length, exact: expected.filter((row) => row.verdict === 'exact').length };
  });
  return { figures, byLevel, rows };
}
