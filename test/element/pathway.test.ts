// The care pathway (DESIGN.md §6, issue 17): which contact the card names for the person's weeks
// and the time now, read from child elements or `.contacts`, with every bad value warned about.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { clock } from '../../src/element/clock.js';
import type { CareContact, TriageActionEvent, TriageCompleteEvent, TriageInput } from '../../src/index.js';
import { $, $$, detailsLoaded, headingText, html, record, settle, text, warningsDuring, type Widget } from './driver.js';

/** Pages written as markup, as a CMS writes them. */
type Page = TemplateResult | string;

const realNow = clock.now;
/** Sets the one clock the widget reads: an ISO instant, or milliseconds. */
const setTime = (at: string | number) => (clock.now = () => (typeof at === 'number' ? at : Date.parse(at)));
afterEach(() => (clock.now = realNow));

// A UK trust: the early pregnancy unit before 16 weeks on weekdays, by referral; maternity triage
// from 16 weeks, day and night.
const EPU = 'the Early Pregnancy Unit';
const TRIAGE = 'Maternity Triage';
const uk = (lang = 'en-GB') => html`<bleeding-triage region="GB" lang=${lang}>
  <bleeding-triage-contact name=${EPU} phone="0121 555 0101" weeks="0-15" hours="Mo-Fr 08:00-17:00" timezone="Europe/London" self-referral="no" textphone="18001 0121 555 0101" note="BSL interpreters on request"></bleeding-triage-contact>
  <bleeding-triage-contact name=${TRIAGE} phone="0121 555 0102" weeks="16-" hours="24/7" timezone="Europe/London" interpreter="0121 555 0190" on-the-way></bleeding-triage-contact>
</bleeding-triage>`;

// A US hospital: the doctor's office on weekdays before 20 weeks, else the emergency department;
// labor and delivery triage from 20 weeks.
const OFFICE = 'the OB/GYN office';
const ED = 'the Emergency Department';
const LD = 'Labor & Delivery Triage';
const US_CONTACTS: CareContact[] = [
  { name: OFFICE, phone: '(555) 010-0150', weeks: { from: 0, to: 19 }, hours: 'Mo-Fr 08:30-17:00', timezone: 'America/New_York' },
  { name: ED, phone: '(555) 010-0100', weeks: '0-19', hours: '24/7', timezone: 'America/New_York' },
  { name: LD, phone: '(555) 010-0199', weeks: { from: 20 }, hours: '24/7', timezone: 'America/New_York', onTheWay: true },
];
const us = () => html`<bleeding-triage region="US" lang="en-US" .contacts=${US_CONTACTS}></bleeding-triage>`;

/** Answers that make an urgent card at a week: bleeding with cramps early on, any bleeding later. */
const urgentAt = (weeks: number): Partial<TriageInput> =>
  weeks < 14 ? { weeks, bleeding: 'light', symptoms: ['mild-cramps'], ectopicRisk: false } : { weeks, bleeding: 'light', symptoms: [], lowLyingPlacenta: false };

const completions = new WeakMap<Widget, Event[]>();

/** The card for these answers at this time, once routed (and in its language, when not English). */
async function cardAt(at: string | number, answers: Partial<TriageInput>, template: Page = uk()): Promise<Widget> {
  setTime(at);
  const el = await fixture<Widget>(template);
  await settle(el);
  completions.set(el, record(el, ['triage-complete']));
  el.answers = answers;
  await settle(el);
  await detailsLoaded(el);
  // A language other than English loads on demand.
  const wanted = el.getAttribute('lang')?.split('-')[0];
  for (let i = 0; i < 100 && wanted && wanted !== 'en' && !$(el, '.frame')?.getAttribute('lang')?.startsWith(wanted); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
  return el;
}

/** The contact the last triage-complete named. */
const contactOf = (el: Widget) => (completions.get(el)!.at(-1) as TriageCompleteEvent).detail.contact;
const cta = (el: Widget) => $<HTMLAnchorElement>(el, '.card-body > .cta');
const said = (el: Widget) => $$(el, '.pathway').map(text).join(' ');
const advice = (el: Widget) => $$(el, '[part~="advice"] li').map(text);

/**
 * The words, with each time as a browser writes it in the page's locale: Chromium and WebKit
 * write en-GB's 8 a.m. as 8:00, Firefox as 08:00 (both from CLDR's HH:mm).
 */
const saying = (words: string) => new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/(?<![\d:])(\d):(\d\d)/g, '0?$1:$2'));

