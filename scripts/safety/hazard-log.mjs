// The hazard log: docs/safety/hazards.yaml checked field by field and written out as
// docs/safety/HAZARD-LOG.md, every control linked to the rule, test, vignette or file it names.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveReference } from './references.mjs';

const BASE = '../../';
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

/** The matrix's rating for a severity and likelihood, with the levels' names. */
export function riskOf(matrix, { severity, likelihood }) {
  const column = matrix.severity.findIndex((level) => level.id === severity);
  const rating = matrix.risk[likelihood]?.[column];
  return rating === undefined ? undefined : { rating, severity: matrix.severity[column], likelihood: matrix.likelihood.find((level) => level.id === likelihood) };
}

/** Every problem with the log: missing fields, values off the matrix, references that do not resolve. */
export function checkHazards(project) {
  const { log } = project;
  const problems = [];
  const ids = new Set();
  for (const [id, feature] of project.design) {
    if (!feature?.title || !feature?.what) problems.push(`design feature ${id}: needs a title and what it does`);
    for (const file of feature?.implemented_in ?? []) if (!existsSync(join(project.root, file))) problems.push(`design feature ${id}: no file "${file}"`);
    if (!feature?.implemented_in?.length) problems.push(`design feature ${id}: name the file(s) that implement it (implemented_in)`);
  }
  for (const hazard of log.hazards ?? []) {
    const where = `hazard ${hazard.id ?? '(no id)'}`;
    if (!/^H\d{2,}$/.test(hazard.id ?? '') || ids.has(hazard.id)) problems.push(`${where}: needs a unique id like H01`);
    ids.add(hazard.id);
    for (const field of ['title', 'effect', 'harm']) if (!hazard[field]) problems.push(`${where}: no ${field}`);
    if (!hazard.causes?.length) problems.push(`${where}: list at least one cause`);
    if (!log.owners.includes(hazard.owner)) problems.push(`${where}: owner "${hazard.owner}" is not one of ${log.owners.join(', ')}`);
    if (!(hazard.status in log.statuses)) problems.push(`${where}: status "${hazard.status}" is not one of ${Object.keys(log.statuses).join(', ')}`);
    const initial = riskOf(log.matrix, hazard.initial ?? {});
    const residual = riskOf(log.matrix, hazard.residual ?? {});
    if (!initial) problems.push(`${where}: initial severity and likelihood must be on the matrix`);
    if (!residual) problems.push(`${where}: residual severity and likelihood must be on the matrix`);
    if (initial && residual && residual.rating > initial.rating) problems.push(`${where}: residual risk ${residual.rating} is above the initial ${initial.rating}`);
    if (!hazard.controls?.length) problems.push(`${where}: list its controls`);
    for (const control of hazard.controls ?? []) {
      if (!control.what) problems.push(`${where}: a control says nothing about what it is`);
      if (!control.refs?.length) problems.push(`${where}: control "${control.what}" names no rule, test, vignette, design feature or file`);
      for (const reference of control.refs ?? []) {
        const resolved = resolveReference(reference, project, BASE);
        if (resolved.problem) problems.push(`${where}: ${resolved.problem}`);
      }
    }
  }
  return problems;
}

const riskText = (matrix, level) => {
  const risk = riskOf(matrix, level);
  return risk ? `**${risk.rating}** (${risk.severity.name} × ${risk.likelihood.name})` : '?';
};

const link = (reference, project) => {
  const resolved = resolveReference(reference, project, BASE);
  return resolved.problem ? `\`${reference}\` (**does not resolve**)` : `[${resolved.label}](${encodeURI(resolved.href).replace(/%23/g, '#')})`;
};

