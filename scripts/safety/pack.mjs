// The clinical safety pack as one check: every reference resolves, every rule that sets the
// urgency is tested, the changelog knows the current ruleset, the accessibility report covers
// every WCAG 2.2 A and AA criterion, and the generated documents are up to date.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEvidence } from './evidence.mjs';
import { checkHazards, renderHazardLog } from './hazard-log.mjs';
import { loadProject } from './project.mjs';
import { REFERENCE_IN_TEXT, resolveReference } from './references.mjs';
import { checkCoverage, renderTraceability } from './traceability.mjs';
import { WCAG_22_A_AA } from './wcag.mjs';

/** Hand-written documents whose `kind:target` references must resolve, with the path back to the root. */
export const DOCUMENTS = {
  'docs/safety/INTENDED-PURPOSE.md': '../../',
  'docs/safety/SAFETY-CASE.md': '../../',
  'docs/ACCESSIBILITY.md': '../',
  'CLINICAL-CHANGES.md': '',
};
export const SAFETY_CASE = 'docs/safety/SAFETY-CASE.md';
const EVIDENCE = /<!-- evidence:start -->[\s\S]*?<!-- evidence:end -->/;

const read = (root, file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null);

function checkDocuments(project) {
  const problems = [];
  for (const [file, base] of Object.entries(DOCUMENTS)) {
    const text = read(project.root, file);
    if (text === null) {
      problems.push(`${file} is missing`);
      continue;
    }
    for (const [, reference] of text.matchAll(REFERENCE_IN_TEXT)) {
      const resolved = resolveReference(reference, project, base);
      if (resolved.problem) problems.push(`${file}: ${resolved.problem}`);
    }
  }
  return problems;
}

/** CLINICAL-CHANGES.md has a section for the current version that records the current fingerprint. */
function checkChangelog(project) {
  const text = read(project.root, 'CLINICAL-CHANGES.md') ?? '';
  const section = text.split(/^## /m).find((part) => part.startsWith(`${project.version} `) || part.startsWith(`${project.version}\n`));
  if (!section) return [`CLINICAL-CHANGES.md has no "## ${project.version}" entry: every ruleset version needs one (bump RULESET_VERSION in src/engine/version.ts when the rules change)`];
  if (!section.includes(project.fingerprint)) {
    return [
      `CLINICAL-CHANGES.md: the ${project.version} entry does not record the fingerprint ${project.fingerprint}. The rules, words or engine changed: ` +
        'say what changed for a clinician, and bump RULESET_VERSION if that version has been released; then record the new fingerprint',
    ];
  }
  return [];
}

function checkAccessibilityReport(project) {
  const text = read(project.root, 'docs/ACCESSIBILITY.md') ?? '';
  return WCAG_22_A_AA.filter(({ id }) => !new RegExp(`^\\| ${id.replace(/\./g, '\\.')} `, 'm').test(text)).map(
    ({ id, name }) => `docs/ACCESSIBILITY.md has no table row for WCAG 2.2 ${id} ${name}`,
  );
}

/** The generated files as they should be, keyed by path. */
function outputs(project) {
  const safetyCase = read(project.root, SAFETY_CASE);
  return {
    'docs/safety/HAZARD-LOG.md': renderHazardLog(project),
    'docs/safety/TRACEABILITY.md': renderTraceability(project),
    ...(safetyCase && EVIDENCE.test(safetyCase) && { [SAFETY_CASE]: safetyCase.replace(EVIDENCE, () => renderEvidence(project)) }),
  };
}

/** Everything wrong with the pack, by kind, and the generated files. */
export async function buildPack(root) {
  const project = await loadProject(root);
  const files = outputs(project);
  const stale = Object.entries(files)
    .filter(([file, text]) => read(root, file) !== text)
    .map(([file]) => `${file} is not what npm run safety writes: run npm run safety and commit it`);
  if (!(SAFETY_CASE in files)) stale.push(`${SAFETY_CASE} needs <!-- evidence:start --> and <!-- evidence:end --> markers for its figures`);
  return {
    project,
    files,
    problems: {
      hazards: checkHazards(project),
      coverage: checkCoverage(project),
      documents: checkDocuments(project),
      changelog: checkChangelog(project),
      accessibility: checkAccessibilityReport(project),
      stale,
    },
  };
}
