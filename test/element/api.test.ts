import { expect, fixture } from '@open-wc/testing';
import { BleedingTriageElement } from '../../src/index.js';
import {
  $,
  $$,
  answerWeeks,
  choose,
  continueOn,
  currentStep,
  headingText,
  html,
  mount,
  record,
  settle,
  text,
  walk,
  warningsDuring,
  type Widget,
  wrapper,
} from './driver.js';

const complete = { weeks: 30, bleeding: 'light', symptoms: ['mild-cramps'], lowLyingPlacenta: false } as const;

describe('attributes: valid values', () => {
  it('heading-level sets the level of every page heading, sub-headings one deeper', async () => {
    const el = await mount(html`<bleeding-triage heading-level="3"></bleeding-triage>`);
    expect($(el, '#page-heading')!.getAttribute('aria-level')).to.equal('3');
    el.answers = complete;
    await settle(el);
    expect($(el, '#page-heading')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '#do-now-heading')!.getAttribute('aria-level')).to.equal('4');
  });

  it('heading-level 6 keeps sub-headings at 6', async () => {
    const el = await mount(html`<bleeding-triage heading-level="6"></bleeding-triage>`);
    el.answers = complete;
    await settle(el);
    expect($(el, '#do-now-heading')!.getAttribute('aria-level')).to.equal('6');
  });

  it('heading-level defaults to 2', async () => {
    const el = await mount(html`<bleeding-triage></bleeding-triage>`);
    expect($(el, '#page-heading')!.getAttribute('aria-level')).to.equal('2');
  });

  for (const appearance of ['light', 'dark', 'auto']) {
    it(`appearance="${appearance}" is kept and styles the widget`, async () => {
      const el = await mount(html`<bleeding-triage appearance=${appearance}></bleeding-triage>`);
      expect(el.appearance).to.equal(appearance);
      expect(el.getAttribute('appearance')).to.equal(appearance);
    });
  }

  it('appearance="dark" switches the colours and the colour scheme', async () => {
    const light = await mount(html`<bleeding-triage></bleeding-triage>`);
    const dark = await mount(html`<bleeding-triage appearance="dark"></bleeding-triage>`);
    const frame = (el: Widget) => getComputedStyle($(el, '.frame')!);
    expect(frame(dark).colorScheme).to.equal('dark');
    expect(frame(light).colorScheme).to.equal('light');
    expect(frame(dark).backgroundColor).not.to.equal(frame(light).backgroundColor);
  });

  it('the appearance property reflects to the attribute', async () => {
    const el = await mount(html`<bleeding-triage></bleeding-triage>`);
    el.appearance = 'dark';
    await settle(el);
    expect(el.getAttribute('appearance')).to.equal('dark');
  });

  it('care-name, care-phone and care-url make the call to action', async () => {
    const el = await mount(
      html`<bleeding-triage care-name="Ward 7" care-phone="+44 (0)121 555-0100" care-url="https://example.org/ward7"></bleeding-triage>`,
    );
    el.answers = complete;
    await settle(el);
    const cta = $<HTMLAnchorElement>(el, '.cta')!;
    expect(text(cta)).to.equal('Call Ward 7 on +44 (0)121 555-0100');
    expect(cta.getAttribute('href')).to.equal('tel:+441215550100'); // +44 drops the (0)
    expect(headingText(el)).to.contain('Phone Ward 7 now');
  });

  it('care-url alone becomes the call to action', async () => {
    const el = await mount(html`<bleeding-triage care-name="Ward 7" care-url="/ward7"></bleeding-triage>`);
    el.answers = complete;
    await settle(el);
    expect($<HTMLAnchorElement>(el, '.cta')!.href).to.equal(new URL('/ward7', document.baseURI).href);
  });

  it('without a care contact, the words are generic and there is no care link', async () => {
    const el = await mount(html`<bleeding-triage></bleeding-triage>`);
    el.answers = complete;
    await settle(el);
    expect($(el, '.cta')).to.equal(null);
    expect(headingText(el)).to.equal('Urgent advice: Phone your maternity unit, early pregnancy unit or doctor now');
  });

  it('emergency-number overrides the region', async () => {
    const el = await mount(html`<bleeding-triage region="GB" emergency-number="112"></bleeding-triage>`);
    expect(text($(el, '[part~="emergency-banner"] a'))).to.equal('Call 112');
    expect($(el, '[part~="emergency-banner"] a')!.getAttribute('href')).to.equal('tel:112');
  });

  it('attributes changed later update what shows', async () => {
    const el = await mount(html`<bleeding-triage region="GB"></bleeding-triage>`);
    el.setAttribute('region', 'AU');
    await settle(el);
    expect(text($(el, '[part~="emergency-banner"] a'))).to.equal('Call 000');
    el.setAttribute('heading-level', '4');
    await settle(el);
    expect($(el, '#page-heading')!.getAttribute('aria-level')).to.equal('4');
  });
});

