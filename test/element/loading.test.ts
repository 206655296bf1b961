// The widget's own files that load later (the rules, the outcome's details) when they are slow,
// never come, or fail and then come back: nobody waits for ever, and no timer outlives the element
// (issue 10 item 4). The built files on a real network: test/e2e/hardening.test.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import { BleedingTriageElement } from '../../src/element/bleeding-triage.js';
import type { LazyPart } from '../../src/element/lazy.js';
import { details } from '../../src/element/outcome.js';
import { rules } from '../../src/element/rules.js';
import { $, currentStep, headingText, html, mount, text, type Widget } from './driver.js';

const TIMEOUT = 300;

/**
 * Makes a part load like a file that has not arrived yet: `arrive()` delivers it to every load
 * still waiting (as a late import would), `fail()` fails them. Loads and give-ups are counted.
 * Restored after each test.
 */
function slow<T>(part: LazyPart<T>) {
  const real = { loaded: part.loaded, load: part.load, failed: part.failed, giveUp: part.giveUp };
  let module: T | undefined;
  let waiting: ((value: T | undefined) => void)[] = [];
  let failed = false;
  const state = { loads: 0, givenUp: 0 };
  const settleAll = (value: T | undefined) => waiting.splice(0).forEach((resolve) => resolve(value));
  Object.assign(part, {
    loaded: () => module,
    failed: () => failed,
    load: () => {
      state.loads += 1;
      failed = false;
      return new Promise<T | undefined>((resolve) => waiting.push(resolve));
    },
    giveUp: () => {
      state.givenUp += 1;
      failed = true;
    },
  });
  return {
    state,
    async arrive() {
      module = await real.load();
      failed = false;
      settleAll(module);
    },
    fail() {
      failed = true;
      settleAll(undefined);
    },
    restore: () => {
      waiting = [];
      Object.assign(part, real);
    },
  };
}

/** Rendering done, without waiting for the rules as the driver's settle does. */
async function drawn(el: Widget): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

// The driver's helpers wait for the rules, which these tests hold back: these do not.
const pressContinue = async (el: Widget) => {
  $<HTMLButtonElement>(el, '[part~="continue"]')!.click();
  await drawn(el);
};

async function pick(el: Widget, label: string | RegExp): Promise<void> {
  const labels = [...el.shadowRoot!.querySelectorAll('label')];
  labels.find((candidate) => (typeof label === 'string' ? text(candidate).startsWith(label) : label.test(text(candidate))))!.click();
  await drawn(el);
}

