// Screenshots a page of the built widget in Debian Chromium, for reviewing layouts by eye:
//   node scripts/screenshot.mjs --page /demo/index.html --width 320 \
//     --answers '{"weeks":30,"bleeding":"light","symptoms":[]}' --out outcome.png
// --full takes the whole page; --from Y takes the band of --height pixels starting at Y.
//   node scripts/screenshot.mjs --cards [--dir build/screenshots/cards]
// writes every card (and the two busiest question pages) on a 390 × 844 phone in each way a
// person may see it: light, dark, forced colours light and dark, and text at 200 %.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../test/e2e/browser.mjs';
import { serve } from '../test/e2e/server.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/demo/index.html' },
    width: { type: 'string', default: '320' },
    height: { type: 'string', default: '800' },
    answers: { type: 'string' },
    out: { type: 'string', default: 'screenshot.png' },
    full: { type: 'boolean', default: false },
    zoom: { type: 'string', default: '1' },
    from: { type: 'string' },
    cards: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'build/screenshots/cards' },
  },
});

/** How the page is seen: the browser's media features, the widget's appearance, the text size. */
const MODES = {
  light: {},
  dark: { context: { colorScheme: 'dark' }, appearance: 'auto' },
  'forced-light': { context: { forcedColors: 'active', colorScheme: 'light' } },
  'forced-dark': { context: { forcedColors: 'active', colorScheme: 'dark' } },
  'text-200': { fontSize: '200%' },
};

/** What is on screen: a complete set of answers shows its card; a partial one, a question page. */
const SCREENS = {
  weeks: {},
  symptoms: { answers: { weeks: 30, bleeding: 'spotting' }, continues: 2 },
  emergency: { answers: { weeks: 30, bleeding: 'heavy', symptoms: [] } },
  urgent: { answers: { weeks: 30, bleeding: 'light', symptoms: ['fever'] } },
  prompt: { answers: { weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false } },
};

async function show(page, { answers, continues = 0 }, { appearance, fontSize }) {
  await page.locator('bleeding-triage #weeks-input').waitFor();
  await page.evaluate(
    ({ answers, appearance, fontSize }) => {
      const widget = document.querySelector('bleeding-triage');
      if (appearance) widget.setAttribute('appearance', appearance);
      if (fontSize) document.body.style.fontSize = fontSize;
      if (answers) widget.answers = answers;
    },
    { answers, appearance, fontSize },
  );
  const widget = page.locator('bleeding-triage');
  for (let i = 0; i < continues; i += 1) {
    const heading = await widget.locator('#page-heading').textContent();
    await widget.locator('[part~="continue"]').click();
    await page.waitForFunction((before) => document.querySelector('bleeding-triage').shadowRoot.querySelector('#page-heading')?.textContent !== before, heading);
  }
  if (answers?.symptoms) await widget.locator('[part~="sources"] summary').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function cards() {
  mkdirSync(values.dir, { recursive: true });
  for (const [modeName, mode] of Object.entries(MODES)) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...mode.context });
    for (const [screenName, screen] of Object.entries(SCREENS)) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/test/e2e/pages/phone.html`);
      await show(page, screen, mode);
      const out = join(values.dir, `${screenName}-${modeName}.png`);
      await page.screenshot({ path: out, fullPage: true });
      console.log(`screenshot: ${out}`);
      await page.close();
    }
    await context.close();
  }
}

async function one() {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: Number(values.height) }, deviceScaleFactor: Number(values.zoom) });
  await page.goto(`${server.origin}${values.page}`);
  await page.locator('bleeding-triage').waitFor();
  if (values.answers) {
    await page.evaluate((answers) => (document.querySelector('bleeding-triage').answers = JSON.parse(answers)), values.answers);
  }
  await page.waitForTimeout(300);
  const widget = page.locator('bleeding-triage');
  await widget.locator('[part~="sources"] summary').first().waitFor({ timeout: 1000 }).catch(() => undefined);
  const clip = values.from ? { x: 0, y: Number(values.from), width: Number(values.width), height: Number(values.height) } : undefined;
  await page.screenshot({ path: values.out, fullPage: values.full || Boolean(clip), clip });
  console.log(`screenshot: ${values.out} (${values.width} px wide, ${values.page})`);
}

const server = await serve();
const browser = await launch();
try {
  await (values.cards ? cards() : one());
} finally {
  await browser.close();
  await server.close();
}
