// The demo as `npm start` serves it: every page links every other (pages added later too), and
// strict-csp.html comes with the Content-Security-Policy header it claims, under which the widget
// renders with no violation.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { createServer } from 'vite';
import { launch, openPage } from './browser.mjs';

const demo = new URL('../../demo/', import.meta.url);
const pages = readdirSync(demo).filter((file) => file.endsWith('.html'));

for (const page of pages) {
  test(`${page} links every other demo page, and marks itself as the current one`, () => {
    const html = readFileSync(new URL(page, demo), 'utf8');
    const nav = html.match(/<nav aria-label="[^"]+"[^>]*>([\s\S]*?)<\/nav>/)?.[1];
    assert.ok(nav, `${page} has a <nav> (npm run build writes it: scripts/demo-nav.mjs)`);
    const links = [...nav.matchAll(/<a href="\.\/([^"]+)"([^>]*)>/g)].map(([, href, rest]) => ({ href, current: rest.includes('aria-current="page"') }));
    assert.deepEqual(links.map((link) => link.href).sort(), [...pages].sort());
    assert.deepEqual(links.filter((link) => link.current).map((link) => link.href), [page]);
  });
}

let vite;
let browser;
before(async () => {
  vite = await createServer({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'silent', server: { port: 0, strictPort: false, hmr: false } });
  await vite.listen();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await vite?.close();
});

test('npm start serves strict-csp.html with the policy it claims, and the widget renders under it', async () => {
  const claimed = readFileSync(new URL('strict-csp.html', demo), 'utf8')
    .match(/Content-Security-Policy:([^>]*?)\n\s*by the end-to-end tests/)[1]
    .replace(/\s+/g, ' ')
    .trim();
  const { page, messages } = await openPage(browser, 'about:blank');
  try {
    await page.addInitScript(() => {
      globalThis.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => globalThis.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(new URL('strict-csp.html', vite.resolvedUrls.local[0]).href);
    assert.equal(response.headers()['content-security-policy'], claimed);
    await page.locator('bleeding-triage').getByRole('textbox', { name: 'How many weeks pregnant are you?' }).waitFor();
    assert.deepEqual(await page.evaluate(() => globalThis.violations), []);
    assert.deepEqual(messages.filter((message) => message.type === 'error' || message.type === 'pageerror'), []);
    // The other pages do not get the strict policy.
    const index = await page.goto(new URL('index.html', vite.resolvedUrls.local[0]).href);
    assert.equal(index.headers()['content-security-policy'], undefined);
  } finally {
    await page.close();
  }
});
