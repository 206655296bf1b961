// The portal demo (demo/portal.html) with the built files: it prefills the weeks from a FHIR
// Observation, shows the QuestionnaireResponse and GuidanceResponse it would store, downloads
// them as a Bundle made in the page, and restores the answers from the stored response.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { checkResponse, fromQuestionnaireResponse } from '../../dist/fhir.js';
import { validationErrors } from '../fhir/validators.mjs';
import { completeFlow, openPage } from './browser.mjs';
import { sharedSite } from './site.mjs';

const site = sharedSite();

test('the portal demo: prefill from the record, then the resources it would store, a download, and a restore', async () => {
  const { page, messages } = await openPage(site.browser, `${site.server.origin}/demo/portal.html`, { acceptDownloads: true });
  const widget = page.locator('bleeding-triage');
  assert.equal(await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).inputValue(), '22');
  assert.match(await page.locator('#record-weeks').textContent(), /Your record says 22 weeks/);
  assert.equal(await page.locator('#stored').isVisible(), false, 'nothing to store before the advice');

  await completeFlow(page, { weeks: '22' });
  const urgency = await widget.getAttribute('outcome');
  await page.locator('#stored').waitFor();
  const shown = async (selector) => JSON.parse(await page.locator(selector).textContent());
  const response = await shown('#questionnaire-response');
  const guidance = await shown('#guidance-response');
  assert.deepEqual(checkResponse(response), []);
  assert.deepEqual(fromQuestionnaireResponse(response), { weeks: 22, bleeding: 'light', symptoms: [], lowLyingPlacenta: false });
  assert.equal(response.subject.reference, 'Patient/example');
  assert.equal(guidance.contained[0].parameter.find((entry) => entry.name === 'urgency').valueCoding.code, urgency);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download both (FHIR JSON)' }).click()]);
  assert.equal(download.suggestedFilename(), 'bleeding-triage-fhir.json');
  assert.match(download.url(), /^blob:/, 'made in the page, not fetched');
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(bundle.entry.map((entry) => entry.resource), [response, guidance]);
  assert.deepEqual(validationErrors(bundle), []);

  await widget.getByRole('button', { name: 'Start again' }).click();
  await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).waitFor();
  await page.getByRole('button', { name: 'Open these answers again' }).click();
  await widget.locator('[part~="outcome"]').waitFor();
  assert.equal(await widget.getAttribute('outcome'), urgency);

  assert.deepEqual(messages.filter((message) => ['error', 'warning', 'pageerror'].includes(message.type)), []);
  assert.deepEqual(site.server.requests.filter((path) => !/^\/(demo|dist)\//.test(path)), [], 'only the page and its own files');
  await page.close();
});