describe('care pathway: routing by weeks, day, time and time zone', () => {
  // [weeks, instant, heading after "Urgent advice: ", call to action, what the pathway says, reason]
  const UK_TABLE: [number, string, string, string, string, string][] = [
    [10, '2025-01-04T14:00:00Z', 'Phone 111 now', 'Call 111', `${EPU} They are closed now. Opens Monday at 8:00.`, 'out-of-hours'],
    [10, '2025-01-05T20:00:00Z', 'Phone 111 now', 'Call 111', `${EPU} They are closed now. Opens tomorrow at 8:00.`, 'out-of-hours'],
    [10, '2025-01-06T07:30:00Z', 'Phone 111 now', 'Call 111', `${EPU} They are closed now. Opens today at 8:00.`, 'out-of-hours'],
    [10, '2025-01-06T08:00:00Z', `Phone ${EPU} now`, `Call ${EPU} on 0121 555 0101`, 'You need a referral', 'open'],
    [15, '2025-01-10T16:59:00Z', `Phone ${EPU} now`, `Call ${EPU} on 0121 555 0101`, 'You need a referral', 'open'],
    [15, '2025-01-10T17:00:00Z', 'Phone 111 now', 'Call 111', 'Opens Monday at 8:00.', 'out-of-hours'],
    [16, '2025-01-06T10:00:00Z', `Phone ${TRIAGE} now`, `Call ${TRIAGE} on 0121 555 0102`, 'Interpreter line: 0121 555 0190', 'open'],
    [30, '2025-01-04T14:00:00Z', `Phone ${TRIAGE} now`, `Call ${TRIAGE} on 0121 555 0102`, 'Interpreter line', 'open'],
    [45, '2025-01-05T03:00:00Z', `Phone ${TRIAGE} now`, `Call ${TRIAGE} on 0121 555 0102`, 'Interpreter line', 'open'],
    // British Summer Time: 08:30 on the wall is 07:30 UTC, 17:30 is 16:30 UTC.
    [10, '2025-07-07T07:30:00Z', `Phone ${EPU} now`, `Call ${EPU} on 0121 555 0101`, 'You need a referral', 'open'],
    [10, '2025-07-07T16:30:00Z', 'Phone 111 now', 'Call 111', 'Opens tomorrow at 8:00.', 'out-of-hours'],
    // The weekend the clocks go forward, and the one they go back: Monday 8:00 all the same.
    [10, '2025-03-29T14:00:00Z', 'Phone 111 now', 'Call 111', 'Opens Monday at 8:00.', 'out-of-hours'],
    [10, '2025-03-31T07:00:00Z', `Phone ${EPU} now`, `Call ${EPU} on 0121 555 0101`, 'You need a referral', 'open'],
    [10, '2025-10-25T14:00:00Z', 'Phone 111 now', 'Call 111', 'Opens Monday at 8:00.', 'out-of-hours'],
    [10, '2025-10-27T07:30:00Z', 'Phone 111 now', 'Call 111', 'Opens today at 8:00.', 'out-of-hours'],
  ];
  for (const [weeks, instant, heading, call, words, reason] of UK_TABLE) {
    it(`UK: ${weeks} weeks at ${instant}: ${heading} (${reason})`, async () => {
      const el = await cardAt(instant, urgentAt(weeks));
      expect(headingText(el)).to.equal(`Urgent advice: ${heading}`);
      expect(text(cta(el))).to.equal(call);
      expect(said(el)).to.match(saying(words));
      const contact = reason === 'out-of-hours' || heading.includes(EPU) ? EPU : TRIAGE;
      expect(contactOf(el)).to.deep.equal({ name: contact, reason });
    });
  }

  // [weeks, instant, heading after "Urgent advice: ", reason]
  const US_TABLE: [number, string, string, string][] = [
    [12, '2025-03-10T13:00:00Z', `Phone ${OFFICE} now`, 'open'],
    // 08:45 EDT is open; the same instant a week earlier was 07:45 EST, closed: the ED, next.
    [12, '2025-03-10T12:45:00Z', `Phone ${OFFICE} now`, 'open'],
    [12, '2025-03-03T12:45:00Z', `Phone ${ED} now`, 'next-open'],
    [12, '2025-03-08T15:00:00Z', `Phone ${ED} now`, 'next-open'],
    [12, '2025-11-03T13:29:00Z', `Phone ${ED} now`, 'next-open'],
    [12, '2025-11-03T13:30:00Z', `Phone ${OFFICE} now`, 'open'],
    [19, '2025-03-10T02:00:00Z', `Phone ${ED} now`, 'next-open'],
    [20, '2025-03-10T13:00:00Z', `Phone ${LD} now`, 'open'],
  ];
  for (const [weeks, instant, heading, reason] of US_TABLE) {
    it(`US: ${weeks} weeks at ${instant}: ${heading} (${reason})`, async () => {
      const el = await cardAt(instant, urgentAt(weeks), us());
      expect(headingText(el)).to.equal(`Urgent advice: ${heading}`);
      expect(contactOf(el)).to.deep.equal({ name: heading.slice(6, -4), reason });
    });
  }

  it(`a closed office says when it opens, the way the page's locale writes times (en-US: 8:30 AM)`, async () => {
    const office = html`<bleeding-triage region="US" lang="en-US" .contacts=${US_CONTACTS.slice(0, 1)}></bleeding-triage>`;
    const el = await cardAt('2025-03-08T15:00:00Z', urgentAt(12), office);
    expect(headingText(el)).to.equal('Urgent advice: Phone your out-of-hours or urgent care service now');
    expect(cta(el), 'no urgent-care number is known for the US').to.equal(null);
    expect(said(el)).to.match(new RegExp(`^${saying(`${OFFICE} They are closed now. Opens Monday at 8:30 AM.`).source}$`));
    expect(advice(el)[1]).to.equal('If you cannot get through, go to the maternity unit or emergency department.');
  });

  it(`without a time zone, the hours are read on the browser's own clock`, async () => {
    const local = html`<bleeding-triage region="GB" lang="en-GB"
      ><bleeding-triage-contact name="Ward 7" phone="0121 555 0107" hours="Mo-Fr 08:00-17:00"></bleeding-triage-contact
    ></bleeding-triage>`;
    expect(said(await cardAt(new Date(2025, 0, 4, 14, 0).getTime(), urgentAt(30), local))).to.match(saying('Opens Monday at 8:00.'));
    expect(headingText(await cardAt(new Date(2025, 0, 6, 9, 0).getTime(), urgentAt(30), local))).to.equal('Urgent advice: Phone Ward 7 now');
  });

  it('prompt cards route the same way: contact 111 within 24 hours while the unit is closed', async () => {
    const el = await cardAt('2025-01-04T14:00:00Z', { weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false });
    expect(headingText(el)).to.equal('Advice: Contact 111 within 24 hours');
    expect(advice(el)[0]).to.equal('Contact 111 within 24 hours, or sooner if anything changes.');
    expect(said(el)).to.match(saying('Opens Monday at 8:00.'));
  });
});

