// The one phone-number rule (src/element/phone.ts), through the widget: what it dials is what it
// shows, and anything that is not one number is never dialled, not even in part.
import { expect } from '@open-wc/testing';
import { readPhone } from '../../src/element/attributes.js';
import { $, $$, detailsLoaded, headingText, html, mount, root, settle, text, warningsDuring, type Widget } from './driver.js';

/** The first code point of each script's digits 0–9 used below, written out here, not by the rule. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10];

/** The digits a person reads in a number, in order, whatever script they are written in. */
function shownDigits(shown: string): string {
  return [...shown]
    .map((char) => {
      const code = char.codePointAt(0)!;
      const zero = ZEROS.find((first) => code >= first && code <= first + 9);
      return zero === undefined ? '' : String(code - zero);
    })
    .join('');
}

/** The number in the call to action "Call Ward 7 on 0121…": its last isolated part. */
const numberIn = (link: Element) => text([...link.querySelectorAll('bdi')].at(-1));

const dialledDigits = (href: string) => decodeURIComponent(href.replace(/^tel:/, '')).replace(/\D/g, '');

/** An urgent card (30 weeks, light bleeding): its call to action is the care phone. */
async function urgentCard(carePhone: string, careName = 'Ward 7'): Promise<Widget> {
  const el = await mount(html`<bleeding-triage region="GB" care-name=${careName} care-phone=${carePhone}></bleeding-triage>`);
  el.answers = { weeks: 30, bleeding: 'light', symptoms: [] };
  await settle(el);
  return el;
}

/** Every form a host may write that is one number, each with what it must dial. */
const ACCEPTED: [written: string, dial: string][] = [
  ['0121 555 0100', '01215550100'],
  ['0121-555-0100', '01215550100'],
  ['0121.555.0100', '01215550100'],
  ['(555) 010-0199', '5550100199'],
  ['+1 555 010 0199', '+15550100199'],
  ['+20 2 5555 0100', '+20255550100'],
  ['0121\u00a0555\u00a00100', '01215550100'],
  ['0121 \u2013 555 0100', '01215550100'],
  ['0121 ٥٥٥ 0100', '01215550100'],
  ['٠١٢١ ٥٥٥ ٠١٠٠', '01215550100'],
  ['۰۱۲۱ ۵۵۵ ۰۱۰۰', '01215550100'],
  ['०१२१ ५५५ ०१००', '01215550100'],
  ['০১২১ ৫৫৫ ০১০০', '01215550100'],
  ['０１２１ ５５５ ０１００', '01215550100'],
  ['＋４４ １２１ ５５５ ０１００', '+441215550100'],
  ['0121 555 0100 ext. 2', '01215550100,2'],
  ['0121 555 0100 x 2', '01215550100,2'],
  ['0121 555 0100 Ext 24', '01215550100,24'],
  ['999', '999'],
  ['10177', '10177'],
  // A UK text relay prefix, then the full number: one number to dial (src/element/phone.ts).
  ['18001 0121 555 0101', '1800101215550101'],
];

describe('a phone number is dialled only as the one number it shows (issue 10 item 1, issue 13 item 6)', () => {
  for (const [written, dial] of ACCEPTED) {
    it(`${JSON.stringify(written)} dials ${dial}, the digits it shows`, async () => {
      const el = await urgentCard(written);
      const link = $<HTMLAnchorElement>(el, 'a.cta')!;
      expect(link.getAttribute('href')).to.equal(`tel:${dial}`);
      const shown = numberIn(link);
      expect(shown).to.equal(written.replace(/\s+/g, ' ').trim());
      expect(dialledDigits(link.href)).to.equal(shownDigits(shown));
    });
  }

  it('dials an international number without the trunk "(0)" that way of writing says to leave out', async () => {
    const el = await urgentCard('+44 (0)121 555 0100');
    const link = $<HTMLAnchorElement>(el, 'a.cta')!;
    expect(link.getAttribute('href')).to.equal('tel:+441215550100');
    // The one digit not dialled is the bracketed trunk zero; every other digit shown is dialled, in order.
    expect(dialledDigits(link.href)).to.equal(shownDigits(numberIn(link).replace('(0)', '')));
  });

  it('the emergency number follows the same rule', async () => {
    const el = await mount(html`<bleeding-triage region="GB" emergency-number="١١٢"></bleeding-triage>`);
    const link = $<HTMLAnchorElement>(el, '[part~="emergency-banner"] a')!;
    expect(link.getAttribute('href')).to.equal('tel:112');
    expect(text(link)).to.equal('Call ١١٢');
  });
});

