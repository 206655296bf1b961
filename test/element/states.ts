// Every state the widget can show, reached as a person reaches it, and the media the browser can
// emulate: one list for the axe, colour and phone tests.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TriageInput } from '../../src/index.js';
import type { TemplateResult } from 'lit';
import { $, answer, answerWeeks, clickButton, continueOn, detailsLoaded, html, settle, type Widget, wrapper } from './driver.js';

export interface Media {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  media?: 'print' | 'screen';
}

/** Emulates media features where the engine can; false where it cannot (then tests check the rules). */
export const emulate = (media: Media) => executeServerCommand<boolean, Media>('emulate', media);

/** The widget's style rules as text, to check a media block exists where it cannot be emulated. */
export const cssRules = (el: Widget) =>
  el.shadowRoot!.adoptedStyleSheets.length
    ? el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText)
    : [...el.shadowRoot!.querySelectorAll('style')].map((style) => style.textContent ?? '');

/** Opens "Why this advice" once it has loaded, so checks see it too. */
export async function openWhy(el: Widget): Promise<void> {
  await detailsLoaded(el);
  $<HTMLDetailsElement>(el, 'details')!.open = true;
}

export type State = { name: string; reach(el: Widget): Promise<void> };

export const toBleeding = async (el: Widget, weeks = '30') => {
  await answerWeeks(el, weeks);
};
export const toSymptoms = async (el: Widget, weeks = '30') => {
  await toBleeding(el, weeks);
  await answer(el, 'Spotting');
};
const toLast = async (el: Widget, weeks: string) => {
  await toSymptoms(el, weeks);
  await answer(el, 'None of these');
};
const toTrimester = (el: Widget) => clickButton(el, "I'm not sure how many weeks");
const withError = (reach: (el: Widget) => Promise<void>) => async (el: Widget) => {
  await reach(el);
  await continueOn(el);
  expect($(el, '[part~="error-summary"]'), 'the error shows').to.exist;
};
export const outcome = (answers: Partial<TriageInput>) => async (el: Widget) => {
  el.answers = answers;
  await settle(el);
  await openWhy(el);
};

export const STATES: State[] = [
  { name: 'weeks', reach: async () => undefined },
  { name: 'weeks, with an error', reach: withError(async () => undefined) },
  { name: 'trimester', reach: toTrimester },
  { name: 'trimester, with an error', reach: withError(toTrimester) },
  { name: 'amount', reach: (el) => toBleeding(el) },
  { name: 'amount, with an error', reach: withError((el) => toBleeding(el)) },
  { name: 'symptoms', reach: (el) => toSymptoms(el) },
  { name: 'symptoms, with an error', reach: withError((el) => toSymptoms(el)) },
  { name: 'ectopic risk', reach: (el) => toLast(el, '8') },
  { name: 'ectopic risk, with an error', reach: withError((el) => toLast(el, '8')) },
  { name: 'placenta', reach: (el) => toLast(el, '30') },
  { name: 'placenta, with an error', reach: withError((el) => toLast(el, '30')) },
  { name: 'emergency outcome', reach: outcome({ weeks: 30, bleeding: 'heavy', symptoms: [] }) },
  { name: 'urgent outcome', reach: outcome({ weeks: 30, bleeding: 'light', symptoms: ['fever', 'after-sex'] }) },
  { name: 'prompt outcome', reach: outcome({ weeks: 4, bleeding: 'spotting', symptoms: [], ectopicRisk: false }) },
  { name: 'unknown-weeks outcome', reach: outcome({ bleeding: 'light', symptoms: ['reduced-movements'] }) },
];

/** Starts again and reaches a state in the same widget (cheaper than a new fixture each time). */
export async function reachAfresh(el: Widget, state: State): Promise<void> {
  el.reset();
  await settle(el);
  await state.reach(el);
}

/** The widget on a host page with its own h1 above it, as hosts use it. Returns the page. */
export async function onHostPage(widget: TemplateResult): Promise<HTMLElement> {
  const host = await wrapper(html`<div><h1>Bleeding in pregnancy</h1>${widget}</div>`);
  await settle(host.querySelector<Widget>('bleeding-triage')!);
  return host;
}
