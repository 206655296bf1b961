// Real framework apps install the packed tarball, build for production, pass their own type
// checker (and fail it on a wrong `appearance` and a misused `event.detail`), then complete a
// flow in Chromium while the app hears `triage-complete`. See test/hosts/hosts.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HOSTS, NEGATIVE_ERRORS, build, check, install, negative, startNext } from '../hosts/hosts.mjs';
import { completeFlow, openPage } from './browser.mjs';
import { sharedSite } from './site.mjs';

const timings = {};
let inputs;
const site = sharedSite();

before(() => {
  const prepared = install();
  inputs = prepared.inputs;
  timings.shared = prepared.times;
});
after(() => {
  const cell = (seconds) => (seconds === undefined ? '—' : seconds === 0 ? 'cached' : `${seconds.toFixed(1)} s`);
  const { install: npmCi, pack, tarball } = timings.shared ?? {};
  console.log(`\nhosts: npm ci ${cell(npmCi)}, npm pack ${cell(pack)}, tarball install ${cell(tarball)}`);
  console.log('host                       build     check     negative  flow');
  for (const [name, time] of Object.entries(timings)) {
    if (name !== 'shared') console.log(`${HOSTS[name].label.padEnd(26)} ${[time.build, time.check, time.negative, time.flow].map((s) => cell(s).padEnd(9)).join(' ')}`);
  }
});

/** The checker's complaint about negative/: both mistakes, each with its TypeScript code. */
function assertRejected(result) {
  assert.notEqual(result.status, 0, `the checker accepted negative/:\n${result.output}`);
  for (const { code, text } of Object.values(NEGATIVE_ERRORS)) {
    // tsc, vue-tsc and ngc print TS2322; astro check ts(2322); svelte-check's JSON "code":2322.
    assert.match(result.output, new RegExp(`(TS|ts\\(|"code":)${code}\\b`), `expected error ${code} in:\n${result.output}`);
    assert.ok(result.output.includes(text), `expected the error to name ${text}:\n${result.output}`);
  }
}

/** Drives a flow in the built app and checks what the app heard. */
async function flowIn(url) {
  const { page, messages } = await openPage(site.browser, url);
  try {
    const widget = page.locator('bleeding-triage');
    // The translations object arrived as a property (no attribute): the button says "Next".
    await widget.getByRole('button', { name: 'Next' }).waitFor();
    assert.equal(await widget.evaluate((element) => element.hasAttribute('translations')), false);
    assert.equal(await widget.evaluate((element) => element.region), 'GB');
    assert.equal(await page.locator('#host-result').textContent(), 'no result yet');
    const heading = await completeFlow(page, { next: 'Next' });
    assert.match(heading, /Phone Ward 7 now/);
    await page.locator('#host-result', { hasText: 'urgent' }).waitFor();
    assert.deepEqual(messages.filter((message) => message.type === 'error' || message.type === 'pageerror'), []);
  } finally {
    await page.close();
  }
}

for (const name of Object.keys(HOSTS)) {
  const host = HOSTS[name];
  describe(host.label, () => {
    timings[name] = {};
    const time = timings[name];

    test('builds for production with the installed tarball', () => {
      const result = build(name, inputs);
      time.build = result.seconds;
      assert.equal(result.status, 0, result.output);
    });

    // Angular's build is its checker (ahead-of-time compilation with strictTemplates).
    if (host.check) {
      test("its framework's type checker accepts the README recipe", () => {
        const result = check(name, inputs);
        time.check = result.seconds;
        assert.equal(result.status, 0, result.output);
      });
    }

    test('its type checker rejects a wrong appearance and a misused event.detail', () => {
      const result = negative(name);
      time.negative = result.seconds;
      assertRejected(result);
    });

    test('completes a flow in Chromium and the app hears triage-complete', async () => {
      const started = Date.now();
      if (!host.server) {
        await flowIn(`${site.server.origin}${host.path}`);
      } else {
        const next = await startNext();
        try {
          // Rendered on the server: the page and the tag are in the HTML before any script runs.
          const html = await (await fetch(next.origin)).text();
          assert.match(html, /<h1>Next\.js host<\/h1>/);
          assert.match(html, /<bleeding-triage[\s>]/);
          await flowIn(next.origin);
        } finally {
          await next.close();
        }
      }
      time.flow = (Date.now() - started) / 1000;
    });
  });
}
