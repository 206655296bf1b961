// The references a hazard's controls (and the other safety documents) make, resolved against
// the project as it is: a rule row, a test title, a vignette, a design feature, or a file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TITLE_SEPARATOR } from './test-titles.mjs';

export const KINDS = ['rule', 'test', 'vignette', 'design', 'doc'];

/** A reference written in a document: `kind:target` inside backticks. */
export const REFERENCE_IN_TEXT = new RegExp(`\`((?:${KINDS.join('|')}):[^\`\n]+)\``, 'g');

/**
 * Resolves one reference. `base` is the path from the document that links to the repository
 * root (e.g. `../../` from docs/safety/). Returns `{ label, href }`, or `{ problem }`.
 */
export function resolveReference(reference, project, base) {
  const colon = reference.indexOf(':');
  const kind = reference.slice(0, colon);
  const target = reference.slice(colon + 1);
  switch (kind) {
    case 'rule':
      return project.rules.has(target)
        ? { label: `rule \`${target}\``, href: `${base}RULES.md#rule-${target}` }
        : { problem: `${reference}: no rule "${target}" in src/engine/rules.ts` };
    case 'test': {
      const hash = target.indexOf('#');
      const file = target.slice(0, hash);
      const title = target.slice(hash + 1);
      const titles = project.tests.get(file);
      if (hash < 0 || !titles) return { problem: `${reference}: no test file "${file}"` };
      if (!titles.tests.includes(title) && !titles.describes.includes(title)) {
        return { problem: `${reference}: ${file} has no test or describe block titled "${title}"` };
      }
      return { label: `test “${title.split(TITLE_SEPARATOR).join(' › ')}” (${file.replace(/^test\//, '')})`, href: `${base}${file}` };
    }
    case 'vignette': {
      const vignette = project.vignettes.get(target);
      return vignette
        ? { label: `vignette ${target} (${vignette.title})`, href: `${base}test/vignettes/vignettes.json` }
        : { problem: `${reference}: no vignette "${target}" in test/vignettes/vignettes.json` };
    }
    case 'design':
      return project.design.has(target)
        ? { label: `design: ${project.design.get(target).title}`, href: `${base}docs/safety/HAZARD-LOG.md#design-${target}` }
        : { problem: `${reference}: no design feature "${target}" in docs/safety/hazards.yaml` };
    case 'doc':
      return existsSync(join(project.root, target)) ? { label: `\`${target}\``, href: `${base}${target}` } : { problem: `${reference}: no file "${target}"` };
    default:
      return { problem: `${reference}: unknown kind "${kind}" (expected ${KINDS.join(', ')})` };
  }
}
