// src/i18n/format.ts reads a small part of ICU MessageFormat: `{name}` and
// `{name, plural, =n {…} one {…} other {…}}`. On every message of every catalogue in src/i18n/
// (found by reading the folder, so a new locale is covered), and on every plural form its
// locale has, it must say what intl-messageformat, a full implementation, says.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { importSource } from './source.mjs';

const { formatText } = await importSource('src/i18n/format.ts');

// Numbers that reach every plural category of every language (Arabic has six: 0, 1, 2, 3–10, 11–99, 100–102).
const COUNTS = [0, 1, 2, 3, 5, 10, 11, 21, 25, 99, 100, 101, 102, 103, 111, 1000, 1001];

/** The catalogues: each export of src/i18n/*.ts that maps message keys to strings. */
async function catalogues() {
  const found = [];
  for (const file of readdirSync(new URL('../../src/i18n/', import.meta.url)).filter((name) => name.endsWith('.ts'))) {
    const module = await importSource(`src/i18n/${file}`);
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof value === 'object' && Object.keys(value).length > 5 && Object.values(value).every((text) => typeof text === 'string')) {
        found.push({ file, name, locale: file.replace(/\.ts$/, '').replace(/-details$/, ''), messages: value });
      }
    }
  }
  return found;
}

const all = await catalogues();

test('the catalogues are found by reading src/i18n/', () => {
  assert.ok(all.some((catalogue) => catalogue.locale === 'en'));
  assert.ok(all.length >= 4, all.map((catalogue) => catalogue.file).join(', '));
});

for (const { file, name, locale, messages } of all) {
  test(`${file} (${name}): every message reads as intl-messageformat reads it, in every plural form`, () => {
    let compared = 0;
    for (const [key, message] of Object.entries(messages)) {
      const plural = new Set([...message.matchAll(/\{(\w+), plural,/g)].map((match) => match[1]));
      const simple = [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).filter((variable) => !plural.has(variable));
      // Simple placeholders take text (format.ts writes numbers the locale's way, ICU as digits).
      const base = Object.fromEntries(simple.map((variable) => [variable, `‹${variable}›`]));
      const variants = plural.size === 0 ? [base] : COUNTS.map((count) => ({ ...base, ...Object.fromEntries([...plural].map((variable) => [variable, count])) }));
      const icu = new IntlMessageFormat(message, locale);
      for (const values of variants) {
        assert.equal(formatText(message, values, locale), icu.format(values), `${file} ${key} with ${JSON.stringify(values)}`);
        compared++;
      }
    }
    assert.ok(compared >= Object.keys(messages).length);
  });
}