describe('attributes: bad values warn, name the attribute, and fall back safely', () => {
  const cases: [string, string, string, (el: Widget) => void][] = [
    ['heading-level', '9', 'heading-level="9"', (el) => expect($(el, '#page-heading')!.getAttribute('aria-level')).to.equal('2')],
    ['heading-level', 'two', 'heading-level="two"', (el) => expect($(el, '#page-heading')!.getAttribute('aria-level')).to.equal('2')],
    ['appearance', 'blue', 'appearance="blue"', (el) => expect(el.appearance).to.equal('light')],
    ['weeks', 'soon', 'weeks="soon"', (el) => expect($<HTMLInputElement>(el, '#weeks-input')!.value).to.equal('')],
    ['weeks', '50', 'weeks="50"', (el) => expect($<HTMLInputElement>(el, '#weeks-input')!.value).to.equal('')],
    ['region', 'Britain', 'region="Britain"', (el) => expect(text($(el, '[part~="emergency-banner"]'))).to.contain('your local emergency number')],
    ['region', 'ZZ', 'region="ZZ"', (el) => expect(text($(el, '[part~="emergency-banner"]'))).to.contain('your local emergency number')],
    ['emergency-number', 'none', 'emergency-number="none"', (el) => expect(text($(el, '[part~="emergency-banner"] a'))).to.equal('Call 999')],
    ['care-phone', 'ask at reception', 'care-phone="ask at reception"', () => undefined],
    ['care-url', 'javascript:alert(1)', 'care-url="javascript:alert(1)"', () => undefined],
    ['care-url', 'data:text/html,hi', 'care-url="data:text/html,hi"', () => undefined],
  ];
  for (const [attribute, value, named, check] of cases) {
    it(`${named}: a warning, then a safe default`, async () => {
      let el!: Widget;
      const warnings = await warningsDuring(async () => {
        el = await fixture<Widget>(html`<bleeding-triage region="GB"></bleeding-triage>`);
        el.setAttribute(attribute, value);
        await settle(el);
      });
      expect(warnings.join('\n')).to.contain(`${attribute}=${JSON.stringify(value)}`);
      check(el);
      expect(currentStep(el)).to.equal('weeks');
      expect(text($(el, '[part~="emergency-banner"]'))).to.contain('call');
    });
  }

  it('a blank weeks attribute is no prefill: the person is asked, with no warning and no "0"', async () => {
    let el!: Widget;
    const warnings = await warningsDuring(async () => {
      el = await mount(html`<bleeding-triage region="GB" weeks="  "></bleeding-triage>`);
    });
    expect(warnings).to.deep.equal([]);
    expect($<HTMLInputElement>(el, '#weeks-input')!.value).to.equal('');
    expect(text($(el, '[part~="hint"]'))).not.to.contain('record');
  });

  it('a refused care link or phone never reaches the page', async () => {
    let el!: Widget;
    await warningsDuring(async () => {
      el = await mount(html`<bleeding-triage care-url="javascript:alert(1)" care-phone="n/a"></bleeding-triage>`);
      el.answers = complete;
      await settle(el);
    });
    expect($$<HTMLAnchorElement>(el, 'a').some((a) => a.href.startsWith('javascript:'))).to.equal(false);
    expect($(el, '.cta')).to.equal(null);
  });
});

describe('outcome (reflected, read-only)', () => {
  it('reflects the shown urgency so host CSS can style it', async () => {
    const el = await mount();
    expect(el.hasAttribute('outcome')).to.equal(false);
    el.answers = { weeks: 20, bleeding: 'heavy', symptoms: [] };
    await settle(el);
    expect(el.getAttribute('outcome')).to.equal('emergency');
    expect(el.outcome).to.equal('emergency');
  });

  it('puts the attribute back if a host writes it', async () => {
    const el = await mount();
    el.answers = complete;
    await settle(el);
    el.setAttribute('outcome', 'prompt');
    expect(el.getAttribute('outcome')).to.equal('urgent');
    el.removeAttribute('outcome');
    expect(el.getAttribute('outcome')).to.equal('urgent');
  });

  it('has no setter', () => {
    const descriptor = Object.getOwnPropertyDescriptor(BleedingTriageElement.prototype, 'outcome');
    expect(descriptor?.get).to.be.a('function');
    expect(descriptor?.set).to.equal(undefined);
  });
});

