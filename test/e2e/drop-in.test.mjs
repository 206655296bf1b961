// The built drop-in, loaded by plain pages with no test helpers, completes a flow.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeFlow, openPage } from './browser.mjs';
import { serve } from './server.mjs';
import { sharedSite } from './site.mjs';

const site = sharedSite();

for (const [name, path] of [
  ['ESM bundle (dist/bleeding-triage.js)', '/test/e2e/pages/plain-esm.html'],
  ['classic script (dist/bleeding-triage.iife.js)', '/test/e2e/pages/plain-iife.html'],
  ['the basic demo page, served as static HTML', '/demo/index.html'],
]) {
  test(`${name}: a person completes the flow`, async () => {
    const { page, messages } = await openPage(site.browser, `${site.server.origin}${path}`);
    const heading = await completeFlow(page);
    assert.match(heading.replace(/\s+/g, ' ').trim(), /^Urgent advice: Phone .* now$/);
    assert.equal(await page.locator('bleeding-triage').getAttribute('outcome'), 'urgent');
    const why = page.locator('bleeding-triage [part~="sources"]');
    await why.locator('summary').click();
    await why.getByText('Sources', { exact: true }).waitFor();
    assert.ok((await why.locator('a[href^="https:"]').count()) > 3, 'sources are linked');
    assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
    await page.close();
  });
}

test('heavy bleeding ends the flow at the emergency outcome in the drop-in', async () => {
  const { page } = await openPage(site.browser, `${site.server.origin}/test/e2e/pages/plain-esm.html`);
  const widget = page.locator('bleeding-triage');
  await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).fill('12');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('radio', { name: /^Heavy bleeding/ }).check();
  await widget.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await widget.getAttribute('outcome'), 'emergency');
  assert.equal(await widget.locator('.cta').getAttribute('href'), 'tel:999');
  await page.close();
});

test('the drop-in registers the tag once and exports the class', async () => {
  const { page } = await openPage(site.browser, `${site.server.origin}/test/e2e/pages/plain-esm.html`);
  const result = await page.evaluate(async () => {
    const module = await import('/dist/bleeding-triage.js');
    return { same: customElements.get('bleeding-triage') === module.BleedingTriageElement, events: typeof module.TriageCompleteEvent };
  });
  assert.deepEqual(result, { same: true, events: 'function' });
  await page.close();
});

test('answers a portal sets before the rules have loaded are restored once they have', async () => {
  const slow = await serve({ delay: (path) => (path.startsWith('/dist/chunks/engine-') ? 1500 : 0) });
  const { page, messages } = await openPage(site.browser, `${slow.origin}/test/e2e/pages/plain-esm.html`);
  const heading = await page.evaluate(async () => {
    const widget = document.createElement('bleeding-triage');
    widget.setAttribute('region', 'GB');
    document.body.append(widget);
    widget.answers = { weeks: 30, bleeding: 'heavy', symptoms: [] };
    await widget.updateComplete;
    const before = widget.shadowRoot.querySelector('#page-heading').textContent;
    const complete = await new Promise((resolve) => widget.addEventListener('triage-complete', (event) => resolve(event.detail.result.urgency)));
    return { before, complete, heading: widget.shadowRoot.querySelector('#page-heading').textContent };
  });
  assert.match(heading.before, /How many weeks/, 'the rules had not loaded yet');
  assert.equal(heading.complete, 'emergency');
  assert.match(heading.heading, /Call 999 now/);
  assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
  await page.close();
  await slow.close();
});

test('if the rules cannot load, the questions still run and end on the safe fallback advice', async () => {
  const failing = await serve({ refuse: (path) => path.startsWith('/dist/chunks/engine-') });
  try {
    const { page, messages } = await openPage(site.browser, `${failing.origin}/test/e2e/pages/plain-esm.html`);
    const widget = page.locator('bleeding-triage');
    await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).fill('10');
    await widget.getByRole('button', { name: 'Continue' }).click();
    await widget.getByRole('radio', { name: /^Heavy bleeding/ }).check();
    await widget.getByRole('button', { name: 'Continue' }).click();
    // The fallback card comes once the rules have failed to load (retried on this Continue).
    await widget.locator('[part~="outcome"]').waitFor();
    assert.match(await widget.getByRole('heading', { level: 2 }).first().textContent(), /Call 999 now/);
    assert.equal(await widget.locator('.cta').getAttribute('href'), 'tel:999');
    await widget.getByText('The team will find out what is happening.').waitFor();
    assert.ok(messages.some((m) => m.type === 'warning' && m.text.includes('could not load the triage rules')));
    await page.close();
  } finally {
    await failing.close();
  }
});

test('if neither the rules nor the rest of the outcome can load, the essentials still show', async () => {
  const failing = await serve({ refuse: (path) => path.startsWith('/dist/chunks/') });
  try {
    const { page, messages } = await openPage(site.browser, `${failing.origin}/test/e2e/pages/plain-esm.html`);
    const heading = await completeFlow(page);
    assert.match(heading, /Phone Ward 7 now/);
    const widget = page.locator('bleeding-triage');
    assert.equal(await widget.locator('.cta').getAttribute('href'), 'tel:01215550100');
    const advice = await widget.locator('[part~="advice"] li').allTextContents();
    assert.match(advice[0], /^Phone Ward 7 now\. Do not wait/);
    assert.ok(advice.some((item) => /^Call 999 if the bleeding gets heavier/.test(item)), 'the safety net shows');
    assert.match(await widget.locator('.not-diagnosis').textContent(), /not a diagnosis/);
    await widget.getByText('The rest of the advice could not be loaded. What you see above is what matters now.').waitFor();
    assert.ok(await widget.locator('[part~="restart"]').isVisible());
    assert.ok(messages.some((m) => m.type === 'warning' && m.text.includes('could not load')));
    await page.close();
  } finally {
    await failing.close();
  }
});
