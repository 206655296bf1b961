// The package as npm would publish it: publint, @arethetypeswrong/cli, what `npm pack` ships,
// the editor data, the CDN file, and what an engine-only import from the main entry costs.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement);
const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8' }))[0];
const files = new Set(packed.files.map((file) => file.path));

test('publint finds nothing to fix (strict)', () => {
  const { status, stdout, stderr } = spawnSync(bin('publint'), ['--strict'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(status, 0, `${stdout}${stderr}`);
  assert.match(stdout, /All good/);
});

test('@arethetypeswrong/cli: every entry resolves to its types, for bundlers and Node ESM', () => {
  // ESM only, as it says: `require()` from CommonJS is not offered.
  const { status, stdout, stderr } = spawnSync(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  const problems = Object.values(JSON.parse(stdout).problems ?? {}).flat();
  const counted = problems.filter((problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind));
  assert.deepEqual(counted, [], stderr);
  assert.equal(status, 0, stderr);
});

test('npm pack ships every file the exports map and the package fields name', () => {
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const path of [...targets, pkg.main, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg['web-types']]) {
    assert.ok(files.has(path.replace(/^\.\//, '')), `${path} is not in the package`);
  }
  for (const entry of ['./react', './vue', './svelte', './astro', './angular', './vscode.html-custom-data.json', './vscode.css-custom-data.json', './web-types.json']) {
    assert.ok(pkg.exports[entry], `package.json exports ${entry}`);
  }
});

test('the CDN fields name the classic-script build, which runs without modules', () => {
  assert.equal(pkg.unpkg, 'dist/bleeding-triage.iife.js');
  assert.equal(pkg.jsdelivr, pkg.unpkg);
  const code = readFileSync(join(ROOT, pkg.unpkg), 'utf8');
  // A module's import or export statement would be a syntax error in a classic script.
  assert.doesNotThrow(() => new Script(code, { filename: pkg.unpkg }));
});

test('lit is a caret range of major version 3, so an app with its own Lit 3 loads one copy', () => {
  assert.match(pkg.dependencies.lit, /^\^3\.\d+\.\d+$/);
  assert.equal(pkg.peerDependenciesMeta.react.optional, true);
});

test('VS Code custom data: every attribute, appearance as its three values, every CSS property and part', () => {
  const html = read('dist/vscode.html-custom-data.json');
  const tag = html.tags.find((candidate) => candidate.name === element.tagName);
  assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), element.attributes.map((attribute) => attribute.name).sort());
  const appearance = tag.attributes.find((attribute) => attribute.name === 'appearance');
  assert.deepEqual(appearance.values.map((value) => value.name).sort(), ['auto', 'dark', 'light']);
  const css = read('dist/vscode.css-custom-data.json');
  assert.deepEqual(css.properties.map((property) => property.name), element.cssProperties.map((property) => property.name));
  assert.deepEqual(css.pseudoElements.map((part) => part.name), element.cssParts.map((part) => `::part(${part.name})`));
});

test('JetBrains web-types: named in package.json, with the real attribute values and event classes', () => {
  const webTypes = read(pkg['web-types']);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const tag = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
  assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), element.attributes.map((attribute) => attribute.name).sort());
  assert.equal(tag.attributes.find((attribute) => attribute.name === 'appearance').value.type, "'light' | 'dark' | 'auto'");
  assert.deepEqual(tag.events.map((event) => [event.name, event.type]), element.events.map((event) => [event.name, event.type.text]));
});

test('the framework types name every attribute, property and event of the manifest', () => {
  const types = Object.fromEntries(['jsx', 'react', 'vue', 'svelte', 'astro', 'angular'].map((name) => [name, readFileSync(join(ROOT, `dist/${name}.d.ts`), 'utf8')]));
  const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  for (const attribute of element.attributes.filter((a) => a.fieldName)) {
    const quoted = (name) => new RegExp(`['"]?${name}['"]?\\??:`);
    assert.match(types.jsx, quoted(attribute.name), `jsx.d.ts: ${attribute.name}`);
    assert.match(types.svelte, quoted(attribute.name), `svelte.d.ts: ${attribute.name}`);
    assert.match(types.astro, quoted(attribute.name), `astro.d.ts: ${attribute.name}`);
    assert.match(types.vue, quoted(camel(attribute.name)), `vue.d.ts: ${attribute.name}`);
    assert.match(types.react, quoted(attribute.fieldName), `react.d.ts: ${attribute.fieldName}`);
    assert.match(types.angular, new RegExp(`"alias": "${attribute.name}"`), `angular.d.ts: ${attribute.name}`);
  }
  for (const event of element.events) {
    const onName = `on${camel(event.name).replace(/^\w/, (letter) => letter.toUpperCase())}`;
    assert.match(types.jsx, new RegExp(`'on${event.name}'\\?: \\(event: ${event.type.text}\\) => void`));
    assert.match(types.svelte, new RegExp(`'on${event.name}'\\?: \\(event: ${event.type.text}\\) => void`));
    assert.match(types.vue, new RegExp(`${onName}\\?: \\(event: ${event.type.text}\\) => void`));
    assert.match(types.react, new RegExp(`${onName}\\?: \\(event: ${event.type.text}\\) => void`));
  }
});

test('importing only the engine from the main entry leaves Lit and the element out of a bundle', async () => {
  // An app folder with the package and Lit installed, as links to this repository.
  const app = mkdtempSync(join(tmpdir(), 'bleeding-triage-app-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(ROOT, join(app, 'node_modules/bleeding-triage'));
  symlinkSync(join(ROOT, 'node_modules/lit'), join(app, 'node_modules/lit'));
  const bundle = async (specifier) => {
    const { outputFiles } = await build({
      stdin: { contents: `import { triage } from '${specifier}'; console.log(triage({ bleeding: 'heavy', symptoms: [] }).urgency);`, resolveDir: app },
      bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', nodePaths: [join(app, 'node_modules')],
    });
    return outputFiles[0].text;
  };
  const main = await bundle('bleeding-triage');
  const engine = await bundle('bleeding-triage/engine');
  console.log(`import { triage } from 'bleeding-triage': ${main.length} B; from 'bleeding-triage/engine': ${engine.length} B`);
  for (const code of [main, engine]) {
    assert.doesNotMatch(code, /lit-html|customElements|LitElement/, 'no Lit and no element');
  }
  assert.ok(main.length <= engine.length * 1.1, `the main entry (${main.length} B) costs no more than the engine entry (${engine.length} B)`);
});