function matrixSection({ matrix }) {
  const header = `| Likelihood \\ Severity | ${matrix.severity.map((level) => level.name).join(' | ')} |`;
  const rows = [...matrix.likelihood].reverse().map((level) => `| **${level.name}** | ${matrix.risk[level.id].join(' | ')} |`);
  return `## The risk matrix

${cell(matrix.about)}

Source: ${matrix.source.map((source) => `[${source.title}](${source.url})`).join('; ')}.

**Severity** (the worst credible harm to the person):

| Severity | Meaning |
|---|---|
${matrix.severity.map((level) => `| ${level.name} | ${cell(level.meaning)} |`).join('\n')}

**Likelihood** (that the harm happens, with the controls in place for the residual risk):

| Likelihood | Meaning |
|---|---|
${matrix.likelihood.map((level) => `| ${level.name} | ${cell(level.meaning)} |`).join('\n')}

**Risk rating** (likelihood × severity):

${header}
|---|${matrix.severity.map(() => '---').join('|')}|
${rows.join('\n')}

| Rating | What it means |
|---|---|
${Object.entries(matrix.ratings).map(([rating, meaning]) => `| ${rating} | ${cell(meaning)} |`).join('\n')}`;
}

function hazardSection(hazard, project) {
  const { matrix } = project.log;
  const controls = hazard.controls.map((control, index) => `${index + 1}. ${cell(control.what)}  \n   ${control.refs.map((reference) => link(reference, project)).join('; ')}`);
  return `### <a id="${hazard.id.toLowerCase()}"></a>${hazard.id}: ${hazard.title}

| | |
|---|---|
| **Causes** | ${hazard.causes.map(cell).join('<br>')} |
| **Effect** | ${cell(hazard.effect)} |
| **Harm** | ${cell(hazard.harm)} |
| **Initial risk** | ${riskText(matrix, hazard.initial)} |
| **Residual risk** | ${riskText(matrix, hazard.residual)} |
| **Status** | ${hazard.status}: ${cell(project.log.statuses[hazard.status])} |
| **Owner** | ${hazard.owner} |
${hazard.notes ? `| **Notes** | ${cell(hazard.notes)} |\n` : ''}
**Controls**

${controls.join('\n')}`;
}

export function renderHazardLog(project) {
  const { log } = project;
  const summary = log.hazards.map(
    (hazard) =>
      `| [${hazard.id}](#${hazard.id.toLowerCase()}) | ${cell(hazard.title)} | ${riskOf(log.matrix, hazard.initial).rating} | ${riskOf(log.matrix, hazard.residual).rating} | ${hazard.status} | ${hazard.owner} |`,
  );
  const design = [...project.design].map(
    ([id, feature]) =>
      `- <a id="design-${id}"></a>**${cell(feature.title)}** (\`design:${id}\`): ${cell(feature.what)} Implemented in ${feature.implemented_in.map((file) => `[\`${file}\`](${BASE}${file})`).join(', ')}.`,
  );
  return `# Hazard log

<!-- Generated by scripts/safety.mjs from docs/safety/hazards.yaml: edit the YAML, then run \`npm run safety\`. -->

The clinical hazards of \`<bleeding-triage>\` (ruleset ${project.version}, fingerprint \`${project.fingerprint}\`),
each with its causes, effect, harm, the risk before and after its controls on the DCB0129 matrix,
its status and who owns it. Every control names the rule row, test, vignette, design feature or
file that carries it; \`npm test\` fails when one of them no longer exists. Read it with
[SAFETY-CASE.md](SAFETY-CASE.md) (the argument and the evidence), [INTENDED-PURPOSE.md](INTENDED-PURPOSE.md)
and [TRACEABILITY.md](TRACEABILITY.md) (rule → hazards → tests → vignettes). The source is
[hazards.yaml](hazards.yaml).

**No clinical safety officer has reviewed this log yet.** The risk ratings are the manufacturer's
proposal; a deploying organisation's clinical safety officer reviews them under DCB0160.

## Summary

| Hazard | Title | Initial risk | Residual risk | Status | Owner |
|---|---|---|---|---|---|
${summary.join('\n')}

## Hazards

${log.hazards.map((hazard) => hazardSection(hazard, project)).join('\n\n')}

## Design features

Features of the design that controls rely on, each with the file that implements it.

${design.join('\n')}

${matrixSection(log)}

## Statuses and owners

${Object.entries(log.statuses).map(([status, meaning]) => `- **${status}**: ${cell(meaning)}`).join('\n')}

Owners: ${log.owners.map((owner) => `**${owner}**`).join(', ')}. ${cell(log.owners_about)}
`;
}
