// Everything the safety pack reads, from the source tree (not dist/): the engine and its rule
// table, the hazard log, the test titles, the vignettes and the ruleset fingerprint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importSource, rulesetFingerprint } from '../ruleset-fingerprint.mjs';
import { readVignettes } from '../vignette-results.mjs';
import { namesIn, testFiles, titlesOf } from './test-titles.mjs';

export const HAZARDS_FILE = 'docs/safety/hazards.yaml';

export async function loadProject(root) {
  const engine = await importSource(root, 'src/engine/index.ts');
  // Modules whose values a test title may be built from (see test-titles.mjs).
  const modules = { 'src/engine/index.js': engine, 'src/index.js': engine, 'dist/engine.js': engine };
  for (const helper of ['invariants', 'sweep', 'inputs']) modules[`test/engine/${helper}.js`] = await importSource(root, `test/engine/${helper}.ts`);
  const tests = new Map();
  const names = new Map();
  for (const file of testFiles(root)) {
    const titles = titlesOf(root, file, modules);
    tests.set(file, titles);
    names.set(file, namesIn(titles.source));
  }
  const log = parse(readFileSync(join(root, HAZARDS_FILE), 'utf8'));
  const vignettes = readVignettes();
  return {
    root,
    engine,
    invariants: modules['test/engine/invariants.js'].invariants(engine),
    log,
    rules: new Map(engine.RULES.map((rule) => [rule.id, rule])),
    tests,
    names,
    vignettes: new Map(vignettes.map((vignette) => [vignette.id, vignette])),
    vignetteList: vignettes,
    design: new Map(Object.entries(log.design_features ?? {})),
    ...(await rulesetFingerprint(root)),
  };
}