describe('anything that is not one number is never dialled, and the warning names the attribute', () => {
  /** The card for a care phone that cannot be dialled: the number as text, no call link, a warning. */
  async function refusedCarePhone(written: string): Promise<{ el: Widget; warnings: string[] }> {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      el = await urgentCard(written);
    });
    return { el, warnings };
  }

  function expectShownAsText(el: Widget, written: string): void {
    const calls = $$(el, 'a[href^="tel:"]').map((link) => link.getAttribute('href'));
    expect(calls.length).to.be.greaterThan(0);
    expect(calls.filter((href) => href !== 'tel:999'), 'only the emergency number is a call link').to.deep.equal([]);
    expect(text($(el, '.cta-text'))).to.equal(`Call Ward 7 on ${written}`);
    expect(!!$(el, '.cta-text bdi'), '.cta-text bdi').to.equal(true);
  }

  const cases: [what: string, written: string, reason: RegExp][] = [
    ['a note after the number, "(24/7)"', '0121 555 0100 (24/7)', /not one phone number/],
    ['two numbers, "0121 555 0100 / 0121 555 0200"', '0121 555 0100 / 0121 555 0200', /not one phone number/],
    ['two numbers with only spaces between them', '0121 555 0100 0121 555 0200', /not one phone number/],
    ['keypad letters, "1-800-MOM-BABY" (refused, not converted: README)', '1-800-MOM-BABY', /not one phone number in digits/],
    ['words with a digit, "Press 1 for maternity"', 'Press 1 for maternity', /not one phone number/],
    ['a label before it, "Tel: 0121 555 0100"', 'Tel: 0121 555 0100', /not one phone number/],
    ['a script, "javascript:alert(1)"', 'javascript:alert(1)', /not one phone number/],
    ['one digit, "1"', '1', /not one phone number/],
    ['a star code, "*123#"', '*123#', /not one phone number/],
  ];
  for (const [what, written, reason] of cases) {
    it(`${what}: shown as text, no call link`, async () => {
      const { el, warnings } = await refusedCarePhone(written);
      expectShownAsText(el, written);
      const warning = warnings.find((line) => line.includes('care-phone='));
      expect(warning, warnings.join('\n')).to.match(reason).and.to.contain('it is not dialled');
    });
  }

  it('direction controls, "\\u202E0010 555 1210" (it would show as 0121 555 0100): neither dialled nor shown', async () => {
    const { el, warnings } = await refusedCarePhone('\u202e0010 555 1210');
    expect($$(el, 'a[href^="tel:"]').map((link) => link.getAttribute('href')).filter((href) => href !== 'tel:999')).to.deep.equal([]);
    expect(!!$(el, '.cta-text'), '.cta-text').to.equal(false);
    expect(text(root(el) as unknown as Element)).to.not.contain('555');
    expect(warnings.join('\n')).to.match(/care-phone=.*direction controls.*not dialled or shown/);
  });

  it('an emergency number that is not one ("javascript:alert(1)") leaves the region\'s number', async () => {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      el = await mount(html`<bleeding-triage region="GB" emergency-number="javascript:alert(1)"></bleeding-triage>`);
    });
    expect(text($(el, '[part~="emergency-banner"]'))).to.contain('call 999 now');
    expect($(el, '[part~="emergency-banner"] a')!.getAttribute('href')).to.equal('tel:999');
    expect(text(root(el) as unknown as Element)).to.not.contain('javascript');
    expect(warnings.join('\n')).to.match(/emergency-number="javascript:alert\(1\)": it is not one phone number/);
  });

  it('an emergency number with direction controls and no region: "your local emergency number"', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await mount(html`<bleeding-triage emergency-number="\u202e999"></bleeding-triage>`);
      expect(text($(el, '[part~="emergency-banner"]'))).to.contain('call your local emergency number now');
      expect(!!$(el, '[part~="emergency-banner"] a'), '[part~="emergency-banner"] a').to.equal(false);
    });
    expect(warnings.join('\n')).to.match(/emergency-number=.*direction controls/);
  });

  it('readPhone, which every other contact uses, gives nothing to dial for each refused form', async () => {
    const refused = ['0121 555 0100 (24/7)', '0121 555 0100 / 0121 555 0200', '1-800-MOM-BABY', 'Press 1 for maternity', 'javascript:alert(1)', '\u202e0010 555 1210', 'x 2', '+', '()'];
    const read: unknown[] = [];
    const warnings = await warningsDuring(() => refused.forEach((written) => read.push(readPhone('bleeding-triage-contact[name="X"] phone', written))));
    expect(read).to.deep.equal(refused.map(() => undefined));
    expect(warnings.filter((line) => line.includes('bleeding-triage-contact[name="X"] phone='))).to.have.length(refused.length);
  });
});

describe('host text is isolated wherever it shows, so its direction cannot reorder the words around it', () => {
  const NAME = 'Ward Seven\u202e';
  const NUMBER = '١١٢';

  /** Every text node holding host text, and whether each sits inside a <bdi>. */
  function hostTextPlaces(el: Widget): { text: string; isolated: boolean }[] {
    const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
    const places: { text: string; isolated: boolean }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      if (value.includes('Ward Seven') || value.includes(NUMBER) || value.includes('0121')) {
        places.push({ text: value, isolated: !!node.parentElement?.closest('bdi') });
      }
    }
    return places;
  }

  for (const [urgency, answers] of [
    ['urgent', { weeks: 30, bleeding: 'light', symptoms: [] }],
    ['prompt', { weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false }],
    ['emergency', { weeks: 30, bleeding: 'heavy', symptoms: [] }],
  ] as const) {
    it(`on the ${urgency} card and the banner`, async () => {
      const el = await mount(html`<bleeding-triage care-name=${NAME} care-phone="0121 555 0100" emergency-number=${NUMBER}></bleeding-triage>`);
      expect(hostTextPlaces(el).length, 'the banner shows the number').to.be.greaterThan(0);
      el.answers = answers;
      await detailsLoaded(el);
      expect(el.result!.urgency).to.equal(urgency);
      const places = hostTextPlaces(el);
      expect(places.length).to.be.greaterThan(urgency === 'emergency' ? 1 : 2);
      expect(places.filter((place) => !place.isolated)).to.deep.equal([]);
      if (urgency === 'urgent') expect(headingText(el)).to.equal(`Urgent advice: Phone ${NAME} now`);
      // Laid out as one line of words, spaces kept around the isolated parts.
      const cta = ($(el, 'a.cta') as HTMLElement).innerText.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
      expect(cta).to.equal(urgency === 'emergency' ? `Call ${NUMBER}` : 'Call Ward Seven on 0121 555 0100');
    });
  }
});
