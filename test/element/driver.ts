// Drives <bleeding-triage> the way a person does: by reading the page and clicking or typing.
import { fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { details } from '../../src/element/outcome.js';
import { rules } from '../../src/element/rules.js';
import type { BleedingTriageElement } from '../../src/index.js';
import type { TemplateResult } from 'lit';

export type Widget = BleedingTriageElement;

export async function mount(template: TemplateResult = html`<bleeding-triage region="GB"></bleeding-triage>`): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await settle(el);
  return el;
}

/**
 * A host page wrapper around the widget. Mounted without waiting for an animation frame, which a
 * browser may hold back from a test page in the background.
 */
export async function wrapper<T extends HTMLElement = HTMLDivElement>(template: TemplateResult): Promise<T> {
  const host = fixtureSync<T>(template);
  for (const el of host.querySelectorAll<Widget>('bleeding-triage')) await settle(el);
  return host;
}

/** Waits for rendering, including any update an update scheduled, and for the rules to have loaded. */
export async function settle(el: Widget): Promise<void> {
  await rules.load();
  for (let i = 0; i < 5 && !(await el.updateComplete); i += 1) {
    // updateComplete resolves false while another update is pending.
  }
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Waits until the rest of the outcome, which loads as a chunk of its own, has loaded and shows. */
export async function detailsLoaded(el: Widget): Promise<void> {
  await details.load();
  await settle(el);
}

export const root = (el: Widget) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Widget, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Widget, selector: string) => [...root(el).querySelectorAll<T>(selector)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The page's main heading, as a person sees it (the hidden prefix included). */
export const headingText = (el: Widget) => text($(el, '#page-heading'));

/** The element focus is on, looking through the shadow root. */
export const focused = (el: Widget) => root(el).activeElement as HTMLElement | null;

/** Finds the radio or checkbox whose label starts with `label`, and clicks its label. */
export async function choose(el: Widget, label: string | RegExp): Promise<void> {
  const labels = $$<HTMLLabelElement>(el, 'label');
  const match = labels.find((candidate) => {
    const words = text(candidate);
    return typeof label === 'string' ? words.startsWith(label) : label.test(words);
  });
  if (!match) throw new Error(`no option labelled ${label}; options: ${labels.map(text).join(' | ')}`);
  match.click();
  await settle(el);
}

export async function clickButton(el: Widget, name: string | RegExp): Promise<void> {
  const buttons = $$<HTMLButtonElement>(el, 'button');
  const button = buttons.find((candidate) => (typeof name === 'string' ? text(candidate) === name : name.test(text(candidate))));
  if (!button) throw new Error(`no button ${name}; buttons: ${buttons.map(text).join(' | ')}`);
  button.click();
  await settle(el);
}

export async function continueOn(el: Widget): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="continue"]')!.click();
  await settle(el);
}

export async function typeWeeks(el: Widget, weeks: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#weeks-input')!;
  input.focus();
  input.select();
  // One key at a time: WebKitGTK's WebDriver drops a repeated character inside one "type"
  // action ("22" arrives as "2").
  for (const key of weeks) await sendKeys({ type: key });
  await settle(el);
}

/** Types the weeks and continues. */
export async function answerWeeks(el: Widget, weeks: string): Promise<void> {
  await typeWeeks(el, weeks);
  await continueOn(el);
}

/** Chooses an option and continues. */
export async function answer(el: Widget, label: string | RegExp): Promise<void> {
  await choose(el, label);
  await continueOn(el);
}

/** Shift+Tab, however the engine's driver takes a chord. */
export async function shiftTab(): Promise<void> {
  try {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } catch {
    // WebDriver takes only press and type: WebDriver's own codes for Shift and Tab, as one chord.
    await sendKeys({ type: '\uE008\uE004' });
  }
}

export async function goBack(el: Widget): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="back"]')!.click();
  await settle(el);
}

/** Weeks (or "not sure"), then amount, then symptoms, then any yes/no question, to the outcome. */
export async function walk(
  el: Widget,
  answers: { weeks?: string; trimester?: string; bleeding: string; symptoms?: string[]; yesNo?: string },
): Promise<void> {
  if (answers.weeks !== undefined) {
    await answerWeeks(el, answers.weeks);
  } else {
    await clickButton(el, "I'm not sure how many weeks");
    await answer(el, answers.trimester ?? "I don't know");
  }
  await answer(el, answers.bleeding);
  if (currentStep(el) === 'outcome') return;
  for (const symptom of answers.symptoms ?? ['None of these']) await choose(el, symptom);
  await continueOn(el);
  while (currentStep(el) !== 'outcome') await answer(el, answers.yesNo ?? 'No');
}

/** Which page shows: read from the DOM, not from internals. */
export function currentStep(el: Widget): string {
  if ($(el, '[part~="outcome"]')) return 'outcome';
  if ($(el, '#weeks-input')) return 'weeks';
  const name = $<HTMLInputElement>(el, 'fieldset input')?.name;
  return { trimester: 'trimester', bleeding: 'bleeding', symptom: 'symptoms', ectopic: 'ectopic-risk', placenta: 'low-lying-placenta' }[name ?? ''] ?? 'unknown';
}

/** Records console warnings while `run` runs. */
export async function warningsDuring(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Records events of the given types on `target`, in order. */
export function record(target: EventTarget, types: string[]): Event[] {
  const events: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => events.push(event));
  return events;
}

export { html };
