// Writes the same list of demo pages into every demo page, so each links every other, including
// pages added later. Plain links, no script: it works from any static server and under the
// strict-CSP page. The label is the page's <title> after "—". Run by `npm run build`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const demo = new URL('../demo/', import.meta.url);
const START = '<!-- demo-nav:start: written by scripts/demo-nav.mjs -->';
const END = '<!-- demo-nav:end -->';

const pages = readdirSync(demo)
  .filter((file) => file.endsWith('.html'))
  .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)))
  .map((file) => {
    const html = readFileSync(new URL(file, demo), 'utf8');
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? file;
    const label = title.split(' — ').pop().replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
    const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? 'en';
    const rtl = /<html[^>]*\sdir="rtl"/.test(html);
    return { file, html, label, lang, rtl };
  });

const language = (tag) => tag.split('-')[0].toLowerCase();

for (const page of pages) {
  const links = pages.map((other) => {
    const current = other === page ? ' aria-current="page"' : '';
    // A label in another language says so, for screen readers and for the direction of its text.
    const foreign = language(other.lang) !== language(page.lang) ? ` lang="${other.lang}" dir="${other.rtl ? 'rtl' : 'ltr'}"` : '';
    return `        <a href="./${other.file}"${current}${foreign}>${other.label}</a>`;
  });
  const name = language(page.lang) === 'ar' ? 'العروض' : 'Demos';
  const nav = `${START}\n      <nav aria-label="${name}" class="demo-nav">\n${links.join('\n')}\n      </nav>\n      ${END}`;
  let html = page.html;
  if (html.includes(START)) html = html.replace(new RegExp(`${START}[\\s\\S]*?${END}`), nav);
  else if (/<nav aria-label="[^"]*">[\s\S]*?<\/nav>/.test(html)) html = html.replace(/<nav aria-label="[^"]*">[\s\S]*?<\/nav>/, nav);
  else html = html.replace(/(<body[^>]*>\n)/, `$1    ${nav}\n`);
  if (html !== page.html) writeFileSync(new URL(page.file, demo), html);
}
console.log(`demo-nav: ${pages.length} pages, each linking every other`);
