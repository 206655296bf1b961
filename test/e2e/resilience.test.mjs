// The built drop-in when its own files are slow, never come, fail and come back, or when Lit
// cannot start at all (issue 10 items 4 and 8).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { completeFlow, launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// The widget waits this long for one of its files (BleedingTriageElement._loadTimeout).
const TIMEOUT = 8000;

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** A server for one test, and a page on it that remembers what the console said. */
async function pageOn(options, path = '/test/e2e/pages/plain-esm.html') {
  const server = await serve(options);
  const { page, messages } = await openPage(browser, `${server.origin}${path}`);
  return { server, page, messages, widget: page.locator('bleeding-triage') };
}

test('a Trusted Types policy that does not allow lit-html: the emergency line the host put inside the tag shows', async () => {
  const { server, page, messages, widget } = await pageOn(
    { headers: (path) => (path === '/demo/strict-csp.html' ? { 'content-security-policy': `${STRICT}; trusted-types some-other-policy` } : {}) },
    '/demo/strict-csp.html',
  );
  // Lit could not start: the element is never defined, and the browser says why.
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => customElements.get('bleeding-triage')), undefined);
  assert.ok(messages.some((m) => /lit-html/.test(m.text)), messages.map((m) => m.text).join('\n'));
  const line = widget.locator('p');
  assert.ok(await line.isVisible());
  assert.match(await line.innerText(), /call 999 now/);
  assert.equal(await line.locator('a').getAttribute('href'), 'tel:999');
  await page.close();
  await server.close();
});

test('with lit-html allowed, the same fallback content hides once the widget starts', async () => {
  const { server, page, widget } = await pageOn({ headers: () => ({ 'content-security-policy': STRICT }) }, '/demo/strict-csp.html');
  await widget.locator('#weeks-input').waitFor();
  assert.equal(await page.locator('bleeding-triage > p').isVisible(), false);
  assert.match(await widget.locator('[part~="emergency-banner"]').innerText(), /call 999 now/);
  await page.close();
  await server.close();
});

test('the outcome\'s details that never arrive: "could not be loaded" after the timeout, and the details if they come after all', async () => {
  const late = TIMEOUT + 3000;
  const { server, page, widget } = await pageOn({ delay: (path) => (path.startsWith('/dist/chunks/details-') ? late : 0) });
  const started = Date.now();
  assert.match(await completeFlow(page), /Phone Ward 7 now/);
  assert.match(await widget.locator('.details-status').innerText(), /^Loading the rest of the advice/);
  await widget.getByText('The rest of the advice could not be loaded').waitFor({ timeout: TIMEOUT + 2000 });
  const gaveUp = Date.now() - started;
  // The heading and the call to action stayed; then the details arrive, on the same card.
  await widget.locator('#causes-heading').waitFor({ timeout: late });
  assert.equal(await widget.locator('.details-status').count(), 0);
  assert.match(await widget.locator('a.cta').innerText(), /Call Ward 7 on 0121 555 0100/);
  console.log(`# details: "could not be loaded" ${gaveUp} ms after the first Continue; arrived ${Date.now() - started} ms after it`);
  assert.ok(gaveUp >= TIMEOUT - 500 && gaveUp < TIMEOUT + 2500, `${gaveUp} ms`);
  await page.close();
  await server.close();
});

test('rules that never arrive: after Continue, the next question shows once the wait times out', async () => {
  const { server, page, widget } = await pageOn({ delay: (path) => (path.startsWith('/dist/chunks/engine-') ? 60000 : 0) });
  await widget.locator('#weeks-input').fill('30');
  const pressed = Date.now();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('status').getByText('Loading…').waitFor();
  await widget.getByRole('radio', { name: /^Light bleeding/ }).waitFor({ timeout: TIMEOUT + 3000 });
  const waited = Date.now() - pressed;
  console.log(`# rules: the next question ${waited} ms after Continue`);
  assert.ok(waited >= TIMEOUT - 500, `${waited} ms`);
  await page.close();
  await server.close();
});

test('offline, then back online: the details that failed load without a reload', async () => {
  const server = await serve();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/test/e2e/pages/plain-esm.html`);
  const widget = page.locator('bleeding-triage');
  await widget.locator('#weeks-input').waitFor();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chunks/engine-')));
  await context.setOffline(true);
  assert.match(await completeFlow(page), /Phone Ward 7 now/);
  await widget.getByText('The rest of the advice could not be loaded').waitFor();
  await context.setOffline(false);
  await widget.locator('#causes-heading').waitFor();
  assert.equal(await widget.locator('.details-status').count(), 0);
  await context.close();
  await server.close();
});