describe('.answers', () => {
  it('a complete valid input shows its outcome at once and fires triage-complete', async () => {
    const el = await mount();
    const events = record(el, ['triage-complete']);
    el.answers = complete;
    await settle(el);
    expect(currentStep(el)).to.equal('outcome');
    expect(events).to.have.length(1);
    expect(el.result!.urgency).to.equal('urgent');
    expect(el.answers).to.deep.equal(complete);
  });

  it('works when set before the element is connected', async () => {
    const el = document.createElement('bleeding-triage');
    el.answers = { trimester: 'second', bleeding: 'spotting', symptoms: [] };
    const host = await wrapper(html`<div></div>`);
    host.append(el);
    await settle(el);
    expect(currentStep(el)).to.equal('outcome');
    expect(el.result!.stage).to.equal('mid');
  });

  it('a partial input fills in the questions, from the first', async () => {
    const el = await mount();
    el.answers = { weeks: 12, bleeding: 'light' };
    await settle(el);
    expect(currentStep(el)).to.equal('weeks');
    expect($<HTMLInputElement>(el, '#weeks-input')!.value).to.equal('12');
    await continueOn(el);
    expect($<HTMLInputElement>(el, 'input[value=light]')!.checked).to.equal(true);
  });

  it('an invalid input is refused with a warning naming the field, and the first question shows', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Light bleeding' });
    const warnings = await warningsDuring(async () => {
      el.answers = { weeks: 99, bleeding: 'light', symptoms: [] } as never;
      await settle(el);
    });
    expect(warnings.join()).to.match(/answers.*"weeks"/);
    expect(currentStep(el)).to.equal('weeks');
    expect(el.result).to.equal(null);
  });

  for (const bad of [null, undefined, 'weeks=30', 42, [], { bleeding: 'lots', symptoms: [] }]) {
    it(`survives answers = ${JSON.stringify(bad)}`, async () => {
      const el = await mount();
      await warningsDuring(async () => {
        el.answers = bad as never;
        await settle(el);
      });
      expect(currentStep(el)).to.equal('weeks');
      expect(text($(el, '[part~="emergency-banner"]'))).to.contain('999');
    });
  }

  it('returns a copy: changing it changes nothing', async () => {
    const el = await mount();
    el.answers = complete;
    await settle(el);
    const copy = el.answers;
    copy.symptoms!.push('fever');
    expect(el.answers.symptoms).to.deep.equal(['mild-cramps']);
  });

  it('does not change the object it was given', async () => {
    const el = await mount();
    const given = { weeks: 30, bleeding: 'light' as const, symptoms: ['fever', 'fever'] as ('fever')[] };
    el.answers = given;
    await settle(el);
    expect(given.symptoms).to.deep.equal(['fever', 'fever']);
  });
});

describe('.result, reset() and static define()', () => {
  it('.result is null until the outcome, then the engine result', async () => {
    const el = await mount();
    expect(el.result).to.equal(null);
    await walk(el, { weeks: '8', bleeding: 'Spotting' });
    expect(el.result).to.include({ urgency: 'prompt', stage: 'early' });
    expect(Object.isFrozen(el.result)).to.equal(true);
  });

  it('reset() goes back to the first question with nothing kept but the host prefill', async () => {
    const el = await mount(html`<bleeding-triage weeks="20"></bleeding-triage>`);
    await walk(el, { weeks: '31', bleeding: 'Light bleeding' });
    el.reset();
    await settle(el);
    expect(currentStep(el)).to.equal('weeks');
    expect(el.answers).to.deep.equal({});
    expect(el.result).to.equal(null);
    expect($<HTMLInputElement>(el, '#weeks-input')!.value).to.equal('20');
  });

  it('define() twice is harmless; another class under the same tag warns', async () => {
    const warnings = await warningsDuring(() => {
      BleedingTriageElement.define();
      BleedingTriageElement.define('bleeding-triage');
    });
    expect(warnings).to.deep.equal([]);
    class Impostor extends BleedingTriageElement {}
    const clash = await warningsDuring(() => Impostor.define('bleeding-triage'));
    expect(clash.join()).to.contain('already defined');
    expect(customElements.get('bleeding-triage')).to.equal(BleedingTriageElement);
  });

  it('define() accepts another tag name', async () => {
    class Renamed extends BleedingTriageElement {}
    Renamed.define('maternity-bleeding-check');
    const el = await fixture<Widget>(html`<maternity-bleeding-check></maternity-bleeding-check>`);
    await settle(el);
    expect(headingText(el)).to.equal('How many weeks pregnant are you?');
  });

  it('properties set before the element is defined are honoured', async () => {
    const tag = 'late-defined-triage';
    const el = document.createElement(tag) as Widget;
    (el as unknown as Record<string, unknown>).careName = 'Ward 9';
    (el as unknown as Record<string, unknown>).headingLevel = 4;
    (el as unknown as Record<string, unknown>).answers = complete;
    document.body.append(el);
    class Late extends BleedingTriageElement {}
    Late.define(tag);
    await settle(el);
    expect(headingText(el)).to.contain('Phone Ward 9 now');
    expect($(el, '#page-heading')!.getAttribute('aria-level')).to.equal('4');
    el.remove();
  });
});

