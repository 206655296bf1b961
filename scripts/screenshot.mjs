// Screenshots a page of the built widget in Debian Chromium, for reviewing layouts by eye:
//   node scripts/screenshot.mjs --page /demo/index.html --width 320 \
//     --answers '{"weeks":30,"bleeding":"light","symptoms":[]}' --out outcome.png
// --full takes the whole page; --from Y takes the band of --height pixels starting at Y.
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
  },
});

const server = await serve();
const browser = await launch();
try {
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
} finally {
  await browser.close();
  await server.close();
}
