// `npm run review-sheet -- --locale pl`: a review kit for the clinical translator who checks a
// language. Writes build/review/<locale>.html, one self-contained page to review offline (every
// message in context, the English beside it, placeholders marked, plural forms written out with
// examples, a screenshot of each outcome card in that language, and a column for comments), and
// build/review/<locale>.csv with the same rows for a spreadsheet. `--no-screenshots` skips the
// browser (for a quick look, or a machine without Chromium).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { transform } from 'esbuild';

const { values } = parseArgs({
  options: { locale: { type: 'string' }, out: { type: 'string', default: 'build/review' }, 'no-screenshots': { type: 'boolean', default: false } },
});
const locale = values.locale;

/** A module of src/i18n, compiled from TypeScript and imported (its imports are types only). */
async function i18nModule(file) {
  const { code } = await transform(readFileSync(new URL(`../src/i18n/${file}`, import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { CATALOGUES } = await i18nModule('locales.ts');
if (!locale || !Object.hasOwn(CATALOGUES, locale)) {
  console.error(`review-sheet: --locale must be one of ${Object.keys(CATALOGUES).join(', ')} (got ${locale ?? 'nothing'})`);
  process.exit(2);
}
const english = { ...(await i18nModule('en.ts')).en, ...(await i18nModule('en-details.ts')).enDetails };
const { messages, review } = await i18nModule(`${locale}.ts`);
const { formatText } = await i18nModule('format.ts');
const { RULESET_VERSION } = await import('../dist/engine.js');

/** Where a person meets each message, by its key: the reviewer reads it in that place. */
const CONTEXTS = [
  [/^banner\./, 'The line at the top of every page (calling the emergency number)'],
  [/^(intro|footer)\./, 'Above and below every page'],
  [/^(progress|back|continue|loading|error\.)/, 'Every question page (buttons, progress, errors)'],
  [/^weeks\./, 'Question page: how many weeks pregnant'],
  [/^trimester\./, 'Question page: which part of the pregnancy (after "not sure")'],
  [/^bleeding\./, 'Question page: how much bleeding'],
  [/^(symptoms|symptom)\./, 'Question page: other symptoms (the emergency signs come first)'],
  [/^ectopic\./, 'Question page: ectopic pregnancy risk'],
  [/^(placenta|answer)\./, 'Question pages: low-lying placenta, and yes / no / not sure'],
  [/^(outcome\.(prefix|title|doNow|notDiagnosis|ready|restart|print)|cta\.|care\.|number\.|urgentCare\.)/, 'Outcome card: heading, call button and what the card always says'],
  [/^outcome\.details\./, 'Outcome card: while the rest of the advice loads, or if it cannot'],
  [/^advice\./, 'Outcome card: what to do now (in the order shown)'],
  [/^(outcome\.causes|cause\.)/, 'Outcome card: what might be causing it'],
  [/^(outcome\.why|review\.)/, 'Below the card: "What you told us" and "Why this advice"'],
];
const contextOf = (key) => CONTEXTS.find(([pattern]) => pattern.test(key))?.[1] ?? 'Elsewhere';

const PLURAL = /\{(\w+), plural,/;
const plurals = new Intl.PluralRules(locale);
/** One example count per plural category the numbers 0–100 reach, in the language's own order. */
const exampleCounts = [...new Map(Array.from({ length: 101 }, (_, n) => [plurals.select(n), n])).values()];
const SAMPLE = { number: '999', care: '‹care›', name: '‹name›', phone: '‹phone›', urgentCare: '111', version: RULESET_VERSION, question: '‹question›', answer: '‹answer›', symptoms: '‹symptoms›', levels: '‹levels›', min: 0, max: 45, current: 2, total: 4, from: 24, to: 36 };

const rows = Object.keys(english).map((key) => {
  const text = messages[key] ?? '';
  const variable = text.match(PLURAL)?.[1];
  const examples = variable ? exampleCounts.map((count) => `${plurals.select(count)} (${count}): ${formatText(text, { ...SAMPLE, [variable]: count }, locale)}`) : [];
  return { key, context: contextOf(key), english: english[key], text, examples };
});

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** Placeholders in their own colour, so a reviewer sees what the widget fills in. */
const marked = (text) => escape(text).replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, (placeholder) => `<mark>${placeholder}</mark>`);

async function screenshots() {
  if (values['no-screenshots']) return [];
  const { launch } = await import('../test/e2e/browser.mjs');
  const { serve } = await import('../test/e2e/server.mjs');
  const server = await serve();
  const browser = await launch();
  const cards = [
    ['Emergency card (30 weeks, heavy bleeding)', { weeks: 30, bleeding: 'heavy', symptoms: [] }],
    ['Urgent card (30 weeks, light bleeding, placenta "not sure")', { weeks: 30, bleeding: 'light', symptoms: [] }],
    ['Within-24-hours card (8 weeks, spotting, no ectopic risk)', { weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false }],
    ['Urgent card, weeks not known ("If you are 24 weeks pregnant or more …")', { bleeding: 'light', symptoms: ['mild-cramps'] }],
  ];
  const shots = [];
  try {
    for (const [title, answers] of cards) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${server.origin}/test/e2e/pages/plain-esm.html`);
      const widget = page.locator('bleeding-triage');
      await widget.evaluate((el, lang) => el.setAttribute('lang', lang), locale);
      await page.waitForFunction((lang) => document.querySelector('bleeding-triage').shadowRoot.querySelector('.frame')?.getAttribute('lang') === lang, locale);
      await widget.evaluate((el, value) => (el.answers = value), answers);
      await widget.locator('[part~="sources"]').waitFor();
      shots.push([title, (await widget.locator('[part~="outcome"]').screenshot()).toString('base64')]);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return shots;
}

const shots = await screenshots();
const name = new Intl.DisplayNames('en', { type: 'language' }).of(locale);
const dir = ['ar', 'ur', 'fa', 'he'].includes(locale.split('-')[0]) ? 'rtl' : 'ltr';
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Review: ${escape(name)} (${escape(locale)}) — bleeding-triage ${escape(RULESET_VERSION)}</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em; color: #111; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #999; padding: 0.4em; vertical-align: top; text-align: start; }
  th { background: #eee; position: sticky; top: 0; }
  td.context { color: #444; font-size: 0.9em; width: 14%; }
  td.key { font-family: monospace; font-size: 0.85em; width: 12%; }
  td.comment { width: 18%; background: #fffbe6; }
  mark { background: #dbeafe; }
  .examples { margin: 0.3em 0 0; padding-inline-start: 1.2em; color: #333; }
  figure { display: inline-block; margin: 0 1em 1em 0; vertical-align: top; }
  figure img { width: 390px; border: 1px solid #999; }
</style>
</head>
<body>
<h1>${escape(name)} (<code>${escape(locale)}</code>): review of the words of bleeding-triage</h1>
<p>Rules version ${escape(RULESET_VERSION)}. Review status: ${review.reviewed ? `reviewed by ${escape(review.reviewer)}, ${escape(review.date)}` : '<strong>not yet reviewed</strong>'}.
The translation follows: ${review.sources.map(escape).join('; ')}.</p>
<p>For each message: where a person meets it, the English, the translation (words in <mark>{braces}</mark> are filled in by the widget:
a phone number, a name, a number of weeks), and every plural form with an example. Write your comments in the last column
(click into it), then save this page, or use the CSV beside it. The wording rules every language follows are
in the project's clinical/SPEC.md §7: plain, kind, never "normal", "harmless" or "ignore it", no drug names or doses,
and always "this is not a diagnosis".</p>
<h2>The outcome cards in ${escape(name)}</h2>
${shots.length ? shots.map(([title, png]) => `<figure><img alt="${escape(title)}" src="data:image/png;base64,${png}"><figcaption>${escape(title)}</figcaption></figure>`).join('\n') : '<p>(Screenshots skipped.)</p>'}
<h2>Every message (${rows.length})</h2>
<table>
<thead><tr><th>Where it shows</th><th>Key</th><th>English</th><th>${escape(name)}</th><th>Comments</th></tr></thead>
<tbody>
${rows
  .map(
    (row) => `<tr><td class="context">${escape(row.context)}</td><td class="key">${escape(row.key)}</td><td>${marked(row.english)}</td><td lang="${escape(locale)}" dir="${dir}">${marked(row.text)}${row.examples.length ? `<ul class="examples">${row.examples.map((example) => `<li>${escape(example)}</li>`).join('')}</ul>` : ''}</td><td class="comment" contenteditable="true"></td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</body>
</html>
`;

const csvCell = (text) => `"${String(text).replace(/"/g, '""')}"`;
const csv = [['context', 'key', 'english', locale, 'plural examples', 'comment'], ...rows.map((row) => [row.context, row.key, row.english, row.text, row.examples.join(' | '), ''])]
  .map((cells) => cells.map(csvCell).join(','))
  .join('\r\n');

mkdirSync(values.out, { recursive: true });
writeFileSync(`${values.out}/${locale}.html`, html);
writeFileSync(`${values.out}/${locale}.csv`, `\ufeff${csv}\r\n`);
console.log(`review-sheet: ${values.out}/${locale}.html and .csv — ${rows.length} messages, ${rows.filter((row) => row.examples.length).length} with plural forms, ${shots.length} screenshots`);
