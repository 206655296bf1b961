import { expect } from '@open-wc/testing';
import { messages as ar } from '../../src/i18n/ar.js';
import { messages as bn } from '../../src/i18n/bn.js';
import { en, type Messages } from '../../src/i18n/en.js';
import { enDetails } from '../../src/i18n/en-details.js';
import { messages as es } from '../../src/i18n/es.js';
import { messages as ko } from '../../src/i18n/ko.js';
import { messages as vi } from '../../src/i18n/vi.js';
import { messages as fr } from '../../src/i18n/fr.js';
import { messages as pl } from '../../src/i18n/pl.js';
import { messages as ro } from '../../src/i18n/ro.js';
import { messages as pt } from '../../src/i18n/pt.js';
import { messages as ur } from '../../src/i18n/ur.js';
import { messages as zhHans } from '../../src/i18n/zh-Hans.js';
import { messages as zhHant } from '../../src/i18n/zh-Hant.js';
import {
  $,
  $$,
  answerWeeks,
  continueOn,
  currentStep,
  detailsLoaded,
  headingText,
  html,
  mount,
  settle,
  text,
  warningsDuring,
  wrapper,
  type Widget,
} from './driver.js';

/** Waits until the widget shows the given language (a catalogue loads on demand). */
async function showing(el: Widget, locale: string): Promise<void> {
  for (let i = 0; i < 100 && $(el, '.frame')?.getAttribute('lang') !== locale; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
  expect($(el, '.frame')!.getAttribute('lang')).to.equal(locale);
}

/** Clicks the nth option of the page (language-independent). */
async function pick(el: Widget, value: string): Promise<void> {
  $<HTMLInputElement>(el, `fieldset input[value="${value}"]`)!.click();
  await settle(el);
}

const LOCALES: [string, string, Messages][] = [
  ['es', 'es', es],
  ['zh-CN', 'zh-Hans', zhHans],
  ['ar', 'ar', ar],
  ['zh-TW', 'zh-Hant', zhHant],
  ['ko-KR', 'ko', ko],
  ['vi-VN', 'vi', vi],
  ['pl-PL', 'pl', pl],
  ['ro', 'ro', ro],
  ['fr-FR', 'fr', fr],
  ['pt-PT', 'pt', pt],
  ['ur-PK', 'ur', ur],
  ['bn-BD', 'bn', bn],
];

describe('languages', () => {
  for (const [tag, locale, messages] of LOCALES) {
    it(`${tag}: a person completes the flow and the outcome is in ${locale}`, async () => {
      const el = await mount(html`<bleeding-triage lang=${tag} region="GB"></bleeding-triage>`);
      await showing(el, locale);
      expect(headingText(el)).to.equal(messages['weeks.question']);
      expect(text($(el, '[part~="emergency-banner"] p'))).to.equal(messages['banner.text'].replace('{number}', '999'));
      expect(text($(el, '[part~="emergency-banner"] a'))).to.equal(messages['cta.emergency'].replace('{number}', '999'));
      await answerWeeks(el, '30');
      expect(headingText(el)).to.equal(messages['bleeding.question']);
      await pick(el, 'light');
      await continueOn(el);
      await pick(el, 'none');
      await continueOn(el);
      await pick(el, 'no');
      await continueOn(el);
      expect(currentStep(el)).to.equal('outcome');
      await detailsLoaded(el);
      const care = messages['care.generic.urgent'];
      expect(headingText(el)).to.equal(`${messages['outcome.prefix.urgent']} ${messages['outcome.title.urgent'].replace('{care}', care)}`);
      expect(text($(el, '[part~="cause"] strong'))).to.equal(messages['cause.placental-abruption']);
      expect(text($(el, '.not-diagnosis'))).to.equal(messages['outcome.notDiagnosis']);
      await expect(el).to.be.accessible();
    });
  }

  for (const [tag, locale, language] of [['ar-EG', 'ar', 'Arabic'], ['ur-PK', 'ur', 'Urdu']]) {
    it(`right-to-left for ${language}: direction, mirrored back arrow, logical layout`, async () => {
      const el = await mount(html`<bleeding-triage lang=${tag}></bleeding-triage>`);
      await showing(el, locale);
      const frame = $(el, '.frame')!;
      expect(frame.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(frame).direction).to.equal('rtl');
      await answerWeeks(el, '30');
      const back = $(el, '[part~="back"]')!;
      // The arrow, with empty alternative text: the button is named "Back" alone.
      expect(getComputedStyle(back, '::before').content).to.match(/^"›"/);
      // The banner's coloured edge sits on the start side, which is the right in Arabic and Urdu.
      const banner = getComputedStyle($(el, '[part~="emergency-banner"]')!);
      expect(parseFloat(banner.borderRightWidth)).to.be.greaterThan(0);
      expect(parseFloat(banner.borderLeftWidth)).to.equal(0);
    });
  }

  it('left-to-right for the others', async () => {
    for (const tag of ['en', 'es', 'zh-Hans', 'pt', 'bn']) {
      const el = await mount(html`<bleeding-triage lang=${tag}></bleeding-triage>`);
      await showing(el, tag);
      expect($(el, '.frame')!.getAttribute('dir'), tag).to.equal('ltr');
    }
  });

  it('follows the nearest ancestor lang, and each element resolves its own', async () => {
    const page = await wrapper(html`<div lang="es-MX"><bleeding-triage></bleeding-triage><bleeding-triage lang="ar"></bleeding-triage></div>`);
    const [spanish, arabic] = [...page.querySelectorAll('bleeding-triage')];
    await showing(spanish, 'es');
    await showing(arabic, 'ar');
    expect($(spanish, '[part~="emergency-banner"] a')!.getAttribute('href')).to.equal('tel:911'); // the region of es-MX
  });

  it('switches language live when lang changes on the element, keeping the answers and the page', async () => {
    const el = await mount(html`<bleeding-triage region="GB"></bleeding-triage>`);
    await answerWeeks(el, '30');
    await pick(el, 'light');
    el.lang = 'zh-Hans';
    await showing(el, 'zh-Hans');
    expect(currentStep(el)).to.equal('bleeding');
    expect(headingText(el)).to.equal(zhHans['bleeding.question']);
    expect($<HTMLInputElement>(el, 'input[value=light]')!.checked).to.equal(true);
    el.lang = 'en';
    await showing(el, 'en');
    expect(headingText(el)).to.contain('How much are you bleeding?');
  });

  it('switches language live when an ancestor changes, on the outcome too', async () => {
    const page = await wrapper(html`<section lang="en"><bleeding-triage region="GB"></bleeding-triage></section>`);
    const el = page.querySelector('bleeding-triage')!;
    el.answers = { weeks: 30, bleeding: 'heavy', symptoms: [] };
    await settle(el);
    page.setAttribute('lang', 'ar');
    await showing(el, 'ar');
    expect(headingText(el)).to.contain(ar['outcome.prefix.emergency']);
    expect(el.result!.urgency).to.equal('emergency');
  });

  it('the region of a new lang chooses the emergency number', async () => {
    const page = await wrapper(html`<div lang="en-GB"><bleeding-triage></bleeding-triage></div>`);
    const el = page.querySelector('bleeding-triage')!;
    expect($(el, '[part~="emergency-banner"] a')!.getAttribute('href')).to.equal('tel:999');
    page.setAttribute('lang', 'ar-EG');
    await showing(el, 'ar');
    expect($(el, '[part~="emergency-banner"] a')!.getAttribute('href')).to.equal('tel:123');
  });

  it('an unknown language shows English, with a warning naming the tag', async () => {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      el = await mount(html`<bleeding-triage lang="de-DE"></bleeding-triage>`);
    });
    expect(warnings.join()).to.contain('lang="de-DE"');
    expect($(el, '.frame')!.getAttribute('lang')).to.equal('en');
    expect(headingText(el)).to.equal('How many weeks pregnant are you?');
  });

  it('.translations overrides a key in the current language; other keys stay translated', async () => {
    const el = await mount(html`<bleeding-triage lang="es"></bleeding-triage>`);
    await showing(el, 'es');
    el.translations = { continue: 'Seguir' };
    await settle(el);
    expect(text($(el, '[part~="continue"]'))).to.equal('Seguir');
    expect(headingText(el)).to.equal(es['weeks.question']);
  });

  it('numbers in the words follow the locale (Arabic progress)', async () => {
    const el = await mount(html`<bleeding-triage lang="ar"></bleeding-triage>`);
    await showing(el, 'ar');
    await answerWeeks(el, '30');
    const expected = ar.progress.replace('{current}', (2).toLocaleString('ar')).replace('{total}', (4).toLocaleString('ar'));
    expect(text($(el, '.progress'))).to.equal(expected);
  });

  it('every question page is accessible in Arabic', async () => {
    const el = await mount(html`<bleeding-triage lang="ar"></bleeding-triage>`);
    await showing(el, 'ar');
    await expect(el).to.be.accessible();
    await answerWeeks(el, '8');
    await expect(el).to.be.accessible();
    await pick(el, 'spotting');
    await continueOn(el);
    await expect(el).to.be.accessible();
    await pick(el, 'none');
    await continueOn(el);
    await continueOn(el); // nothing chosen: the error state
    await expect(el).to.be.accessible();
    expect($$(el, '[part~="error-summary"] a').map(text)).to.deep.equal([ar['answer.error']]);
  });
});

