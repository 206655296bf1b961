// Small real React 19 and Vue 3 apps, built with Vite against the built drop-in, complete a flow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HOSTS, buildHost } from '../hosts/build.mjs';
import { completeFlow, launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';

let server;
let browser;
before(async () => {
  for (const host of HOSTS) await buildHost(host);
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const host of HOSTS) {
  test(`${host}: properties, attributes and the triage-complete listener work`, async () => {
    const { page, messages } = await openPage(browser, `${server.origin}/build/hosts/${host}/index.html`);
    const widget = page.locator('bleeding-triage');
    // The translations object was passed as a property, not an attribute.
    await widget.getByRole('button', { name: 'Next' }).waitFor();
    assert.equal(await widget.evaluate((el) => el.hasAttribute('translations')), false);
    assert.equal(await widget.evaluate((el) => el.carePhone ?? null), null);
    assert.equal(await page.locator('#host-result').textContent(), 'no result yet');
    const heading = await completeFlow(page, { next: 'Next' });
    assert.match(heading, /Phone Ward 7 now/);
    assert.equal(await page.locator('#host-result').textContent(), 'urgent', 'the app heard triage-complete');
    assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
    await page.close();
  });
}
