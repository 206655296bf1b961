// Debian's Chromium driven by playwright-core: nothing downloads a browser.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.mjs';

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/** A page that remembers what the console and the page said. */
export async function openPage(browser, url, options = {}) {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(5000);
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
  await page.goto(url);
  return { page, messages };
}

/** Answers the questions as a person would: by the names a screen reader hears. */
export async function completeFlow(page, { weeks = '30', amount = /^Light bleeding/, symptom = 'None of these', last = 'No', next: nextName = 'Continue' } = {}) {
  const widget = page.locator('bleeding-triage');
  const next = () => widget.getByRole('button', { name: nextName }).click();
  await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).fill(weeks);
  await next();
  await widget.getByRole('radio', { name: amount }).check();
  await next();
  await widget.getByRole('checkbox', { name: symptom }).check();
  await next();
  await widget.getByRole('radio', { name: last, exact: true }).check();
  await next();
  // The card may come a moment later (the rules load as a file of their own).
  await widget.locator('[part~="outcome"]').waitFor();
  return widget.getByRole('heading', { level: 2 }).first().textContent();
}
