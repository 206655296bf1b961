import { expect } from '@open-wc/testing';
import { dialable, emergencyNumberFor, regionOfLocale, urgentCareNumberFor } from '../../src/element/regions.js';
import { $, html, mount, settle, text, wrapper } from './driver.js';

// Every region in the table, with the number a person there must be told to call.
const EXPECTED: Record<string, string> = {
  GB: '999', IM: '999', JE: '999', GG: '999', HK: '999', MO: '999', MY: '999', QA: '999', BH: '999',
  US: '911', CA: '911', MX: '911', PR: '911', PH: '911', JO: '911',
  AU: '000', NZ: '111', CN: '120', TW: '119', JP: '119', KR: '119', SG: '995', IN: '112',
  BR: '192', SA: '997', AE: '998', EG: '123', IL: '101', ZA: '10177', CH: '144', NO: '113', KW: '112',
  AT: '112', BE: '112', BG: '112', HR: '112', CY: '112', CZ: '112', DK: '112', EE: '112', FI: '112',
  FR: '112', DE: '112', GR: '112', HU: '112', IE: '112', IT: '112', LV: '112', LT: '112', LU: '112',
  MT: '112', NL: '112', PL: '112', PT: '112', RO: '112', SK: '112', SI: '112', ES: '112', SE: '112',
  IS: '112', LI: '112', VN: '115', BD: '999',
};

describe('emergency numbers by region (DESIGN §3)', () => {
  for (const [region, number] of Object.entries(EXPECTED)) {
    it(`${region}: ${number}`, () => expect(emergencyNumberFor(region)).to.equal(number));
  }

  it('reads codes in any case, with spaces around', () => {
    expect(emergencyNumberFor(' gb ')).to.equal('999');
  });

  it('never guesses: unknown or missing regions have no number', () => {
    for (const region of ['ZZ', 'PE', 'PK', '', undefined, 'GBR', 'U']) expect(emergencyNumberFor(region)).to.equal(undefined);
  });

  it('has an urgent-care line only where it is national (111 in the UK)', () => {
    expect(urgentCareNumberFor('GB')).to.equal('111');
    expect(urgentCareNumberFor('US')).to.equal(undefined);
  });

  it('finds the region in a language tag', () => {
    expect(regionOfLocale('en-GB')).to.equal('GB');
    expect(regionOfLocale('es-MX')).to.equal('MX');
    expect(regionOfLocale('zh-Hans-CN')).to.equal('CN');
    expect(regionOfLocale('ar_EG')).to.equal('EG');
    expect(regionOfLocale('es-419')).to.equal(undefined);
    expect(regionOfLocale('en')).to.equal(undefined);
  });

  it('keeps only what a phone can dial', () => {
    expect(dialable('0121 555 0100')).to.equal('01215550100');
    expect(dialable('+44 (0)121 555-0100 ext. 2')).to.equal('+441215550100');
    expect(dialable('Tel: 0121 555 0100 (24 hours)')).to.equal('01215550100');
    expect(dialable('(555) 010-0199')).to.equal('5550100199');
    expect(dialable('+20 2 5555 0100')).to.equal('+20255550100');
    expect(dialable('++44')).to.equal('+44');
    expect(dialable('*123#')).to.equal('*123#');
    expect(dialable('call us')).to.equal('');
  });
});

describe('the number the widget shows', () => {
  it('follows the region attribute', async () => {
    const el = await mount(html`<bleeding-triage region="US"></bleeding-triage>`);
    expect(text($(el, '[part~="emergency-banner"] a'))).to.equal('Call 911');
  });

  it('defaults to the region of the nearest lang', async () => {
    const page = await wrapper(html`<div lang="en-AU"><bleeding-triage></bleeding-triage></div>`);
    const el = page.querySelector('bleeding-triage')!;
    await settle(el);
    expect(text($(el, '[part~="emergency-banner"] a'))).to.equal('Call 000');
  });

  it('says "your local emergency number", with no link, when it does not know', async () => {
    const el = await mount(html`<bleeding-triage></bleeding-triage>`);
    expect(text($(el, '[part~="emergency-banner"]'))).to.contain('call your local emergency number now');
    expect($(el, '[part~="emergency-banner"] a')).to.equal(null);
    el.answers = { weeks: 30, bleeding: 'heavy', symptoms: [] };
    await settle(el);
    expect(text($(el, '#page-heading'))).to.contain('Call your local emergency number now');
    expect($(el, '.cta')).to.equal(null);
  });
});
