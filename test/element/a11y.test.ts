import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TriageInput } from '../../src/index.js';
import {
  $,
  $$,
  answer,
  answerWeeks,
  clickButton,
  continueOn,
  detailsLoaded,
  html,
  mount,
  settle,
  text,
  type Widget,
  wrapper,
} from './driver.js';

interface Media {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  media?: 'print' | 'screen';
}

/** Emulates media features where the engine can; false where it cannot (then tests check the rules). */
const emulate = (media: Media) => executeServerCommand<boolean, Media>('emulate', media);

/** The widget's style rules as text, to check a media block exists where it cannot be emulated. */
const cssRules = (el: Widget) =>
  el.shadowRoot!.adoptedStyleSheets.length
    ? el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText)
    : [...el.shadowRoot!.querySelectorAll('style')].map((style) => style.textContent ?? '');

/** Opens "Why this advice" once it has loaded, so axe checks it too. */
async function openWhy(el: Widget): Promise<void> {
  await detailsLoaded(el);
  $<HTMLDetailsElement>(el, 'details')!.open = true;
}

type Page = { name: string; reach(el: Widget): Promise<void> };

const toBleeding = async (el: Widget, weeks = '30') => {
  await answerWeeks(el, weeks);
};
const toSymptoms = async (el: Widget, weeks = '30') => {
  await toBleeding(el, weeks);
  await answer(el, 'Spotting');
};
const toLast = async (el: Widget, weeks: string) => {
  await toSymptoms(el, weeks);
  await answer(el, 'None of these');
};
const toTrimester = (el: Widget) => clickButton(el, "I'm not sure how many weeks");
const withError = (reach: (el: Widget) => Promise<void>) => async (el: Widget) => {
  await reach(el);
  await continueOn(el);
  expect($(el, '[part~="error-summary"]'), 'the error shows').to.exist;
};
const outcome = (answers: Partial<TriageInput>) => async (el: Widget) => {
  el.answers = answers;
  await settle(el);
  await openWhy(el);
};

const PAGES: Page[] = [
  { name: 'weeks', reach: async () => undefined },
  { name: 'weeks, with an error', reach: withError(async () => undefined) },
  { name: 'trimester', reach: toTrimester },
  { name: 'trimester, with an error', reach: withError(toTrimester) },
  { name: 'amount', reach: (el) => toBleeding(el) },
  { name: 'amount, with an error', reach: withError((el) => toBleeding(el)) },
  { name: 'symptoms', reach: (el) => toSymptoms(el) },
  { name: 'symptoms, with an error', reach: withError((el) => toSymptoms(el)) },
  { name: 'ectopic risk', reach: (el) => toLast(el, '8') },
  { name: 'ectopic risk, with an error', reach: withError((el) => toLast(el, '8')) },
  { name: 'placenta', reach: (el) => toLast(el, '30') },
  { name: 'placenta, with an error', reach: withError((el) => toLast(el, '30')) },
  { name: 'emergency outcome', reach: outcome({ weeks: 30, bleeding: 'heavy', symptoms: [] }) },
  { name: 'urgent outcome', reach: outcome({ weeks: 30, bleeding: 'light', symptoms: ['fever', 'after-sex'] }) },
  { name: 'prompt outcome', reach: outcome({ weeks: 4, bleeding: 'spotting', symptoms: [], ectopicRisk: false }) },
  { name: 'unknown-weeks outcome', reach: outcome({ bleeding: 'light', symptoms: ['reduced-movements'] }) },
];

