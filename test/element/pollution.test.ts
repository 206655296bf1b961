// Another script on the page pollutes Object.prototype: clicking through the widget must show
// exactly what it shows on a clean page (issue 10 item 2, the element's side; the engine's side is
// test/engine/pollution.test.ts).
import { expect } from '@open-wc/testing';
import { $, $$, answer, answerWeeks, choose, clickButton, continueOn, currentStep, detailsLoaded, headingText, html, mount, text, type Widget } from './driver.js';

/**
 * Every field the widget reads by name from its own objects — the answers, the page being filled
 * in, a field error, the contacts and phone numbers, a fired rule and what it assumed — and a
 * region code, each with a value that would change what the person is told if it were read.
 */
const POLLUTION: Record<string, unknown> = {
  // Answers and Draft (src/element/flow.ts, draft.ts).
  dating: 'weeks',
  weeks: 40,
  trimester: 'third',
  bleeding: 'spotting',
  symptoms: [],
  ectopicRisk: 'no',
  lowLyingPlacenta: 'no',
  weeksText: '40',
  ticked: ['none'],
  // A field error (src/element/view.ts).
  message: 'weeks.error.missing',
  field: 'weeks-input',
  values: { min: 99, max: 99 },
  // Contacts and phone numbers (src/element/outcome.ts, attributes.ts).
  emergency: { text: '1', dial: '1' },
  urgentCare: '1',
  careName: 'a polluted name',
  carePhone: { text: '1', dial: '1' },
  carePhoneText: 'a polluted number',
  careUrl: 'https://polluted.example/',
  dial: '1',
  // The result's optional fields (FiredRule, Assumed).
  urgency: 'prompt',
  assumed: { ectopicRisk: true, lowLyingPlacenta: true, weeks: { from: 0, to: 0 } },
  // The options on a question page.
  hint: 'a polluted hint',
  // An emergency number for a region the widget does not know.
  ZZ: '1',
};

async function polluted<T>(run: () => Promise<T>): Promise<T> {
  const prototype = Object.prototype as Record<string, unknown>;
  Object.assign(prototype, POLLUTION);
  try {
    return await run();
  } finally {
    for (const key of Object.keys(POLLUTION)) delete prototype[key];
  }
}

/** What a person sees on a page, before choosing: its heading, what is already chosen, any error. */
function page(el: Widget) {
  return {
    step: currentStep(el),
    heading: headingText(el),
    banner: text($(el, '[part~="emergency-banner"]')),
    options: $$(el, 'label').map(text),
    chosen: $$<HTMLInputElement>(el, 'input').filter((input) => input.checked || (input.type === 'text' && input.value)).map((input) => `${input.name}=${input.value}`),
    error: text($(el, '[part~="error-summary"]')),
  };
}

/** The whole outcome as a person reads it, the review sections included. */
function outcome(el: Widget) {
  return {
    ...page(el),
    call: $$<HTMLAnchorElement>(el, 'a.cta, .cta-text').map((cta) => `${text(cta)} ${cta.getAttribute('href') ?? ''}`),
    advice: $$(el, '[part~="advice"] li').map(text),
    told: text($(el, '.answers')),
    why: text($(el, '[part~="sources"]')),
  };
}

type Walk = (el: Widget, seen: unknown[]) => Promise<void>;

const WALKS: [string, string, Walk][] = [
  [
    '6 weeks, spotting, ectopic risk "not sure" stays "phone now" (the reported case)',
    'GB',
    async (el, seen) => {
      await answerWeeks(el, '6');
      seen.push(page(el));
      await answer(el, /^Spotting/);
      seen.push(page(el));
      await choose(el, 'None of these');
      await continueOn(el);
      seen.push(page(el));
      await answer(el, "I'm not sure");
    },
  ],
  [
    'weeks not known: every "not sure", and what the rules assumed',
    'GB',
    async (el, seen) => {
      seen.push(page(el));
      await clickButton(el, "I'm not sure how many weeks");
      seen.push(page(el));
      await answer(el, "I don't know");
      seen.push(page(el));
      await answer(el, /^Light bleeding/);
      seen.push(page(el));
      await choose(el, 'None of these');
      await continueOn(el);
      while (currentStep(el) !== 'outcome') {
        seen.push(page(el));
        await answer(el, /^I'm not sure/);
      }
    },
  ],
  [
    '30 weeks, an error first, then light bleeding and no low-lying placenta',
    'GB',
    async (el, seen) => {
      await continueOn(el);
      seen.push(page(el));
      await answerWeeks(el, '30');
      await continueOn(el);
      seen.push(page(el));
      await answer(el, /^Light bleeding/);
      await choose(el, 'None of these');
      await continueOn(el);
      seen.push(page(el));
      await answer(el, 'No');
    },
  ],
  [
    'a region with no known emergency number, and heavy bleeding',
    'ZZ',
    async (el, seen) => {
      seen.push(page(el));
      await answerWeeks(el, '12');
      await answer(el, /^Heavy bleeding/);
    },
  ],
];

describe('a polluted Object.prototype changes nothing the widget shows (issue 10 item 2)', () => {
  for (const [name, region, walk] of WALKS) {
    it(name, async () => {
      const run = async () => {
        const el = await mount(html`<bleeding-triage region=${region} care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
        await detailsLoaded(el);
        const seen: unknown[] = [];
        await walk(el, seen);
        await detailsLoaded(el);
        seen.push(outcome(el), el.result?.urgency);
        return seen;
      };
      const clean = await run();
      const withPollution = await polluted(run);
      expect(withPollution).to.deep.equal(clean);
    });
  }

  it('the reported case is "phone now", with nothing chosen for the person on the ectopic page', async () => {
    await polluted(async () => {
      const el = await mount();
      await answerWeeks(el, '6');
      await answer(el, /^Spotting/);
      await choose(el, 'None of these');
      await continueOn(el);
      expect(currentStep(el)).to.equal('ectopic-risk');
      expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(0);
      await answer(el, "I'm not sure");
      expect(headingText(el)).to.match(/^Urgent advice: Phone .* now$/);
      expect(el.result!.urgency).to.equal('urgent');
    });
  });
});
