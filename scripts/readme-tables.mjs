// Writes the API and message-key tables in README.md from custom-elements.json and
// src/i18n/en.ts, between <!-- name:start --> and <!-- name:end --> markers, so the README
// cannot drift from the code. Run by `npm run build`.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { compressedSizes } from './compressed-sizes.mjs';

const readmeUrl = new URL('../README.md', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === 'bleeding-triage');

/** A catalogue file of src/i18n, compiled and imported. */
async function catalogue(file, name) {
  const source = readFileSync(new URL(`../src/i18n/${file}`, import.meta.url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`))[name];
}

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

const attributes = table(
  ['Attribute', 'Property', 'Type', 'Default', 'Description'],
  element.attributes.map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '—', a.type?.text ?? '', a.default ?? '', a.description]),
);
const properties = table(
  ['Property', 'Type', 'Description'],
  element.members
    .filter((m) => m.kind === 'field' && !m.privacy && !element.attributes.some((a) => a.fieldName === m.name) && !m.static)
    .map((m) => [`\`.${m.name}\``, m.type?.text ?? '', `${m.readonly ? 'Read-only. ' : ''}${m.description ?? ''}`]),
);
const methods = table(
  ['Method', 'Description'],
  element.members.filter((m) => m.kind === 'method' && !m.privacy).map((m) => [`\`${m.static ? 'BleedingTriageElement.' : ''}${m.name}()\``, m.description]),
);
const events = table(['Event', 'Class', 'Description'], element.events.map((e) => [`\`${e.name}\``, `\`${e.type?.text ?? ''}\``, e.description]));
const cssProperties = table(['Custom property', 'Default', 'Description'], element.cssProperties.map((p) => [`\`${p.name}\``, `\`${p.default}\``, p.description]));
const parts = table(['Part', 'Description'], element.cssParts.map((p) => [`\`${p.name}\``, p.description]));
const slots = table(['Slot', 'Description'], element.slots.map((s) => [`\`${s.name}\``, s.description]));

const en = { ...(await catalogue('en.ts', 'en')), ...(await catalogue('en-details.ts', 'enDetails')) };
const messages = table(['Key', 'English'], Object.entries(en).map(([key, text]) => [`\`${key}\``, text]));

// The languages that ship, from each catalogue's own review status (src/i18n/<locale>.ts).
const { RIGHT_TO_LEFT } = await import(
  `data:text/javascript;base64,${Buffer.from((await transform(readFileSync(new URL('../src/i18n/locales.ts', import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' })).code).toString('base64')}`
);
const names = new Intl.DisplayNames('en', { type: 'language' });
const localeFiles = readdirSync(new URL('../src/i18n/', import.meta.url)).filter((file) => /^[a-z]{2,3}(-[A-Z][a-z]+)?\.ts$/.test(file) && file !== 'en.ts');
const languageRows = [['`en`', 'English', 'left to right', 'the source', '—', '(in the main file)']];
for (const file of localeFiles.sort()) {
  const review = await catalogue(file, 'review');
  if (!review) continue;
  const locale = file.replace(/\.ts$/, '');
  // Each language is two files: the questions' words, and the rest of the outcome's.
  const kb = (name) => {
    const built = new URL(`../dist/i18n/${name}.js`, import.meta.url);
    return existsSync(built) ? `${(compressedSizes(readFileSync(built)).brotli / 1024).toFixed(1)} KB` : '?';
  };
  const size = `${kb(locale)} + ${kb(`${locale}-details`)}`;
  const status = review.reviewed ? `reviewed by ${review.reviewer}, ${review.date}` : '**not yet reviewed**';
  languageRows.push([`\`${locale}\``, names.of(locale), RIGHT_TO_LEFT.has(locale) ? 'right to left' : 'left to right', status, review.sources.join('; '), size]);
}
const languages = table(['Locale', 'Language', 'Direction', 'Clinical translator review', 'Terms follow', 'Brotli (words + the rest)'], languageRows);

const sections = {
  api: ['### Attributes', attributes, '### Properties', properties, '### Methods', methods, '### Events', events, '### CSS custom properties', cssProperties, '### Parts', parts, '### Slots', slots].join('\n\n'),
  messages,
  languages,
};

let readme = readFileSync(readmeUrl, 'utf8');
for (const [name, content] of Object.entries(sections)) {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(readme)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`);
  readme = readme.replace(pattern, `$1\n<!-- Generated by scripts/readme-tables.mjs: edit the source, not this table. -->\n\n${content}\n\n$2`);
}
writeFileSync(readmeUrl, readme);
console.log(`readme-tables: ${element.attributes.length} attributes, ${element.events.length} events, ${Object.keys(en).length} message keys`);
