// The drop-in bundles Lit's browser build, which reads HTMLElement and document as it loads. A
// server may still import it (an SSR build, a CDN's module preview; the package's CDN fields point
// at it): it must not throw, nor define anything. A file of its own, so no other import (Lit's
// server build sets a customElements stand-in) has touched the globals first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const packageJson = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const cdn = new Set([packageJson.unpkg, packageJson.jsdelivr]);
const DROP_INS = [...new Set(['dist/bleeding-triage.js', 'dist/bleeding-triage.iife.js', ...cdn])];

for (const file of DROP_INS) {
  test(`${file} imports on a server without a DOM, and defines nothing${cdn.has(file) ? ' (a CDN field points at it)' : ''}`, async () => {
    await import(`../../${file}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    for (const name of ['HTMLElement', 'document', 'customElements', 'window']) assert.equal(typeof globalThis[name], 'undefined', `${name} stays undefined`);
  });
}
