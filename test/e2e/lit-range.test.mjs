// `lit` is a caret range: the element must work with the oldest and the newest Lit it allows.
// Each is installed from the registry into its own folder, the bundler entry (dist/define.js,
// which imports Lit) is bundled against it, and a person completes a flow in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { completeFlow, openPage } from './browser.mjs';
import { sharedSite } from './site.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const range = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies.lit;
const oldest = range.replace(/^\^/, '');

// The oldest: Lit's first release in the range, with the parts it was released with (their own
// caret ranges would otherwise bring today's lit-html and reactive element).
const LITS = {
  oldest: { dependencies: { lit: oldest }, overrides: { 'lit-element': '4.0.0', 'lit-html': '3.0.0', '@lit/reactive-element': '2.0.0' }, litElement: '4.0.0' },
  // The newest: whatever npm resolves for the range today.
  newest: { dependencies: { lit: range } },
};

const site = sharedSite();

for (const [name, lit] of Object.entries(LITS)) {
  test(`the element works with the ${name} Lit in ${range}`, async () => {
    const dir = join(ROOT, 'build/lit-range', name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, dependencies: lit.dependencies, overrides: lit.overrides ?? {} }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
    const installed = (pkg) => JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    const versions = { lit: installed('lit'), 'lit-element': installed('lit-element'), 'lit-html': installed('lit-html') };
    console.log(`${name}: ${JSON.stringify(versions)}`);
    if (name === 'oldest') assert.equal(versions.lit, oldest);

    // The bundler entry, beside its own node_modules, as an app's bundler would see it.
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    await build({ entryPoints: [join(dir, 'dist/define.js')], bundle: true, format: 'esm', outfile: join(dir, 'app.js'), logLevel: 'warning' });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="./app.js"></script></head>
<body><bleeding-triage region="GB" care-name="Ward 7"></bleeding-triage></body></html>`,
    );

    const { page, messages } = await openPage(site.browser, `${site.server.origin}/build/lit-range/${name}/index.html`);
    try {
      // Lit records the version of each copy that runs on the page.
      assert.deepEqual(await page.evaluate(() => globalThis.litElementVersions), [versions['lit-element']]);
      assert.match(await completeFlow(page), /Phone Ward 7 now/);
      assert.deepEqual(messages.filter((message) => message.type === 'error' || message.type === 'pageerror'), []);
    } finally {
      await page.close();
    }
  });
}
