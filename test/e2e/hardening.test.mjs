// The built drop-in in hostile conditions: a strict CSP with Trusted Types, privacy, a hostile
// host stylesheet, two copies of the script, and 200 instances on one page.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, test } from 'node:test';
import { completeFlow, openPage } from './browser.mjs';
import { sharedSite } from './site.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const SHOTS = new URL('../../build/screenshots/', import.meta.url).pathname;

const site = sharedSite({ headers: (path) => (path.startsWith('/demo/strict-csp') ? { 'content-security-policy': STRICT } : {}) });
before(() => mkdirSync(SHOTS, { recursive: true }));

const errors = (messages) => messages.filter((m) => m.type === 'error' || m.type === 'pageerror');

test('strict CSP and Trusted Types: a full flow, the reasons, a language switch, with no violation', async () => {
  const context = await site.browser.newContext();
  // Installed by the browser before any page script, so it sees every violation.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
  const response = await page.goto(`${site.server.origin}/demo/strict-csp.html`);
  assert.equal(response.headers()['content-security-policy'], STRICT);
  assert.equal(await page.evaluate(() => typeof window.trustedTypes), 'object');

  const heading = await completeFlow(page);
  assert.match(heading, /^Urgent advice: Phone the Maternity Triage line now$/);
  const widget = page.locator('bleeding-triage');
  await widget.locator('[part~="sources"] summary').click();
  await widget.getByText('Sources', { exact: true }).waitFor();
  // A language switch loads a catalogue file under the same policy.
  await page.evaluate(() => (document.documentElement.lang = 'ar'));
  await widget.locator('.frame[lang="ar"]').waitFor();
  await widget.locator('[part~="restart"]').click();
  await widget.locator('#weeks-input').waitFor();

  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors(messages), []);
  await context.close();
});