describe('care pathway: the done-when scenario (issue 17)', () => {
  it('10 weeks on Saturday 14:00 in London: the out-of-hours route, opening Monday at 8:00; 30 weeks: the 24/7 triage line', async () => {
    const early = await cardAt('2025-01-04T14:00:00Z', urgentAt(10));
    expect(headingText(early)).to.equal('Urgent advice: Phone 111 now');
    expect(cta(early)!.getAttribute('href')).to.equal('tel:111');
    expect(text(cta(early))).to.equal('Call 111');
    expect(said(early)).to.match(saying('They are closed now. Opens Monday at 8:00.'));
    expect(advice(early)[1]).to.equal('If you cannot get through, go to the maternity unit or emergency department.');

    const late = await cardAt('2025-01-04T14:00:00Z', urgentAt(30));
    expect(headingText(late)).to.equal(`Urgent advice: Phone ${TRIAGE} now`);
    expect(cta(late)!.getAttribute('href')).to.equal('tel:01215550102');
    expect(said(late)).not.to.contain('closed');
  });
});

describe('care pathway: what the card says about the contact', () => {
  it('no self-referral: the words the services use, with the out-of-hours route', async () => {
    const el = await cardAt('2025-01-06T10:00:00Z', urgentAt(10));
    expect(said(el)).to.contain(
      `You need a referral from your GP or midwife to see ${EPU}: ask them to refer you. If it is urgent and you cannot reach them, call 111, or go to the maternity unit or emergency department.`,
    );
  });

  it('its textphone, interpreter line and note, each a call link where it is a number', async () => {
    const el = await cardAt('2025-01-06T10:00:00Z', urgentAt(10));
    // As rendered: one line of words, not flex items beside the isolated name that lose their spaces.
    expect(cta(el)!.innerText.trim()).to.equal(`Call ${EPU} on 0121 555 0101`);
    expect(said(el)).to.contain('Textphone or text relay: 18001 0121 555 0101').and.to.contain('BSL interpreters on request');
    expect($<HTMLAnchorElement>(el, '.pathway a[href="tel:1800101215550101"]')).to.exist;
    const triage = await cardAt('2025-01-06T10:00:00Z', urgentAt(20));
    expect($<HTMLAnchorElement>(triage, '.pathway a[href="tel:01215550190"]')).to.exist;
  });

  it('weeks not pinned: every contact for the weeks the person could be, with its weeks and its call', async () => {
    const el = await cardAt('2025-01-04T14:00:00Z', { trimester: 'second', bleeding: 'light', symptoms: [] });
    expect(headingText(el)).to.equal('Urgent advice: Phone your maternity unit, early pregnancy unit or doctor now');
    const items = $$(el, 'ul.pathway > li');
    expect(items.map((item) => text(item).split(' Call ')[0])).to.deep.equal([`If you are less than 16 weeks pregnant: ${EPU}`, `If you are 16 weeks pregnant or more: ${TRIAGE}`]);
    expect(items.map((item) => item.querySelector('.cta')!.getAttribute('href'))).to.deep.equal(['tel:01215550101', 'tel:01215550102']);
    expect(text(items[0])).to.match(saying('They are closed now. Opens Monday at 8:00.'));
    expect(text(items[1])).not.to.contain('closed');
  });

  it(`"I don't know" the weeks lists them too; a first-trimester person only sees the unit for those weeks`, async () => {
    const unknown = await cardAt('2025-01-06T10:00:00Z', { bleeding: 'light', symptoms: [] });
    expect($$(unknown, 'ul.pathway > li')).to.have.length(2);
    const first = await cardAt('2025-01-06T10:00:00Z', { trimester: 'first', bleeding: 'light', symptoms: ['mild-cramps'] });
    expect($$(first, 'ul.pathway > li')).to.have.length(0);
    expect(headingText(first)).to.equal(`Urgent advice: Phone ${EPU} now`);
  });

  it('a contact for weeks between two others says both ends', async () => {
    const middle = html`<bleeding-triage region="GB" lang="en-GB" .contacts=${[
      { name: 'A', phone: '1', weeks: '0-11' },
      { name: 'B', phone: '2', weeks: '12-19' },
      { name: 'C', phone: '3', weeks: '20-' },
    ]}></bleeding-triage>`;
    const el = await cardAt('2025-01-06T10:00:00Z', { bleeding: 'light', symptoms: [] }, middle);
    expect($$(el, 'ul.pathway > li').map((item) => text(item).split(':')[0])).to.deep.equal([
      'If you are less than 12 weeks pregnant',
      'If you are 12 to 19 weeks pregnant',
      'If you are 20 weeks pregnant or more',
    ]);
  });

  it('emergency cards call the emergency number; the pathway adds only "on your way", when asked for', async () => {
    const el = await cardAt('2025-01-04T14:00:00Z', { weeks: 30, bleeding: 'heavy', symptoms: [] });
    expect(headingText(el)).to.equal('Immediate action required: Call 999 now, or go to the emergency department');
    expect($$(el, '.card-body .cta').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999']);
    expect(said(el)).to.equal(`Then call ${TRIAGE} on 0121 555 0102 to tell them you are on your way.`);
    // Before 16 weeks the unit that would be told does not serve the person: nothing is added.
    const early = await cardAt('2025-01-04T14:00:00Z', { weeks: 10, bleeding: 'heavy', symptoms: [] });
    expect(said(early)).to.equal('');
    const unsure = await cardAt('2025-01-04T14:00:00Z', { bleeding: 'heavy', symptoms: [] });
    expect(said(unsure)).to.equal('');
  });

  it(`the region's accessible routes to the emergency number show under its call button (GB and US only)`, async () => {
    const gb = await cardAt('2025-01-04T14:00:00Z', { weeks: 30, bleeding: 'heavy', symptoms: [] });
    expect(text($(gb, '.routes'))).to.equal(
      'If you are deaf or cannot speak: from a textphone, call 18000 to reach 999 through Relay UK. In British Sign Language, use the 999 BSL app or www.999bsl.co.uk.',
    );
    expect($<HTMLAnchorElement>(gb, '.routes a')!.href).to.equal('https://www.999bsl.co.uk/');
    const call = $(gb, '.card-body .cta')!;
    expect(call.compareDocumentPosition($(gb, '.routes')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const unitedStates = await cardAt('2025-01-04T14:00:00Z', { weeks: 30, bleeding: 'heavy', symptoms: [] }, us());
    expect(text($(unitedStates, '.routes'))).to.contain('call 911 from a TTY or through a relay service');
    for (const template of [html`<bleeding-triage region="AU"></bleeding-triage>`, html`<bleeding-triage region="GB" emergency-number="112"></bleeding-triage>`]) {
      const other = await cardAt('2025-01-04T14:00:00Z', { weeks: 30, bleeding: 'heavy', symptoms: [] }, template);
      expect($(other, '.routes'), 'no routes are claimed for a number they were not published for').to.equal(null);
    }
  });

  it('triage-action for a call names the contact', async () => {
    const el = await cardAt('2025-01-06T10:00:00Z', urgentAt(10));
    const actions = record(el, ['triage-action']);
    el.addEventListener('triage-action', (event) => event.preventDefault());
    cta(el)!.click();
    $<HTMLAnchorElement>(el, '.pathway a[href^="tel:18001"]')!.click();
    expect(actions.map((event) => (event as TriageActionEvent).detail)).to.deep.equal([
      { action: 'call-care', href: 'tel:01215550101', contact: EPU },
      { action: 'call-care', href: 'tel:1800101215550101', contact: EPU },
    ]);
    // 111 is the region's route, not one of the host's contacts.
    const closed = await cardAt('2025-01-04T14:00:00Z', urgentAt(10));
    const closedActions = record(closed, ['triage-action']);
    closed.addEventListener('triage-action', (event) => event.preventDefault());
    cta(closed)!.click();
    expect((closedActions[0] as TriageActionEvent).detail).to.deep.equal({ action: 'call-care', href: 'tel:111' });
  });

  it(`triage-complete names the contact only by the host's own name, and says weeks-unknown for a list`, async () => {
    const el = await cardAt('2025-01-04T14:00:00Z', { bleeding: 'light', symptoms: [] });
    expect(contactOf(el)).to.deep.equal({ name: EPU, reason: 'weeks-unknown' });
  });
});

describe('care pathway: declared in HTML or set as a property', () => {
  it('the property gives the same card as the same contacts written as children', async () => {
    const contacts: CareContact[] = [
      { name: EPU, phone: '0121 555 0101', weeks: { from: 0, to: 15 }, hours: 'Mo-Fr 08:00-17:00', timezone: 'Europe/London', selfReferral: false, textphone: '18001 0121 555 0101', note: 'BSL interpreters on request' },
      { name: TRIAGE, phone: '0121 555 0102', weeks: '16-', hours: '24/7', timezone: 'Europe/London', interpreter: '0121 555 0190', onTheWay: true },
    ];
    for (const [weeks, instant] of [[10, '2025-01-04T14:00:00Z'], [10, '2025-01-06T10:00:00Z'], [30, '2025-01-04T14:00:00Z']] as const) {
      const fromChildren = await cardAt(instant, urgentAt(weeks));
      const fromProperty = await cardAt(instant, urgentAt(weeks), html`<bleeding-triage region="GB" lang="en-GB" .contacts=${contacts}></bleeding-triage>`);
      expect(text($(fromProperty, '[part~="outcome"]'))).to.equal(text($(fromChildren, '[part~="outcome"]')));
    }
  });

  it('the property wins over the children; an empty one leaves them; care-* is the last resort', async () => {
    const el = await cardAt('2025-01-06T10:00:00Z', urgentAt(30));
    el.careName = 'Ward 7';
    el.carePhone = '0121 555 0107';
    await settle(el);
    expect(headingText(el)).to.equal(`Urgent advice: Phone ${TRIAGE} now`);
    el.contacts = [{ name: 'the Pregnancy Line', phone: '0121 555 0199' }];
    await settle(el);
    expect(headingText(el)).to.equal('Urgent advice: Phone the Pregnancy Line now');
    el.contacts = [];
    await settle(el);
    expect(headingText(el)).to.equal(`Urgent advice: Phone ${TRIAGE} now`);
    for (const child of el.querySelectorAll('bleeding-triage-contact')) child.remove();
    await settle(el);
    expect(headingText(el)).to.equal('Urgent advice: Phone Ward 7 now');
    expect(text(cta(el))).to.equal('Call Ward 7 on 0121 555 0107');
  });

  it('care-name, care-phone and care-url are a pathway of one contact, every week, all hours', async () => {
    const one = html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0107"></bleeding-triage>`;
    const cases: [Partial<TriageInput>, string][] = [[urgentAt(10), '2025-01-04T03:00:00Z'], [{ bleeding: 'light', symptoms: [] }, '2025-01-05T14:00:00Z']];
    for (const [answers, instant] of cases) {
      const el = await cardAt(instant, answers, one);
      expect(headingText(el)).to.equal('Urgent advice: Phone Ward 7 now');
      expect(contactOf(el)).to.deep.equal({ name: 'Ward 7', reason: 'open' });
    }
  });

  it('<bleeding-triage-contact> is a defined element, registered with the widget', () => {
    expect(customElements.get('bleeding-triage-contact')).to.be.a('function');
    expect(document.createElement('bleeding-triage-contact')).to.be.instanceOf(customElements.get('bleeding-triage-contact')!);
  });
});

describe('care pathway: live changes', () => {
  it('re-reads the children when one changes, is added or is removed', async () => {
    const el = await cardAt('2025-01-06T10:00:00Z', urgentAt(10));
    expect(headingText(el)).to.equal(`Urgent advice: Phone ${EPU} now`);
    const epu = el.querySelector('bleeding-triage-contact')!;
    epu.setAttribute('hours', 'Sa-Su 09:00-12:00');
    await settle(el);
    expect(headingText(el)).to.equal('Urgent advice: Phone 111 now');
    expect(said(el)).to.match(saying('Opens Saturday at 9:00.'));
    epu.setAttribute('name', 'the Gynaecology Ward');
    await settle(el);
    expect(said(el)).to.contain('the Gynaecology Ward They are closed now.');
    const ward = document.createElement('bleeding-triage-contact');
    Object.entries({ name: 'the Women’s Unit', phone: '0121 555 0111', weeks: '0-15', hours: '24/7' }).forEach(([name, value]) => ward.setAttribute(name, value));
    el.append(ward);
    await settle(el);
    expect(headingText(el)).to.equal('Urgent advice: Phone the Women’s Unit now');
    ward.remove();
    await settle(el);
    expect(headingText(el)).to.equal('Urgent advice: Phone 111 now');
  });

  it('re-routes when the card stays open across a closing time, with one timer that ends with the element', async () => {
    const el = await cardAt('2025-01-10T16:59:59.700Z', urgentAt(10));
    expect(headingText(el)).to.equal(`Urgent advice: Phone ${EPU} now`);
    setTime('2025-01-10T17:00:00.100Z');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await settle(el);
    expect(headingText(el)).to.equal('Urgent advice: Phone 111 now');
    expect(said(el)).to.match(saying('Opens Monday at 8:00.'));
  });

  it('leaves no timer and no observer behind when it leaves the page', async () => {
    const el = await cardAt('2025-01-10T16:59:59.700Z', urgentAt(10));
    const parent = el.parentElement!;
    el.remove();
    setTime('2025-01-10T17:00:00.100Z');
    el.querySelector('bleeding-triage-contact')!.setAttribute('name', 'changed while away');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await el.updateComplete;
    expect(headingText(el), 'nothing re-rendered while away').to.equal(`Urgent advice: Phone ${EPU} now`);
    parent.append(el);
    await settle(el);
    expect(headingText(el), 'back on the page, it routes again').to.equal('Urgent advice: Phone 111 now');
    expect(said(el)).to.contain('changed while away');
  });
});

describe('care pathway: bad values warn, name the contact and the field, and read safely', () => {
  async function warned(template: Page, answers: Partial<TriageInput>, instant = '2025-01-06T10:00:00Z'): Promise<{ el: Widget; warnings: string }> {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      el = await cardAt(instant, answers, template);
    });
    return { el, warnings: warnings.join('\n') };
  }
  const gb = (...contacts: string[]) => `<bleeding-triage region="GB" lang="en-GB">${contacts.join('')}</bleeding-triage>`;

  it('overlapping weeks open at the same time: a warning, and the first listed is chosen', async () => {
    const { el, warnings } = await warned(
      gb('<bleeding-triage-contact name="A" phone="1" weeks="0-16"></bleeding-triage-contact>', '<bleeding-triage-contact name="B" phone="2" weeks="16-"></bleeding-triage-contact>'),
      urgentAt(16),
    );
    expect(warnings).to.contain('bleeding-triage-contact[name="B"] weeks: weeks 16 are also served by bleeding-triage-contact[name="A"]');
    expect(headingText(el)).to.equal('Urgent advice: Phone A now');
  });

  it('contacts for exactly the same weeks, or open at different times, are not warned about', async () => {
    const { warnings } = await warned(
      gb(
        '<bleeding-triage-contact name="A" phone="0121 555 0001" weeks="0-15" hours="Mo-Fr 08:00-17:00"></bleeding-triage-contact>',
        '<bleeding-triage-contact name="B" phone="0121 555 0002" weeks="0-15" hours="Mo-Fr 17:00-24:00"></bleeding-triage-contact>',
        '<bleeding-triage-contact name="C" phone="0121 555 0003" weeks="10-" hours="Sa-Su"></bleeding-triage-contact>',
      ),
      urgentAt(16),
    );
    expect(warnings).to.equal('');
  });

  it('a gap in the weeks: a warning, and the generic words for those weeks', async () => {
    const { el, warnings } = await warned(
      gb('<bleeding-triage-contact name="A" phone="1" weeks="0-13"></bleeding-triage-contact>', '<bleeding-triage-contact name="B" phone="2" weeks="16-"></bleeding-triage-contact>'),
      urgentAt(14),
    );
    expect(warnings).to.contain('bleeding-triage-contact[name="B"] weeks: no contact serves weeks 14-15');
    expect(headingText(el)).to.equal('Urgent advice: Phone your maternity unit, early pregnancy unit or doctor now');
    expect(cta(el)).to.equal(null);
    expect(advice(el)[1]).to.contain('call 111');
  });

  it('hours that cannot be read: a warning, treated as open, and "check their opening hours"', async () => {
    const { el, warnings } = await warned(gb('<bleeding-triage-contact name="A" phone="1" hours="Mo-Fr 8am-5pm"></bleeding-triage-contact>'), urgentAt(30), '2025-01-04T14:00:00Z');
    expect(warnings).to.contain('ignoring bleeding-triage-contact[name="A"] hours="Mo-Fr 8am-5pm"');
    expect(headingText(el)).to.equal('Urgent advice: Phone A now');
    expect(said(el)).to.contain('Check their opening hours. If they are closed, follow the advice below.');
  });

  it(`an unknown time zone: a warning, and the browser's own`, async () => {
    const { el, warnings } = await warned(gb('<bleeding-triage-contact name="A" phone="1" hours="24/7" timezone="Europe/Londres"></bleeding-triage-contact>'), urgentAt(30));
    expect(warnings).to.contain('ignoring bleeding-triage-contact[name="A"] timezone="Europe/Londres"');
    expect(headingText(el)).to.equal('Urgent advice: Phone A now');
  });

  it('neither phone nor page (issue 11 item 6): a warning, where to find the number, and the out-of-hours route kept', async () => {
    const { el, warnings } = await warned(gb('<bleeding-triage-contact name="the Day Unit" hours="24/7"></bleeding-triage-contact>'), urgentAt(30));
    expect(warnings).to.contain('ignoring bleeding-triage-contact[name="the Day Unit"] phone=');
    expect(headingText(el)).to.equal('Urgent advice: Phone the Day Unit now');
    expect(cta(el)).to.equal(null);
    expect(said(el)).to.contain('You can find their phone number in your maternity notes or on the hospital website.');
    expect(advice(el)[1]).to.equal('If they are closed or you cannot get through, call 111, or go to the maternity unit or emergency department.');
  });

  it('care-name alone (the dark demo) says the same, with a warning naming care-phone', async () => {
    const { el, warnings } = await warned(html`<bleeding-triage region="GB" care-name="your maternity unit"></bleeding-triage>`, urgentAt(30));
    expect(warnings).to.contain('ignoring care-phone=');
    expect(headingText(el)).to.equal('Urgent advice: Phone your maternity unit now');
    expect(text($(el, '.card-body'))).to.contain('You can find their phone number in your maternity notes or on the hospital website.');
    expect(advice(el)[1]).to.contain('call 111');
  });

  const WEEKS: [string, string, number, string][] = [
    ['40-50', 'reading it as 40-45', 45, 'Phone A now'],
    ['50-', 'this contact is left out', 30, 'Phone your maternity unit, early pregnancy unit or doctor now'],
    ['sixteen', 'this contact is left out', 30, 'Phone your maternity unit, early pregnancy unit or doctor now'],
    ['15-10', 'this contact is left out', 12, 'Phone your maternity unit, early pregnancy unit or doctor now'],
  ];
  for (const [weeks, reading, at, heading] of WEEKS) {
    it(`weeks="${weeks}": a warning (${reading}), and the safe reading`, async () => {
      const { el, warnings } = await warned(gb(`<bleeding-triage-contact name="A" phone="1" weeks="${weeks}"></bleeding-triage-contact>`), urgentAt(at));
      expect(warnings).to.contain(`ignoring bleeding-triage-contact[name="A"] weeks="${weeks}"`).and.to.contain(reading);
      expect(headingText(el)).to.equal(`Urgent advice: ${heading}`);
    });
  }

  it('self-referral that is neither yes nor no, a nameless contact, unusable numbers: each warned about by name', async () => {
    const { el, warnings } = await warned(
      gb('<bleeding-triage-contact phone="0121 555 0101" self-referral="sometimes" textphone="by text" interpreter="ask"></bleeding-triage-contact>'),
      urgentAt(30),
    );
    expect(warnings).to.contain('ignoring bleeding-triage-contact[name=""] self-referral="sometimes"');
    expect(warnings).to.contain('bleeding-triage-contact[name=""] has no name');
    expect(warnings).to.contain('ignoring bleeding-triage-contact[name=""] textphone="by text"');
    expect(warnings).to.contain('ignoring bleeding-triage-contact[name=""] interpreter="ask"');
    expect(text(cta(el))).to.equal('Call your care team on 0121 555 0101');
    expect(said(el)).not.to.contain('referral');
  });

  it('property contacts are named by their place in the array and their camelCase field', async () => {
    const { warnings } = await warned(html`<bleeding-triage region="GB" .contacts=${[{ name: 'A', phone: '1', selfReferral: 'perhaps', weeks: { from: -2, to: 15 } }]}></bleeding-triage>`, urgentAt(10));
    expect(warnings).to.contain('ignoring contacts[0][name="A"] selfReferral="perhaps"');
    expect(warnings).to.contain('ignoring contacts[0][name="A"] weeks={"from":-2,"to":15}: weeks run from 0 to 45; reading it as 0-15');
  });

  it('a contacts property that is not an array: a warning, and the children', async () => {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      el = await cardAt('2025-01-06T10:00:00Z', urgentAt(30));
      (el as unknown as { contacts: unknown }).contacts = { name: 'A' };
      await settle(el);
    });
    expect(warnings.join('\n')).to.contain('ignoring contacts={"name":"A"}: expected an array of contacts');
    expect(headingText(el)).to.equal(`Urgent advice: Phone ${TRIAGE} now`);
  });
});

