import { expect, fixture } from '@open-wc/testing';
import {
  TriageActionEvent,
  TriageCompleteEvent,
  TriageResetEvent,
  TriageStepEvent,
  type TriageActionDetail,
} from '../../src/index.js';
import { $, answer, clickButton, detailsLoaded, html, mount, settle, typeWeeks, walk, type Widget, wrapper } from './driver.js';

const ALL = ['triage-step', 'triage-complete', 'triage-action', 'triage-reset'];

/** Listens on the document, so every event must bubble and cross the shadow boundary. */
function recordOnDocument(): { events: Event[]; stop(): void } {
  const events: Event[] = [];
  const listen = (event: Event) => events.push(event);
  for (const type of ALL) document.addEventListener(type, listen);
  return { events, stop: () => ALL.forEach((type) => document.removeEventListener(type, listen)) };
}

const steps = (events: Event[]) =>
  events.filter((e): e is TriageStepEvent => e.type === 'triage-step').map((e) => (e as TriageStepEvent).detail);

describe('events: order and detail', () => {
  let log: ReturnType<typeof recordOnDocument>;
  beforeEach(() => (log = recordOnDocument()));
  afterEach(() => log.stop());

  it('triage-step for every page, then triage-complete, in order', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Light bleeding' });
    expect(log.events.map((e) => e.type)).to.deep.equal([
      'triage-step',
      'triage-step',
      'triage-step',
      'triage-step',
      'triage-step',
      'triage-complete',
    ]);
    // Before the weeks are known, the path may hold both the ectopic and the placenta questions.
    expect(steps(log.events)).to.deep.equal([
      { step: 'weeks', index: 1, total: 6 },
      { step: 'bleeding', index: 2, total: 5 },
      { step: 'symptoms', index: 3, total: 5 },
      { step: 'low-lying-placenta', index: 4, total: 5 },
      { step: 'outcome', index: 5, total: 5 },
    ]);
  });

  it('total grows when the person is not sure of the weeks, and shrinks on an early exit', async () => {
    const el = await mount();
    await clickButton(el, "I'm not sure how many weeks");
    await answer(el, "I don't know");
    await answer(el, 'Heavy bleeding');
    expect(steps(log.events)).to.deep.equal([
      { step: 'weeks', index: 1, total: 6 },
      { step: 'trimester', index: 2, total: 7 },
      { step: 'bleeding', index: 3, total: 7 },
      { step: 'outcome', index: 4, total: 4 },
    ]);
  });

  it('triage-complete carries the input and the result, and is a typed, bubbling, composed event', async () => {
    const el = await mount();
    await walk(el, { weeks: '8', bleeding: 'Spotting', yesNo: 'No' });
    const complete = log.events.find((e) => e.type === 'triage-complete') as TriageCompleteEvent;
    expect(complete).to.be.instanceOf(TriageCompleteEvent);
    expect(complete.bubbles && complete.composed).to.equal(true);
    expect(complete.cancelable).to.equal(false);
    expect(complete.detail.input).to.deep.equal({ weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false });
    expect(complete.detail.result).to.equal(el.result);
  });

  it('every event is a typed class that bubbles and is composed', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Heavy bleeding' });
    $<HTMLButtonElement>(el, '[part~="restart"]')!.click();
    await settle(el);
    const classes = { 'triage-step': TriageStepEvent, 'triage-complete': TriageCompleteEvent, 'triage-action': TriageActionEvent, 'triage-reset': TriageResetEvent };
    expect(new Set(log.events.map((e) => e.type))).to.deep.equal(new Set(ALL));
    for (const event of log.events) {
      expect(event).to.be.instanceOf(classes[event.type as keyof typeof classes]);
      expect(event.bubbles, event.type).to.equal(true);
      expect(event.composed, event.type).to.equal(true);
    }
  });

  it('restart: triage-action (restart), then triage-reset, then triage-step for the first page', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Light bleeding' });
    log.events.length = 0;
    $<HTMLButtonElement>(el, '[part~="restart"]')!.click();
    await settle(el);
    expect(log.events.map((e) => e.type)).to.deep.equal(['triage-action', 'triage-reset', 'triage-step']);
    expect((log.events[0] as TriageActionEvent).detail).to.deep.equal({ action: 'restart' });
    expect(steps(log.events)).to.deep.equal([{ step: 'weeks', index: 1, total: 6 }]);
  });

  it('reset() fires triage-reset (no action: the host asked for it)', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Light bleeding' });
    log.events.length = 0;
    el.reset();
    await settle(el);
    expect(log.events.map((e) => e.type)).to.deep.equal(['triage-reset', 'triage-step']);
  });

  it('carries no free text and no personal data outside triage-complete: only the host’s own name for the contact called', async () => {
    const el = await mount(html`<bleeding-triage care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
    await walk(el, { weeks: '30', bleeding: 'Light bleeding' });
    $<HTMLAnchorElement>(el, '.cta')!.addEventListener('click', (e) => e.preventDefault());
    $<HTMLAnchorElement>(el, '.cta')!.click();
    for (const event of log.events.filter((e) => e.type !== 'triage-complete')) {
      const { contact, ...rest } = (event as CustomEvent).detail;
      expect(contact === undefined || (event.type === 'triage-action' && contact === 'Ward 7'), event.type).to.equal(true);
      const detail = JSON.stringify(rest);
      expect(detail).not.to.contain('Ward 7');
      expect(detail).not.to.match(/light|30/);
    }
  });
});

describe('triage-action: cancelable, so a host can take the action over', () => {
  async function outcomeWith(template = html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100" care-url="https://example.org/w7"></bleeding-triage>`, answers = {}): Promise<Widget> {
    const el = await fixture<Widget>(template);
    el.answers = { weeks: 30, bleeding: 'light', symptoms: [], lowLyingPlacenta: false, ...answers };
    await settle(el);
    await detailsLoaded(el);
    return el;
  }

  /** Clicks a link and reports the action event and whether the browser would follow it. */
  async function clickAction(el: Widget, link: HTMLAnchorElement, cancel: boolean): Promise<{ detail: TriageActionDetail; followed: boolean }> {
    let detail!: TriageActionDetail;
    const onAction = (event: Event) => {
      detail = (event as TriageActionEvent).detail;
      if (cancel) event.preventDefault();
    };
    let followed = false;
    const onClick = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault(); // never actually dial or navigate during tests
    };
    el.addEventListener('triage-action', onAction);
    document.addEventListener('click', onClick);
    try {
      link.click();
    } finally {
      // Even when the link is missing: a listener left behind would fail the next test instead.
      document.removeEventListener('click', onClick);
      el.removeEventListener('triage-action', onAction);
    }
    return { detail, followed };
  }

  it('call-care: the tel: link is followed unless the host cancels', async () => {
    const el = await outcomeWith();
    const link = $<HTMLAnchorElement>(el, '.cta')!;
    const detail = { action: 'call-care', href: 'tel:01215550100', contact: 'Ward 7' };
    expect(await clickAction(el, link, false)).to.deep.equal({ detail, followed: true });
    expect(await clickAction(el, link, true)).to.deep.equal({ detail, followed: false });
  });

  it('call-emergency: from the banner on a question page and from the emergency card', async () => {
    const asking = await mount();
    const banner = $<HTMLAnchorElement>(asking, '[part~="emergency-banner"] a')!;
    expect((await clickAction(asking, banner, true)).detail).to.deep.equal({ action: 'call-emergency', href: 'tel:999' });
    const el = await outcomeWith(undefined, { bleeding: 'heavy' });
    expect((await clickAction(el, $<HTMLAnchorElement>(el, '.cta')!, true)).detail).to.deep.equal({ action: 'call-emergency', href: 'tel:999' });
  });

  it('open-care: the care web page when there is no phone', async () => {
    const el = await outcomeWith(html`<bleeding-triage care-name="Ward 7" care-url="https://example.org/w7"></bleeding-triage>`);
    const { detail, followed } = await clickAction(el, $<HTMLAnchorElement>(el, '.cta')!, false);
    expect(detail).to.deep.equal({ action: 'open-care', href: 'https://example.org/w7', contact: 'Ward 7' });
    expect(followed).to.equal(true);
  });

  it('print: calls window.print() unless the host cancels', async () => {
    const el = await outcomeWith();
    const original = window.print;
    let printed = 0;
    window.print = () => void (printed += 1);
    try {
      const printButton = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Print'))!;
      const actions: string[] = [];
      const cancelOnce = (event: Event) => {
        actions.push((event as TriageActionEvent).detail.action);
        if (actions.length === 1) event.preventDefault();
      };
      el.addEventListener('triage-action', cancelOnce);
      printButton.click();
      expect(printed).to.equal(0);
      printButton.click();
      expect(printed).to.equal(1);
      expect(actions).to.deep.equal(['print', 'print']);
      expect(el.shadowRoot!.querySelector('details')!.open, 'the reasons are opened for printing').to.equal(true);
    } finally {
      window.print = original;
    }
  });

  it('restart: the host can cancel it and the outcome stays', async () => {
    const el = await outcomeWith();
    el.addEventListener('triage-action', (event) => event.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, '[part~="restart"]')!.click();
    await settle(el);
    expect(el.result).not.to.equal(null);
  });
});

describe('the first page', () => {
  it('fires triage-step once when it first renders, and not again when re-inserted', async () => {
    const host = await wrapper(html`<div></div>`);
    const el = document.createElement('bleeding-triage');
    const events: Event[] = [];
    el.addEventListener('triage-step', (e) => events.push(e));
    host.append(el);
    await settle(el);
    el.remove();
    host.append(el);
    await settle(el);
    expect(events.map((e) => (e as TriageStepEvent).detail.step)).to.deep.equal(['weeks']);
  });

  it('typing weeks does not fire anything until Continue', async () => {
    const el = await mount();
    const events: Event[] = [];
    for (const type of ALL) el.addEventListener(type, (e) => events.push(e));
    await typeWeeks(el, '12');
    expect(events).to.deep.equal([]);
  });
});
