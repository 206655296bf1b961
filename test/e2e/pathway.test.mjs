// The care pathway on the built demo pages (dist/, as a host serves it): the done-when scenario
// of issue 17, each worked example, and the card while the routing part is late or missing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeFlow, openPage } from './browser.mjs';
import { serve } from './server.mjs';
import { sharedSite } from './site.mjs';

const site = sharedSite();

const SATURDAY_2PM_LONDON = '2025-01-04T14:00:00Z';
const CRAMPS = 'Mild cramps or a slight ache low in your tummy';
const heading = (text) => text.replace(/\s+/g, ' ').trim();
const errors = (messages) => messages.filter((m) => m.type === 'error' || m.type === 'pageerror');

async function outcome(path, flow, origin = site.server.origin) {
  const { page, messages } = await openPage(site.browser, `${origin}${path}`);
  const title = heading(await completeFlow(page, flow));
  const widget = page.locator('bleeding-triage');
  return { page, messages, widget, title, call: await widget.locator('.card-body > .cta').first().getAttribute('href') };
}

test('UK demo, Saturday 14:00: at 10 weeks the out-of-hours route, opening Monday at 8:00; at 30 weeks the 24/7 triage line', async () => {
  const early = await outcome(`/demo/pathway-uk.html?now=${SATURDAY_2PM_LONDON}`, { weeks: '10', symptom: CRAMPS });
  assert.equal(early.title, 'Urgent advice: Phone 111 now');
  assert.equal(early.call, 'tel:111');
  await early.widget.getByText('the Early Pregnancy Unit They are closed now. Opens Monday at 8:00.').waitFor();
  assert.match(await early.page.locator('[data-clock]').textContent(), /Sat, 04 Jan 2025 14:00:00 GMT/);
  assert.deepEqual(errors(early.messages), []);
  await early.page.close();

  const late = await outcome(`/demo/pathway-uk.html?now=${SATURDAY_2PM_LONDON}`, { weeks: '30' });
  assert.equal(late.title, 'Urgent advice: Phone Maternity Triage now');
  assert.equal(late.call, 'tel:01214960102');
  assert.deepEqual(errors(late.messages), []);
  await late.page.close();
});

test('UK demo, Monday 10:00: the early pregnancy unit, with the referral words and its accessible routes', async () => {
  const { page, widget, title, call } = await outcome('/demo/pathway-uk.html?now=2025-01-06T10:00:00Z', { weeks: '10', symptom: CRAMPS });
  assert.equal(title, 'Urgent advice: Phone the Early Pregnancy Unit now');
  assert.equal(call, 'tel:01214960101');
  await widget.getByText('You need a referral from your GP or midwife to see the Early Pregnancy Unit', { exact: false }).waitFor();
  await widget.getByText('Textphone or text relay: 18001 0121 496 0101').waitFor();
  await widget.getByText('British Sign Language interpreters on request.').waitFor();
  await page.close();
});

test('US demo: the emergency department before 20 weeks, labor and delivery triage from 20', async () => {
  const early = await outcome('/demo/pathway-us.html', { weeks: '12', symptom: CRAMPS });
  assert.equal(early.title, 'Urgent advice: Phone the Emergency Department now');
  assert.equal(early.call, 'tel:5550100100');
  await early.page.close();
  const late = await outcome('/demo/pathway-us.html', { weeks: '25' });
  assert.equal(late.title, 'Urgent advice: Phone Labor & Delivery Triage now');
  assert.equal(late.call, 'tel:5550100199');
  await late.page.close();
});

test('single-line demo: one contact for every week, and "on your way" on the emergency card', async () => {
  const urgent = await outcome('/demo/pathway-single.html', { weeks: '10', symptom: CRAMPS });
  assert.equal(urgent.title, 'Urgent advice: Phone the Pregnancy Advice Line now');
  await urgent.page.close();
  const { page } = await openPage(site.browser, `${site.server.origin}/demo/pathway-single.html`);
  const widget = page.locator('bleeding-triage');
  await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).fill('33');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await widget.getByRole('radio', { name: /^Heavy bleeding/ }).check();
  await widget.getByRole('button', { name: 'Continue' }).click();
  assert.equal(heading(await widget.getByRole('heading', { level: 2 }).first().textContent()), 'Immediate action required: Call 999 now, or go to the emergency department');
  await widget.getByText('Then call the Pregnancy Advice Line on 0121 496 0100 to tell them you are on your way.').waitFor();
  await widget.getByText('call 18000 to reach 999 through Relay UK', { exact: false }).waitFor();
  await page.close();
});

test('if the routing part cannot load, the card still names a contact and shows its call button', async () => {
  const failing = await serve({ refuse: (path) => path.startsWith('/dist/chunks/details-') });
  try {
    const { page, messages, title, call } = await outcome(`/demo/pathway-uk.html?now=${SATURDAY_2PM_LONDON}`, { weeks: '10', symptom: CRAMPS }, failing.origin);
    assert.equal(title, 'Urgent advice: Phone the Early Pregnancy Unit now');
    assert.equal(call, 'tel:01214960101');
    assert.ok(messages.some((m) => m.type === 'warning' && m.text.includes('could not load')));
    await page.close();
  } finally {
    await failing.close();
  }
});

test('while the routing part is late, triage-complete waits for it and names the contact and why', async () => {
  const slow = await serve({ delay: (path) => (path.startsWith('/dist/chunks/details-') ? 1500 : 0) });
  try {
    const { page } = await openPage(site.browser, `${slow.origin}/demo/pathway-uk.html?now=${SATURDAY_2PM_LONDON}`);
    const detail = await page.evaluate(async () => {
      const widget = document.querySelector('bleeding-triage');
      const complete = new Promise((resolve) => widget.addEventListener('triage-complete', (event) => resolve(event.detail.contact)));
      widget.answers = { weeks: 10, bleeding: 'light', symptoms: ['mild-cramps'], ectopicRisk: false };
      return complete;
    });
    assert.deepEqual(detail, { name: 'the Early Pregnancy Unit', reason: 'out-of-hours' });
    assert.equal(heading(await page.locator('bleeding-triage').getByRole('heading', { level: 2 }).first().textContent()), 'Urgent advice: Phone 111 now');
    await page.close();
  } finally {
    await slow.close();
  }
});

test('every demo page links the three pathway pages', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const demo = new URL('../../demo/', import.meta.url);
  for (const file of (await readdir(demo)).filter((name) => name.endsWith('.html'))) {
    const html = await readFile(new URL(file, demo), 'utf8');
    if (!html.includes('<nav')) continue;
    for (const page of ['pathway-uk.html', 'pathway-us.html', 'pathway-single.html']) assert.ok(html.includes(`href="./${page}"`), `${file} links ${page}`);
  }
});