describe('.translations', () => {
  it('overrides any message for the current locale', async () => {
    const el = await mount();
    el.translations = { continue: 'Next', 'weeks.question': 'How far along are you?' };
    await settle(el);
    expect(text($(el, '[part~="continue"]'))).to.equal('Next');
    expect(headingText(el)).to.equal('How far along are you?');
  });

  it('renders values as text, never as HTML', async () => {
    const el = await mount();
    el.translations = { 'weeks.question': '<img src=x onerror="window.__pwned=1">Weeks?' };
    await settle(el);
    expect(headingText(el)).to.equal('<img src=x onerror="window.__pwned=1">Weeks?');
    expect($(el, 'img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps English for keys not given, and warns about unknown keys and non-text values', async () => {
    const el = await mount();
    const warnings = await warningsDuring(async () => {
      el.translations = { 'no.such.key': 'x', continue: 42 } as never;
      await settle(el);
    });
    expect(warnings.join('\n')).to.contain('no.such.key').and.to.contain('continue');
    expect(text($(el, '[part~="continue"]'))).to.equal('Continue');
  });

  it('a translations value that is not an object is refused with a warning', async () => {
    const el = await mount();
    const warnings = await warningsDuring(async () => {
      el.translations = 'French' as never;
      await settle(el);
    });
    expect(warnings.join()).to.contain('translations');
    expect(headingText(el)).to.equal('How many weeks pregnant are you?');
  });

  it('placeholders in an override are filled', async () => {
    const el = await mount();
    el.translations = { 'banner.text': 'Emergency? Ring {number}.' };
    await settle(el);
    expect(text($(el, '[part~="emergency-banner"] p'))).to.equal('Emergency? Ring 999.');
    expect($(el, '[part~="emergency-banner"] a')).to.exist;
  });
});

describe('slots', () => {
  it('show default content, replaced by the host when slotted', async () => {
    const plain = await mount();
    const defaults = $$<HTMLSlotElement>(plain, 'slot').map((slot) => text(slot));
    expect(defaults[0]).to.contain('Answer a few questions');
    plain.answers = complete;
    await settle(plain);
    expect(text($$<HTMLSlotElement>(plain, 'slot')[0]), 'no intro once the advice shows').to.equal('');
    expect(defaults[1]).to.contain('not a diagnosis');
    const custom = await mount(html`<bleeding-triage><p slot="header">Hello from the host</p><p slot="footer">Host footer</p></bleeding-triage>`);
    const [header, footer] = $$<HTMLSlotElement>(custom, 'slot');
    expect(header.assignedElements().map((e) => e.textContent)).to.deep.equal(['Hello from the host']);
    expect(footer.assignedElements().map((e) => e.textContent)).to.deep.equal(['Host footer']);
  });
});

describe('choosing options by keyboard-free clicks on labels', () => {
  it('labels are tied to their controls in the same shadow root', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    for (const label of $$<HTMLLabelElement>(el, 'label')) {
      expect(label.control, text(label)).to.exist;
      expect(label.control!.getRootNode()).to.equal(el.shadowRoot);
    }
    await choose(el, 'Heavy bleeding');
    expect($<HTMLInputElement>(el, 'input[value=heavy]')!.checked).to.equal(true);
  });
});
