// The translators' review kit works for every language that ships: every message in its place,
// with the English, placeholders marked and plural forms written out (screenshots are left out
// here for speed; scripts/review-sheet.mjs takes them in Chromium by default).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { importSource } from './source.mjs';

const { CATALOGUES } = await importSource('src/i18n/locales.ts');
const { en } = await importSource('src/i18n/en.ts');
const { enDetails } = await importSource('src/i18n/en-details.ts');
const keys = Object.keys({ ...en, ...enDetails });
const out = mkdtempSync(join(tmpdir(), 'review-sheet-'));

for (const locale of Object.keys(CATALOGUES)) {
  test(`${locale}: npm run review-sheet writes the page and the CSV with every message`, () => {
    execFileSync('node', ['scripts/review-sheet.mjs', '--locale', locale, '--out', out, '--no-screenshots'], { stdio: 'pipe' });
    const html = readFileSync(join(out, `${locale}.html`), 'utf8');
    const csv = readFileSync(join(out, `${locale}.csv`), 'utf8');
    for (const key of keys) {
      assert.ok(html.includes(`<td class="key">${key}</td>`), `${key} in the page`);
      assert.ok(csv.includes(`"${key}"`), `${key} in the CSV`);
    }
    assert.match(html, /<mark>\{number\}<\/mark>/, 'placeholders are marked');
    assert.match(html, /<ul class="examples"><li>[a-z]+ \(\d+\): /, 'plural forms are written out');
    assert.match(html, /contenteditable="true"/, 'a column for comments');
    assert.doesNotMatch(html, /<script/i, 'a page to read offline, with no script');
  });
}

test('refuses a language that does not ship, naming the ones that do', () => {
  assert.throws(() => execFileSync('node', ['scripts/review-sheet.mjs', '--locale', 'xx', '--no-screenshots'], { stdio: 'pipe' }), (error) => {
    assert.match(String(error.stderr), /--locale must be one of .*es/);
    return true;
  });
});