describe('care pathway: nothing a host writes blanks the card', () => {
  const FIELDS = ['name', 'phone', 'url', 'weeks', 'hours', 'timezone', 'self-referral', 'textphone', 'interpreter', 'note', 'on-the-way'];
  const awkward = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('', ' ', '0-15', '16-', '-1-3', '45-', '46-', '99-100', '0-0', '24/7', 'Mo-Fr 08:00-17:00', 'Su 23:00-01:00', 'Fr-Mo', 'Mo-Fr 8-5', 'Europe/London', 'Mars/Olympus', 'no', 'yes', 'javascript:alert(1)', '\u202e0121', '{name}', '<b>x</b>'),
  );
  const usable = (el: Widget) => {
    expect(headingText(el).length).to.be.greaterThan(0);
    expect(text($(el, '.not-diagnosis'))).to.contain('not a diagnosis');
    expect(text($(el, '[part~="advice"]'))).to.contain('999');
  };

  it('random attributes on the contacts, at random times', async () => {
    const el = await cardAt('2025-01-04T14:00:00Z', urgentAt(10));
    const [epu] = el.querySelectorAll('bleeding-triage-contact');
    await warningsDuring(async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...FIELDS), awkward, fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2026-01-01') }), async (field, value, instant) => {
          setTime(instant);
          epu.setAttribute(field, value);
          await settle(el);
          usable(el);
        }),
        { numRuns: 150 },
      );
    });
  });

  it('random values for .contacts', async () => {
    const el = await cardAt('2025-01-04T14:00:00Z', { bleeding: 'light', symptoms: [] });
    const anything = fc.oneof(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true }), fc.constant(Symbol('x')), fc.constant(Object.create(null)));
    const contact = fc.record(
      { name: fc.oneof(anything, awkward), phone: fc.oneof(anything, awkward), weeks: fc.oneof(anything, awkward), hours: fc.oneof(anything, awkward), selfReferral: anything, onTheWay: anything, note: anything },
      { requiredKeys: [] },
    );
    await warningsDuring(async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anything, fc.array(fc.oneof(contact, anything), { maxLength: 4 })), async (contacts) => {
          try {
            (el as unknown as { contacts: unknown }).contacts = contacts;
          } catch (error) {
            expect.fail(`setting contacts threw ${String(error)}`);
          }
          await settle(el);
          usable(el);
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('care pathway: the words in every language', () => {
  const LOCALES: [string, RegExp, RegExp, RegExp][] = [
    ['es', /Ahora está cerrado\. Abre el lunes a las 0?8:00\./, /Para que le atiendan en the Early Pregnancy Unit necesita/, /Si está de menos de 16 semanas:/],
    ['zh-Hans', /目前不在服务时间，星期一0?8:00开始服务。/, /需要由您的全科医生或助产士转诊才能去the Early Pregnancy Unit/, /如果您怀孕不到16周：/],
    // Arabic digits or Latin ones, as the browser's Arabic locale writes them.
    ['ar', /مغلق الآن\. يفتح يوم الاثنين الساعة \S+/, /تحتاجين إلى إحالة من طبيبك العام أو قابلتك لمراجعة the Early Pregnancy Unit/, /إذا كان عمر حملك أقل من \S+ أسبوعًا:/],
  ];
  for (const [lang, closed, referral, list] of LOCALES) {
    it(`${lang}: closed and opening, the referral, and the list by weeks`, async () => {
      const closedCard = await cardAt('2025-01-04T14:00:00Z', urgentAt(10), uk(lang));
      expect($(closedCard, '.frame')!.getAttribute('lang')).to.equal(lang);
      expect(said(closedCard)).to.match(closed);
      const open = await cardAt('2025-01-06T10:00:00Z', urgentAt(10), uk(lang));
      expect(said(open)).to.match(referral);
      const unsure = await cardAt('2025-01-06T10:00:00Z', { bleeding: 'light', symptoms: [] }, uk(lang));
      expect(said(unsure)).to.match(list);
    });
  }

  it(`en: the same words, the locale's own way with times (en-GB 8:00, en 8:00 AM)`, async () => {
    const el = await cardAt('2025-01-04T14:00:00Z', urgentAt(10), uk('en'));
    expect(said(el)).to.match(saying('Opens Monday at 8:00 AM.'));
  });
});

describe('care pathway: accessible, and printed', () => {
  const CARDS: [string, string, Partial<TriageInput>, () => TemplateResult][] = [
    ['open, by referral, with a textphone and a note', '2025-01-06T10:00:00Z', urgentAt(10), uk],
    ['out of hours', '2025-01-04T14:00:00Z', urgentAt(10), uk],
    ['next open', '2025-03-08T15:00:00Z', urgentAt(12), us],
    ['weeks not pinned: the list', '2025-01-04T14:00:00Z', { trimester: 'second', bleeding: 'light', symptoms: [] }, uk],
    ['emergency, with the accessible routes and "on your way"', '2025-01-04T14:00:00Z', { weeks: 30, bleeding: 'heavy', symptoms: [] }, uk],
    ['prompt, out of hours', '2025-01-04T14:00:00Z', { weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false }, uk],
    ['no phone or page', '2025-01-06T10:00:00Z', urgentAt(30), () => html`<bleeding-triage region="GB" care-name="your maternity unit"></bleeding-triage>`],
  ];
  for (const [name, instant, answers, template] of CARDS) {
    it(`axe: ${name}`, async () => {
      let el!: Widget;
      await warningsDuring(async () => {
        el = await cardAt(instant, answers, template());
      });
      await expect(el).to.be.accessible();
    });
  }

  it('the print summary lists the contact, its accessible routes and the emergency routes', async () => {
    const card = await cardAt('2025-01-06T10:00:00Z', urgentAt(10));
    const emergency = await cardAt('2025-01-04T14:00:00Z', { weeks: 30, bleeding: 'heavy', symptoms: [] });
    const shown = [...$$(card, '.pathway'), $(card, '.card-body > .cta')!, ...$$(emergency, '.routes, .pathway')];
    expect(shown.map(text).join(' ')).to.contain(EPU).and.to.contain('18001 0121 555 0101').and.to.contain('18000').and.to.contain(TRIAGE);
    const printing = await executeServerCommand<boolean, { media: string }>('emulate', { media: 'print' });
    try {
      for (const node of shown) {
        if (printing) {
          expect(getComputedStyle(node).display, text(node)).not.to.equal('none');
        } else {
          // Where print cannot be emulated, no print rule may hide them.
          const sheets = card.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
          const print = sheets.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
          const hiding = print.flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]).filter((rule) => rule.style.display === 'none');
          for (const rule of hiding) expect(node.matches(rule.selectorText), `${rule.selectorText} hides ${text(node)}`).to.equal(false);
        }
      }
    } finally {
      if (printing) await executeServerCommand('emulate', { media: 'screen' });
    }
  });
});
