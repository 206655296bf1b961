// What a careless or hostile host page can do through the element's API, and what the person then
// sees (issue 10 items 3, 6, 7, 8 and 9).
import { expect } from '@open-wc/testing';
import { BleedingTriageElement } from '../../src/element/bleeding-triage.js';
import { en } from '../../src/i18n/en.js';
import { isSafetyKey } from '../../src/i18n/overrides.js';
import { $, answer, answerWeeks, choose, continueOn, detailsLoaded, headingText, html, mount, record, root, settle, text, warningsDuring, type Widget } from './driver.js';

const URGENT = { weeks: 30, bleeding: 'light', symptoms: [] } as const;

/** What must always be on screen: the emergency line with its number, and a page heading. */
function stillUsable(el: Widget): void {
  expect(text($(el, '[part~="emergency-banner"] p'))).to.contain('call 999 now');
  expect(headingText(el).length).to.be.greaterThan(0);
}

describe('.answers with the answers already on show changes nothing (item 3)', () => {
  it('a host that binds triage-complete to .answers both ways hears one event, not a loop', async () => {
    const el = await mount();
    const heard = record(el, ['triage-complete', 'triage-step']);
    let echoes = 0;
    el.addEventListener('triage-complete', (event) => {
      // A guard in the test only, so that a loop fails the test instead of freezing the page.
      if (++echoes < 20) el.answers = event.detail.input;
    });
    el.answers = URGENT;
    for (let i = 0; i < 5; i += 1) await settle(el);
    expect(heard.map((event) => event.type)).to.deep.equal(['triage-step', 'triage-complete']);
    expect(headingText(el)).to.match(/^Urgent advice/);
  });

  it('the same, when the person reaches the outcome by answering', async () => {
    const el = await mount();
    let completed = 0;
    el.addEventListener('triage-complete', (event) => {
      completed += 1;
      if (completed < 20) el.answers = event.detail.input;
    });
    await answerWeeks(el, '30');
    await answer(el, /^Light bleeding/);
    await choose(el, 'None of these');
    await continueOn(el);
    await answer(el, 'No');
    for (let i = 0; i < 5; i += 1) await settle(el);
    expect(completed).to.equal(1);
  });

  it('a host that writes .answers back on every triage-step does not send the person back', async () => {
    const el = await mount();
    let steps = 0;
    el.addEventListener('triage-step', () => {
      if (++steps < 20) el.answers = el.answers;
    });
    await answerWeeks(el, '30');
    await answer(el, /^Light bleeding/);
    expect(text($(el, '#page-heading'))).to.equal('Do you have any of these as well?');
    expect(steps).to.equal(2);
  });

  it('different answers still apply, and fire triage-complete again', async () => {
    const el = await mount();
    const heard = record(el, ['triage-complete']);
    el.answers = URGENT;
    await settle(el);
    el.answers = { ...URGENT, bleeding: 'heavy' };
    await settle(el);
    expect(heard).to.have.length(2);
    expect(el.result!.urgency).to.equal('emergency');
  });
});

/** Values a hostile host might set: each throws on any read. */
function hostileValues(): [string, unknown][] {
  const throwing = () => {
    throw new Error('no');
  };
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const allTraps = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing });
  return [
    ['an object whose getter throws', { get 'banner.text'() { return throwing(); }, get weeks() { return throwing(); } }],
    ['a Proxy whose every trap throws', allTraps],
    ['a revoked Proxy', revocable.proxy],
  ];
}

const PROPERTIES = ['translations', 'answers', 'region', 'emergencyNumber', 'careName', 'carePhone', 'careUrl', 'weeks', 'headingLevel', 'appearance'];
const ATTRIBUTE_OF: Record<string, string> = { emergencyNumber: 'emergency-number', careName: 'care-name', carePhone: 'care-phone', careUrl: 'care-url', headingLevel: 'heading-level' };