describe('files that load later: slow, never, or back online (item 4)', () => {
  const restores: (() => void)[] = [];
  let timeout: number;
  beforeEach(() => {
    timeout = BleedingTriageElement._loadTimeout;
    BleedingTriageElement._loadTimeout = TIMEOUT;
  });
  afterEach(() => {
    BleedingTriageElement._loadTimeout = timeout;
    restores.splice(0).forEach((restore) => restore());
  });
  const slowly = <T>(part: LazyPart<T>) => {
    const handle = slow(part);
    restores.push(handle.restore);
    return handle;
  };

  it('fetches the rules once the first question is drawn, not while it is being drawn', async () => {
    const engine = slowly(rules);
    const el = document.createElement('bleeding-triage') as Widget;
    document.body.append(el);
    expect(engine.state.loads, 'at connect').to.equal(0);
    await el.updateComplete;
    await Promise.resolve();
    expect(!!$(el, '#weeks-input'), 'the first question').to.equal(true);
    expect(engine.state.loads, 'once drawn').to.equal(1);
    el.remove();
  });

  it('fetches the rules even when drawing the first question failed', async () => {
    const engine = slowly(rules);
    class FirstDrawFails extends BleedingTriageElement {
      protected override async getUpdateComplete(): Promise<boolean> {
        throw new Error('drawing failed');
      }
    }
    FirstDrawFails.define('first-draw-fails-triage');
    const el = document.createElement('first-draw-fails-triage');
    document.body.append(el);
    await waitUntil(() => engine.state.loads === 1, 'the rules asked for', { timeout: TIMEOUT });
    el.remove();
  });

  it('the outcome says the rest could not load once waiting has taken too long, and shows it if it comes', async () => {
    const el = await mount(html`<bleeding-triage region="GB"></bleeding-triage>`);
    const rest = slowly(details);
    el.answers = { weeks: 30, bleeding: 'light', symptoms: [] };
    await drawn(el);
    expect(text($(el, '.details-status'))).to.equal('Loading the rest of the advice…');
    await waitUntil(() => text($(el, '.details-status')).startsWith('The rest of the advice could not be loaded'), 'the words after the timeout', { timeout: TIMEOUT * 5 });
    expect(rest.state.givenUp).to.be.greaterThan(0);
    expect(headingText(el)).to.match(/^Urgent advice/);
    // It arrives after all: the rest shows, on the same card.
    await rest.arrive();
    await drawn(el);
    expect(!!$(el, '.details-status'), '.details-status').to.equal(false);
    expect(!!$(el, '#causes-heading'), '#causes-heading').to.equal(true);
  });

  it('after Continue, a person never waits for ever for the rules: the safe fallback advice shows', async () => {
    const el = await mount(html`<bleeding-triage region="GB" care-name="Ward 7"></bleeding-triage>`);
    slowly(rules);
    $<HTMLInputElement>(el, '#weeks-input')!.value = '30';
    await pressContinue(el);
    expect(text($(el, '[role="status"]'))).to.equal('Loading…');
    // Each page waits at most the timeout, then moves on; the outcome is the fallback's.
    await waitUntil(() => currentStep(el) === 'bleeding', 'moved on after the timeout', { timeout: TIMEOUT * 5 });
    await pick(el, /^Light bleeding/);
    await pressContinue(el);
    await waitUntil(() => currentStep(el) === 'symptoms', 'moved on', { timeout: TIMEOUT * 5 });
    await pick(el, 'None of these');
    await pressContinue(el);
    await waitUntil(() => currentStep(el) === 'low-lying-placenta', 'moved on', { timeout: TIMEOUT * 5 });
    await pick(el, /^No$/);
    await pressContinue(el);
    await waitUntil(() => currentStep(el) === 'outcome', 'the outcome', { timeout: TIMEOUT * 5 });
    expect(headingText(el)).to.equal('Urgent advice: Phone Ward 7 now');
    expect(!!$(el, '[role="status"]'), '[role="status"]').to.equal(false);
  });

  it('answers set before the rules load are applied when they come', async () => {
    const el = await mount();
    const engine = slowly(rules);
    el.answers = { weeks: 30, bleeding: 'heavy', symptoms: [] };
    await drawn(el);
    expect(currentStep(el)).to.equal('weeks');
    await engine.arrive();
    await drawn(el);
    expect(el.result?.urgency).to.equal('emergency');
  });

  it('answers set before rules that never come are refused after the timeout, with a warning', async () => {
    const el = await mount();
    slowly(rules);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      el.answers = { weeks: 30, bleeding: 'heavy', symptoms: [] };
      await waitUntil(() => warnings.some((line) => String(line).includes('ignoring answers=')), 'the warning', { timeout: TIMEOUT * 5 });
    } finally {
      console.warn = original;
    }
    expect(currentStep(el)).to.equal('weeks');
  });

  it('retries the rest of the outcome on the next outcome, and when the browser is back online', async () => {
    const el = await mount();
    const rest = slowly(details);
    el.answers = { weeks: 30, bleeding: 'light', symptoms: [] };
    await drawn(el);
    rest.fail();
    await drawn(el);
    expect(text($(el, '.details-status'))).to.match(/could not be loaded/);
    const loads = rest.state.loads;
    // Back online: tried again at once.
    window.dispatchEvent(new Event('online'));
    expect(rest.state.loads).to.equal(loads + 1);
    rest.fail();
    await drawn(el);
    // The next outcome tries again too.
    el.answers = { weeks: 30, bleeding: 'spotting', symptoms: [] };
    await drawn(el);
    expect(rest.state.loads).to.equal(loads + 2);
    await rest.arrive();
    await drawn(el);
    expect(!!$(el, '#causes-heading'), '#causes-heading').to.equal(true);
  });

  it('no timer outlives the element: waiting stops while it is off the page, and starts again when it is back', async () => {
    const el = await mount();
    const rest = slowly(details);
    el.answers = { weeks: 30, bleeding: 'light', symptoms: [] };
    await drawn(el);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT * 3));
    expect(rest.state.givenUp, 'no timer ran while it was off the page').to.equal(0);
    parent.append(el);
    await waitUntil(() => rest.state.givenUp > 0, 'waiting again once back', { timeout: TIMEOUT * 5 });
    await drawn(el);
    expect(text($(el, '.details-status'))).to.match(/could not be loaded/);
  });

  it('an element that goes away while it waits leaves no timer behind', async () => {
    const timers = new Set<unknown>();
    const { setTimeout: set, clearTimeout: clear } = window;
    window.setTimeout = ((run: () => void, ms?: number) => {
      const id = set(() => (timers.delete(id), run()), ms);
      if (ms === TIMEOUT) timers.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id: number) => (timers.delete(id), clear(id))) as typeof window.clearTimeout;
    try {
      const el = await mount();
      slowly(details);
      el.answers = { weeks: 30, bleeding: 'light', symptoms: [] };
      await drawn(el);
      expect(timers.size).to.be.greaterThan(0);
      el.remove();
      expect(timers.size).to.equal(0);
    } finally {
      window.setTimeout = set;
      window.clearTimeout = clear;
    }
  });
});
