// Writes the .d.ts beside each bundle, pointing at the declarations tsc emitted. The React,
// Vue, Svelte and Angular entries get theirs from scripts/framework-types.mjs.
import { writeFileSync } from 'node:fs';

const entries = {
  engine: './types/engine/index.js',
  fhir: './types/fhir/index.js',
  'bleeding-triage': './types/define.js',
  'bleeding-triage.iife': './types/define.js',
  index: './types/index.js',
  define: './types/define.js',
};
for (const [name, target] of Object.entries(entries)) {
  writeFileSync(new URL(`../dist/${name}.d.ts`, import.meta.url), `export * from '${target}';\n`);
}