describe('hostile property values never blank the widget (item 6)', () => {
  for (const [what, make] of hostileValues().map(([name], index) => [name, () => hostileValues()[index][1]] as const)) {
    for (const property of PROPERTIES) {
      it(`${property} set to ${what}: a warning, and the safe default`, async () => {
        const el = await mount(html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
        el.answers = URGENT;
        await settle(el);
        const before = headingText(el);
        const warnings = await warningsDuring(async () => {
          expect(() => ((el as unknown as Record<string, unknown>)[property] = make())).to.not.throw();
          await settle(el);
        });
        if (property === 'region') expect(text($(el, '[part~="emergency-banner"] p'))).to.contain('call your local emergency number now');
        else stillUsable(el);
        // A care name that cannot be read gives way to the generic words; answers, to the first question.
        const expected = { answers: 'How many weeks pregnant are you?', careName: 'Urgent advice: Phone your maternity unit, early pregnancy unit or doctor now' }[property];
        expect(headingText(el)).to.equal(expected ?? before);
        expect(warnings.join('\n')).to.contain(`ignoring ${ATTRIBUTE_OF[property] ?? property}=`);
      });
    }
  }
});

describe('safety words cannot be removed by an empty override (item 7)', () => {
  const SAFETY = [
    'banner.text',
    'number.unknown',
    'cta.emergency',
    'cta.carePhone',
    'cta.careUrl',
    'outcome.title.emergency',
    'outcome.title.urgent',
    'outcome.prefix.emergency',
    'advice.call-emergency',
    'advice.call-now',
    'advice.safety-net',
    'advice.safety-net-24',
    'advice.if-worse-while-waiting',
    'outcome.notDiagnosis',
    'footer.text',
    'error.title',
    'continue',
  ] as const;

  it('the keys that keep people safe are all in the one list (the words the main file carries)', () => {
    expect(SAFETY.filter((key) => !isSafetyKey(key))).to.deep.equal([]);
    // Every "what to do now" line of the main file, the safety nets among them.
    expect(Object.keys(en).filter((key) => key.startsWith('advice.') && !isSafetyKey(key))).to.deep.equal([]);
    // Not inherited names: a "constructor" override is not a safety word either (item 9).
    expect(isSafetyKey('constructor')).to.equal(false);
  });

  for (const blank of ['', '   ', '\n\t']) {
    it(`overrides of ${JSON.stringify(blank)} are ignored, with a warning each, and the words show`, async () => {
      const el = await mount(html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
      const warnings = await warningsDuring(async () => {
        el.translations = Object.fromEntries(SAFETY.map((key) => [key, blank]));
        await settle(el);
        await continueOn(el); // The error summary, with its title.
        expect(text($(el, '#error-summary-title'))).to.equal(en['error.title']);
        expect(text($(el, '[part~="continue"]'))).to.equal(en.continue);
        expect(text($(el, '[part~="emergency-banner"] p'))).to.equal(en['banner.text'].replace('{number}', '999'));
        el.answers = URGENT;
        await settle(el);
        expect(text($(el, 'a.cta'))).to.equal('Call Ward 7 on 0121 555 0100');
        expect(text($(el, '.not-diagnosis'))).to.equal(en['outcome.notDiagnosis']);
        expect(text(root(el) as unknown as Element)).to.contain(en['advice.safety-net'].replace('{number}', '999'));
        el.answers = { ...URGENT, bleeding: 'heavy' };
        await settle(el);
        expect(headingText(el)).to.equal('Immediate action required: Call 999 now, or go to the emergency department');
        expect(text($(el, 'a.cta'))).to.equal('Call 999');
      });
      for (const key of SAFETY) expect(warnings.join('\n')).to.contain(`ignoring translations="${key}": safety words cannot be empty`);
    });
  }

  it('a non-empty rewording of a safety word is used', async () => {
    const el = await mount();
    el.translations = { 'banner.text': 'Bleeding heavily or collapsed? Ring {number} now.' };
    await settle(el);
    expect(text($(el, '[part~="emergency-banner"] p'))).to.equal('Bleeding heavily or collapsed? Ring 999 now.');
  });
});

describe('when a page cannot be drawn, the widget is not left blank (item 8)', () => {
  const breakRendering = (el: Widget) => {
    (el as unknown as { render(): unknown }).render = () => {
      throw new Error('a render that fails');
    };
    return () => {
      delete (el as unknown as { render?: unknown }).render;
    };
  };

  it('shows the emergency line as text, then the page again once drawing works', async () => {
    const el = await mount();
    const restore = breakRendering(el);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      el.answers = URGENT;
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    const slot = root(el).querySelector('slot:not([name])')!;
    expect(slot.textContent).to.equal(en['banner.text'].replace('{number}', '999'));
    restore();
    el.requestUpdate();
    await settle(el);
    expect(!!root(el).querySelector('slot:not([name])'), 'the fallback slot').to.equal(false);
    expect(headingText(el)).to.match(/^Urgent advice/);
  });

  it('shows what the host put inside the tag, when it put something', async () => {
    const el = await mount(html`<bleeding-triage region="GB"><p>Call 999 if you are bleeding heavily.</p></bleeding-triage>`);
    const hostLine = el.querySelector('p')!;
    expect(hostLine.getBoundingClientRect().height, 'hidden while the widget works').to.equal(0);
    breakRendering(el);
    const original = console.error;
    console.error = () => {};
    try {
      el.answers = URGENT;
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    const slot = root(el).querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([hostLine.textContent]);
    expect(hostLine.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('small things (item 9)', () => {
  it('weeks = -0 reads as 0, never "-0 weeks"', async () => {
    const el = await mount();
    el.weeks = -0;
    await settle(el);
    expect(text($(el, '[part~="hint"]'))).to.contain('Your record says 0 weeks.');
    expect(text(root(el) as unknown as Element)).to.not.contain('-0');
    expect($<HTMLInputElement>(el, '#weeks-input')!.value).to.equal('0');
  });

  it('careName = NaN is refused with a warning: the card names no "NaN"', async () => {
    const el = await mount();
    const warnings = await warningsDuring(async () => {
      el.careName = NaN as never;
      el.answers = URGENT;
      await settle(el);
    });
    expect(headingText(el)).to.equal('Urgent advice: Phone your maternity unit, early pregnancy unit or doctor now');
    expect(text(root(el) as unknown as Element)).to.not.contain('NaN');
    expect(warnings.join('\n')).to.contain('ignoring care-name=NaN: expected text');
  });

  it('a care name that is a number is still shown (7)', async () => {
    const el = await mount();
    el.careName = 7 as never;
    el.answers = URGENT;
    await settle(el);
    expect(headingText(el)).to.equal('Urgent advice: Phone 7 now');
  });

  it('.translations keys inherited from Object.prototype are unknown keys, with the warning', async () => {
    const el = await mount();
    await detailsLoaded(el);
    const warnings = await warningsDuring(async () => {
      el.translations = JSON.parse('{"constructor": "x", "toString": "y", "hasOwnProperty": "z", "__proto__": "w"}');
      await settle(el);
    });
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(warnings.join('\n')).to.contain(`ignoring translations="${key}": there is no message with this key`);
    }
    stillUsable(el);
  });

  it('a placeholder named like an inherited field is not filled from Object.prototype', async () => {
    const el = await mount();
    el.translations = { 'banner.text': 'Ring {number} now {constructor}.' };
    await settle(el);
    expect(text($(el, '[part~="emergency-banner"] p'))).to.equal('Ring 999 now {constructor}.');
  });

  it('a tag already defined by another element: the warning names it, not "another copy of bleeding-triage"', async () => {
    class SomethingElse extends HTMLElement {}
    customElements.define('bt-taken-elsewhere', SomethingElse);
    const warnings = await warningsDuring(() => BleedingTriageElement.define('bt-taken-elsewhere'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<bt-taken-elsewhere> is already defined by another element (SomethingElse)');
    expect(warnings[0]).to.not.contain('copy of bleeding-triage');
    expect(customElements.get('bt-taken-elsewhere')).to.equal(SomethingElse);
  });

  it('a tag already defined by another copy of bleeding-triage keeps the first, and says so', async () => {
    class AnotherCopy extends BleedingTriageElement {}
    customElements.define('bt-taken-by-a-copy', AnotherCopy);
    const warnings = await warningsDuring(() => BleedingTriageElement.define('bt-taken-by-a-copy'));
    expect(warnings).to.deep.equal(['<bt-taken-by-a-copy> is already defined by another copy of bleeding-triage; keeping the first.']);
  });
});