describe('axe: every state is accessible', () => {
  for (const page of PAGES) {
    it(`${page.name}`, async () => {
      const el = await mount(html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
      await page.reach(el);
      await expect(el).to.be.accessible();
    });
  }

  for (const page of PAGES.filter((p) => !p.name.includes('error'))) {
    it(`${page.name}, dark`, async () => {
      const el = await mount(html`<bleeding-triage appearance="dark" region="GB"></bleeding-triage>`);
      await page.reach(el);
      await expect(el).to.be.accessible();
    });
  }

  it('appearance="auto" follows a dark colour scheme, and stays accessible', async () => {
    const emulated = await emulate({ colorScheme: 'dark' });
    try {
      const el = await mount(html`<bleeding-triage appearance="auto"></bleeding-triage>`);
      if (emulated) expect(getComputedStyle($(el, '.frame')!).colorScheme).to.equal('dark');
      else expect(cssRules(el).join('\n')).to.match(/@media \(prefers-color-scheme: dark\)\s*\{\s*:host\(\[appearance="?auto"?\]\)/);
      await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(el);
      await expect(el).to.be.accessible();
    } finally {
      await emulate({ colorScheme: 'light' });
    }
  });

  it('forced colours: styles switch to system colours and every state stays accessible', async () => {
    const emulated = await emulate({ forcedColors: 'active' });
    try {
      const el = await mount(html`<bleeding-triage region="GB"></bleeding-triage>`);
      if (emulated) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        expect(getComputedStyle($(el, '[part~="continue"]')!).borderTopStyle).to.equal('solid');
      } else {
        expect(cssRules(el).some((rule) => rule.includes('@media (forced-colors: active)'))).to.equal(true);
      }
      await expect(el).to.be.accessible();
      await outcome({ weeks: 30, bleeding: 'heavy', symptoms: [] })(el);
      await expect(el).to.be.accessible();
    } finally {
      await emulate({ forcedColors: 'none' });
    }
  });

  it('heading-level 1 is accessible too', async () => {
    const el = await mount(html`<bleeding-triage heading-level="1"></bleeding-triage>`);
    await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(el);
    await expect(el).to.be.accessible();
  });
});

describe('structure a screen reader relies on', () => {
  it('radios and checkboxes are native, in fieldsets whose legend holds the heading', async () => {
    const el = await mount();
    await toSymptoms(el);
    const fieldset = $(el, 'fieldset')!;
    const legend = fieldset.querySelector('legend')!;
    expect(legend.querySelector('[role="heading"]')).to.exist;
    expect($$<HTMLInputElement>(el, 'fieldset input').every((input) => input.type === 'checkbox')).to.equal(true);
    expect(fieldset.getAttribute('aria-describedby')).to.equal('page-hint');
  });

  it('each option hint is tied to its control', async () => {
    const el = await mount();
    await toBleeding(el);
    const heavy = $<HTMLInputElement>(el, 'input[value=heavy]')!;
    const hint = el.shadowRoot!.getElementById(heavy.getAttribute('aria-describedby')!)!;
    expect(text(hint)).to.equal('Like a period or heavier, soaking a pad within an hour, or large clots');
  });

  it('has one polite live region, always present, that announces progress and the outcome', async () => {
    const el = await mount();
    const regions = $$(el, '[aria-live]');
    expect(regions).to.have.length(1);
    expect(regions[0].getAttribute('aria-live')).to.equal('polite');
    await toBleeding(el);
    expect(text(regions[0])).to.equal('Question 2 of 4');
    await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(el);
    expect($$(el, '[aria-live]')[0]).to.equal(regions[0]);
    expect(text(regions[0])).to.equal('Your advice is ready.');
  });

  it('the error summary announces itself through a role="alert" child', async () => {
    const el = await mount();
    await continueOn(el);
    expect($(el, '[part~="error-summary"] > [role="alert"]')).to.exist;
  });

  it('the outcome section is named by its heading', async () => {
    const el = await mount();
    await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(el);
    expect($(el, '[part~="outcome"]')!.getAttribute('aria-labelledby')).to.equal('page-heading');
  });
});

describe('operable and readable for everyone', () => {
  it('every control is at least 44 by 44 CSS pixels', async () => {
    const el = await mount(html`<bleeding-triage care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
    const check = () => {
      for (const control of $$(el, 'button, .cta, [part~="option"], #weeks-input, summary')) {
        const box = control.getBoundingClientRect();
        expect(box.height, `${control.tagName} ${text(control)}`).to.be.at.least(44);
        expect(box.width, `${control.tagName} ${text(control)}`).to.be.at.least(44);
      }
    };
    check();
    await toSymptoms(el);
    check();
    await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(el);
    check();
  });

  it('fits a 320 px column on every page: nothing scrolls sideways', async () => {
    const page = await wrapper(html`<div style="margin:0;width:320px"><bleeding-triage region="GB"></bleeding-triage></div>`);
    const el = page.querySelector('bleeding-triage')!;
    await settle(el);
    for (const page of PAGES) {
      el.reset();
      await settle(el);
      await page.reach(el);
      expect(el.scrollWidth, page.name).to.be.at.most(el.clientWidth);
      for (const node of $$(el, '*')) {
        expect(node.getBoundingClientRect().right, `${page.name}: ${node.tagName}.${node.className}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    }
  });

  it('text resized to 200% grows everything and still fits without sideways scrolling', async () => {
    const normal = await wrapper(html`<div style="font-size:16px"><bleeding-triage></bleeding-triage></div>`);
    const large = await wrapper(html`<div style="font-size:32px;width:640px"><bleeding-triage></bleeding-triage></div>`);
    const [a, b] = [normal, large].map((w) => w.querySelector('bleeding-triage')!);
    await settle(a);
    await settle(b);
    const size = (el: Widget) => parseFloat(getComputedStyle($(el, '#page-heading')!).fontSize);
    expect(size(b) / size(a)).to.be.closeTo(2, 0.01);
    await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(b);
    expect(b.scrollWidth).to.be.at.most(b.clientWidth);
  });

  it('sizes follow the host font size (em), so a 62.5% root cannot shrink it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await mount();
      const heading = parseFloat(getComputedStyle($(el, '#page-heading')!).fontSize);
      const host = parseFloat(getComputedStyle(el).fontSize);
      expect(heading / host).to.be.closeTo(1.5, 0.01);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('inherits the host font family', async () => {
    const page = await wrapper(html`<div style="font-family: 'Courier New', monospace"><bleeding-triage></bleeding-triage></div>`);
    const el = page.querySelector('bleeding-triage')!;
    await settle(el);
    expect(getComputedStyle($(el, '#page-heading')!).fontFamily).to.equal(getComputedStyle(page).fontFamily);
    expect(getComputedStyle($(el, 'button')!).fontFamily).to.equal(getComputedStyle(page).fontFamily);
  });

  it('shows a focus ring for keyboard users', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#weeks-input')!.focus();
    await sendKeys({ press: 'Tab' });
    const button = el.shadowRoot!.activeElement as HTMLElement;
    expect(button.getAttribute('part')).to.equal('continue');
    if (button.matches(':focus-visible')) {
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.greaterThan(2);
    } else {
      // A page in a background tab has no visible focus to draw; check the rule that draws it.
      const rule = cssRules(el).find((text) => text.startsWith(':focus-visible'))!;
      expect(rule).to.contain('button:focus-visible').and.to.match(/outline: [\d.]+em solid/);
    }
  });

  it('with reduced motion (and without) there is no animation or transition anywhere', async () => {
    await emulate({ reducedMotion: 'reduce' });
    try {
      const el = await mount();
      await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(el);
      for (const node of [el, ...$$(el, '*')]) {
        const style = getComputedStyle(node);
        expect(parseFloat(style.transitionDuration) + parseFloat(style.animationDuration), node.tagName).to.equal(0);
      }
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });

  it('prints a summary: buttons hidden, the reasons open, links spelled out', async () => {
    const el = await mount();
    await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(el);
    $<HTMLDetailsElement>(el, 'details')!.open = false;
    window.dispatchEvent(new Event('beforeprint'));
    expect($<HTMLDetailsElement>(el, 'details')!.open).to.equal(true);
    if (await emulate({ media: 'print' })) {
      try {
        expect(getComputedStyle($(el, '[part~="restart"]')!).display).to.equal('none');
        const link = $(el, '[part~="sources"] a[href^="http"]')!;
        expect(getComputedStyle(link, '::after').content).to.contain('http');
      } finally {
        await emulate({ media: 'screen' });
      }
    } else {
      const print = cssRules(el).find((rule) => rule.startsWith('@media print'))!;
      expect(print).to.match(/button/).and.to.match(/attr\(href\)/);
    }
  });
});