describe('following lang after elements come and go', () => {
  it('still follows lang once every widget has left the page and one comes back', async () => {
    const page = await wrapper(html`<div lang="en"><bleeding-triage></bleeding-triage></div>`);
    const el = page.querySelector('bleeding-triage')!;
    // Every widget leaves (the observer stops), then this one returns.
    const others = [...document.querySelectorAll('bleeding-triage')].filter((other) => other !== el);
    const places = others.map((other) => [other, other.parentNode, other.nextSibling] as const);
    others.forEach((other) => other.remove());
    el.remove();
    page.append(el);
    await settle(el);
    page.setAttribute('lang', 'es');
    await showing(el, 'es');
    for (const [other, parent, next] of places) parent?.insertBefore(other, next);
  });
});

describe('"Why this advice" words a "not sure" honestly, in every language (SPEC §7)', () => {
  const english = { ...en, ...enDetails } as Messages;
  for (const [tag, locale, messages] of [['en', 'en', english], ...LOCALES] as [string, string, Messages][]) {
    it(`${tag}: "not sure" about ectopic risk is said as such, never quoted as "yes"`, async () => {
      const el = await mount(html`<bleeding-triage lang=${tag} region="GB"></bleeding-triage>`);
      await showing(el, locale);
      el.answers = { weeks: 6, bleeding: 'spotting', symptoms: [] };
      await settle(el);
      await detailsLoaded(el);
      const why = text($(el, '[part~="sources"]'));
      expect(why).to.contain(messages['review.assumed.ectopicRisk']);
      const quoted = messages['review.rule.answer'].replace('{question}', messages['review.ectopic']).replace('{answer}', messages['answer.yes']);
      expect(why).not.to.contain(quoted);
      // "What you told us" says what the person said.
      const row = $$(el, '.answers > div').find((div) => text(div.querySelector('dt')) === messages['review.ectopic'])!;
      expect(text(row.querySelector('dd'))).to.equal(messages['answer.notSure']);
    });
  }
});