test('privacy: no request beyond its own files, no cookie, no storage', async () => {
  const requests = [];
  const context = await site.browser.newContext();
  const page = await context.newPage();
  page.on('request', (request) => requests.push(new URL(request.url()).pathname + (request.url().startsWith(site.server.origin) ? '' : ` (${request.url()})`)));
  await page.goto(`${site.server.origin}/test/e2e/pages/plain-esm.html`);
  await page.locator('bleeding-triage #weeks-input').waitFor();
  await page.waitForTimeout(300);
  // The rules load as soon as the widget connects; the rest of the outcome once the person starts.
  assert.deepEqual(requests.slice(0, 2), ['/test/e2e/pages/plain-esm.html', '/dist/bleeding-triage.js']);
  assert.equal(requests.length, 3, `only the main file and the rules until the person starts: ${requests.join(', ')}`);
  assert.match(requests[2], /^\/dist\/chunks\/engine-[\w-]+\.js$/);

  await completeFlow(page);
  await page.locator('bleeding-triage [part~="sources"] summary').click();
  const own = requests.filter((path) => path.startsWith('/dist/') || path === '/test/e2e/pages/plain-esm.html');
  assert.deepEqual(requests, own, `every request is one of the widget's own files: ${requests.join(', ')}`);
  assert.ok(requests.some((path) => path.startsWith('/dist/chunks/details-')), 'the rest of the outcome is its own file');

  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    caches: 'caches' in window ? (await caches.keys()).length : 0,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

/** Where the widget's parts sit, relative to the widget, in CSS pixels. */
async function layout(page) {
  return page.locator('bleeding-triage').evaluate((el) => {
    const origin = el.getBoundingClientRect();
    const box = (selector) => {
      const rect = el.shadowRoot.querySelector(selector).getBoundingClientRect();
      return { x: rect.x - origin.x, y: rect.y - origin.y, width: rect.width, height: rect.height };
    };
    const heading = el.shadowRoot.querySelector('#page-heading');
    const style = getComputedStyle(heading);
    // Sizes are in em: they follow the host's text size, so compare them relative to it.
    const em = parseFloat(getComputedStyle(el).fontSize);
    return {
      em,
      widget: { width: origin.width, height: origin.height },
      banner: box('[part~="emergency-banner"]'),
      heading: box('#page-heading'),
      input: box('#weeks-input'),
      continue: box('[part~="continue"]'),
      // The words on the button: the button itself fills a narrow line, and what is narrow (in em)
      // depends on the width the host gives.
      continueWords: (() => {
        const words = document.createRange();
        words.selectNodeContents(el.shadowRoot.querySelector('[part~="continue"]'));
        return { width: words.getBoundingClientRect().width };
      })(),
      text: {
        fontSize: `${parseFloat(style.fontSize) / em}em`,
        lineHeight: `${parseFloat(style.lineHeight) / parseFloat(style.fontSize)}`,
        transform: style.textTransform,
        letterSpacing: style.letterSpacing,
        wordSpacing: style.wordSpacing,
        align: style.textAlign,
        color: style.color,
        fontFamily: style.fontFamily,
        weight: style.fontWeight,
      },
      overflows: el.scrollWidth > el.clientWidth,
    };
  });
}

test('a hostile host page: the widget keeps its own readable layout, within a tolerance of the plain demo', async () => {
  const results = {};
  for (const name of ['index', 'hostile-host']) {
    const { page } = await openPage(site.browser, `${site.server.origin}/demo/${name}.html`, { viewport: { width: 480, height: 900 } });
    await page.locator('bleeding-triage #weeks-input').waitFor();
    results[name] = await layout(page);
    await page.locator('bleeding-triage').screenshot({ path: `${SHOTS}${name}-480.png` });
    // It stays usable: a person completes the flow on both.
    assert.match(await completeFlow(page), /Phone the Maternity Triage line now/);
    await page.locator('bleeding-triage').screenshot({ path: `${SHOTS}${name}-480-outcome.png` });
    await page.close();
  }
  const [plain, hostile] = [results.index, results['hostile-host']];
  // Inherited text styles are reset; the font family is still the host's (serif here).
  assert.deepEqual({ ...hostile.text, fontFamily: undefined }, { ...plain.text, fontFamily: undefined });
  assert.match(hostile.text.fontFamily, /Georgia/);
  assert.equal(hostile.overflows, false);
  // The same layout in ems, within 15 %: insets, and the size of every control. (Where text
  // wraps depends on the width the host gives it and on its font, so block heights differ.)
  const near = (a, b, what) => assert.ok(Math.abs(a - b) <= 0.15 * Math.max(a, b) + 0.1, `${what}: ${a.toFixed(2)}em vs ${b.toFixed(2)}em`);
  for (const part of ['banner', 'heading', 'input', 'continue']) near(hostile[part].x / hostile.em, plain[part].x / plain.em, `${part} inset`);
  for (const part of ['input', 'continue']) near(hostile[part].height / hostile.em, plain[part].height / plain.em, `${part} height`);
  for (const part of ['input', 'continueWords']) near(hostile[part].width / hostile.em, plain[part].width / plain.em, `${part} width`);
  near(hostile.heading.height / hostile.em / Math.round(hostile.heading.height / (1.5 * 1.25 * hostile.em)), 1.875, 'heading line height');
  assert.ok(hostile.continue.height >= 44 && hostile.input.height >= 44, 'targets stay 44 px');
  console.log(`# hostile host: text ${hostile.em}px (plain ${plain.em}px); heading at ${JSON.stringify(hostile.heading)} vs ${JSON.stringify(plain.heading)}`);
});

test('two copies of the script on one page (ESM and classic) do not throw, and the widget works', async () => {
  const { page, messages } = await openPage(site.browser, `${site.server.origin}/test/e2e/pages/two-copies.html`);
  assert.match(await completeFlow(page), /Phone Ward 7 now/);
  assert.deepEqual(errors(messages), []);
  assert.ok(messages.some((m) => m.type === 'warning' && m.text.includes('already defined by another copy')));
  await page.close();
});

test('200 instances on one page render, and each works', async () => {
  const { page, messages } = await openPage(site.browser, `${site.server.origin}/test/e2e/pages/two-hundred.html`);
  const started = Date.now();
  await page.waitForFunction(() => [...document.querySelectorAll('bleeding-triage')].filter((el) => el.shadowRoot?.querySelector('#weeks-input')).length === 200);
  const rendered = Date.now() - started;
  const last = page.locator('bleeding-triage').nth(199);
  await last.locator('#weeks-input').fill('8');
  await last.getByRole('button', { name: 'Continue' }).click();
  await last.getByRole('radio', { name: /^Spotting/ }).check();
  await last.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await page.locator('bleeding-triage').nth(0).locator('#weeks-input').count(), 1, 'the others are untouched');
  assert.deepEqual(errors(messages), []);
  console.log(`# 200 instances: all first questions within ${rendered} ms of the page loading`);
  await page.close();
});
