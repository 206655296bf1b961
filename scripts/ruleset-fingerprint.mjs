// The ruleset fingerprint: one short hash that changes whenever anything a clinician approves
// changes, so a deploying organisation can pin the version it reviewed (docs/safety/SAFETY-CASE.md).
// It is computed from the source tree, never from dist/, so the build can write it before Rollup.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** An ES module of the source tree at `root`, bundled in memory and imported. */
export async function importSource(root, file) {
  const { outputFiles } = await build({
    entryPoints: [join(root, file)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** JSON with every object's keys sorted, so the order a key was written in changes nothing. */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// Every dating a person can give (SPEC §1), and every amount.
const DATINGS = [...Array.from({ length: 46 }, (_, week) => ({ weeks: week })), { trimester: 'first' }, { trimester: 'second' }, { trimester: 'third' }, {}];
const BLEEDING = ['spotting', 'light', 'heavy'];
const ANSWERS = [true, false, undefined];

/**
 * The engine's behaviour over every dating, amount, no symptom or any one symptom, and every
 * yes / no / not sure to both questions (24,300 inputs with 17 symptoms), plus the questions it
 * asks at each dating. Hashing what the engine does, not only its tables, means a change to the
 * code that reads the table changes the fingerprint too.
 */
function* behaviour(engine) {
  for (const dating of DATINGS) {
    yield canonical(engine.questionsFor(dating));
    for (const bleeding of BLEEDING) {
      for (const symptoms of [[], ...engine.SYMPTOMS.map((symptom) => [symptom])]) {
        for (const lowLyingPlacenta of ANSWERS) {
          for (const ectopicRisk of ANSWERS) {
            const input = { ...dating, bleeding, symptoms };
            if (lowLyingPlacenta !== undefined) input.lowLyingPlacenta = lowLyingPlacenta;
            if (ectopicRisk !== undefined) input.ectopicRisk = ectopicRisk;
            yield canonical(engine.triage(input));
          }
        }
      }
    }
  }
}

/**
 * SHA-256 (hex, first 16 characters) of, in order: the ruleset version; the rule table, causes,
 * advice, sources and symptom catalogue as the engine exports them; every English message
 * (src/i18n/en.ts and en-details.ts, keys sorted); and the engine's results over the inputs
 * above. The source tree is the one at `root` (a checkout of any commit works).
 */
export async function rulesetFingerprint(root) {
  const engine = await importSource(root, 'src/engine/index.ts');
  const { en } = await importSource(root, 'src/i18n/en.ts');
  const details = existsSync(join(root, 'src/i18n/en-details.ts')) ? (await importSource(root, 'src/i18n/en-details.ts')).enDetails : {};
  const hash = createHash('sha256');
  hash.update(canonical({ version: engine.RULESET_VERSION, rules: engine.RULES, causes: engine.CAUSES, advice: engine.ADVICE, sources: engine.SOURCES, symptoms: engine.SYMPTOMS }));
  hash.update(canonical({ ...en, ...details }));
  for (const line of behaviour(engine)) hash.update(line);
  return { fingerprint: hash.digest('hex').slice(0, 16), version: engine.RULESET_VERSION };
}
