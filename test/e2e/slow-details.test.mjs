// The rest of the outcome arrives late (a slow network): the card the person is reading, and
// the keyboard focus on its heading, stay where they are, and the next Tab reaches the call.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage } from './browser.mjs';
import { sharedSite } from './site.mjs';

const LATE_MS = 3000;

const site = sharedSite({ delay: (path) => (path.startsWith('/dist/chunks/details-') ? LATE_MS : 0) });

/** What has keyboard focus, looking into the widget's shadow root: its id, or its words. */
const focusedInWidget = (page) =>
  page.evaluate(() => {
    const widget = document.querySelector('bleeding-triage');
    if (document.activeElement !== widget) return `outside the widget: <${document.activeElement?.tagName.toLowerCase()}>`;
    const inside = widget.shadowRoot.activeElement;
    return inside?.id || inside?.textContent.trim() || '(none)';
  });

for (const [urgency, amount, call] of [
  ['emergency', /^Heavy bleeding/, 'Call 999'],
  ['urgent', /^Light bleeding/, 'Call Ward 7 on 0121 555 0100'],
]) {
  test(`${urgency} card, details ${LATE_MS / 1000} s late: focus stays on the heading, and Tab goes to "${call}"`, async () => {
    const { page, messages } = await openPage(site.browser, `${site.server.origin}/test/e2e/pages/plain-esm.html`);
    page.setDefaultTimeout(LATE_MS + 5000);
    const widget = page.locator('bleeding-triage');
    const next = () => widget.getByRole('button', { name: 'Continue' }).click();
    await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).fill('30');
    await next();
    await widget.getByRole('radio', { name: amount }).check();
    await next();
    if (urgency === 'urgent') {
      await widget.getByRole('checkbox', { name: 'None of these' }).check();
      await next();
      await widget.getByRole('radio', { name: 'No', exact: true }).check();
      await next();
    }
    assert.equal(await widget.getAttribute('outcome'), urgency);

    // The essentials show at once, while the rest is still on its way.
    await widget.getByText('Loading the rest of the advice…').waitFor();
    assert.equal(await focusedInWidget(page), 'page-heading', 'focus on the card heading before the rest arrives');

    await widget.getByRole('heading', { name: 'What might be causing it' }).waitFor();
    assert.equal(await focusedInWidget(page), 'page-heading', 'focus still on the card heading after the rest arrived');
    await page.keyboard.press('Tab');
    assert.equal(await focusedInWidget(page), call);

    assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
    await page.close();
  });
}
