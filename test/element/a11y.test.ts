import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { TriageInput } from '../../src/index.js';
import { $, $$, clickButton, continueOn, html, mount, settle, text, type Widget, wrapper } from './driver.js';
import { cssRules, emulate, onHostPage, outcome, STATES as PAGES, toBleeding, toSymptoms } from './states.js';

describe('axe: every state is accessible', () => {
  // On a host page with its own h1, as the widget is used: heading-order then sees the whole outline.
  for (const page of PAGES) {
    it(`${page.name}`, async () => {
      const host = await onHostPage(html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
      await page.reach(host.querySelector('bleeding-triage')!);
      await expect(host).to.be.accessible();
    });
  }

  for (const page of PAGES) {
    it(`${page.name}, dark`, async () => {
      const host = await onHostPage(html`<bleeding-triage appearance="dark" region="GB"></bleeding-triage>`);
      await page.reach(host.querySelector('bleeding-triage')!);
      await expect(host).to.be.accessible();
    });
  }

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

  it('the symptoms page shows the emergency signs first, as one named box within its one question', async () => {
    const el = await mount();
    await toSymptoms(el);
    const group = $(el, 'fieldset [role="group"]')!;
    expect(text(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!))).to.equal('Emergency signs');
    const inGroup = [...group.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value);
    expect(inGroup).to.deep.equal(['severe-pain', 'shoulder-tip-pain', 'dizziness-fainting', 'very-unwell']);
    const all = $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]').map((input) => input.value);
    expect(all.slice(0, inGroup.length), 'the signs come first').to.deep.equal(inGroup);
    // Seen as a box: an edge and a tint of its own; its name is shown, and is not a heading.
    const box = getComputedStyle(group);
    expect(parseFloat(box.borderInlineStartWidth)).to.be.greaterThan(2);
    expect(box.backgroundColor).not.to.equal(getComputedStyle($(el, '.frame')!).backgroundColor);
    expect($(el, '#signs-label')!.checkVisibility()).to.equal(true);
    expect($$(el, 'form [role="heading"]').map(text)).to.deep.equal(['Do you have any of these as well?']);
  });

  it('the Back button is named "Back": its arrow is decoration', async () => {
    const el = await mount();
    await toBleeding(el);
    // The browser's own accessibility tree, where the engine's launcher can give it (Chromium).
    const tree = await a11ySnapshot({}).catch(() => undefined);
    if (tree) {
      const buttons: string[] = [];
      const visit = (node: { role?: string; name?: string; children?: unknown[] }) => {
        if (node.role === 'button') buttons.push(node.name ?? '');
        (node.children ?? []).forEach((child) => visit(child as typeof node));
      };
      visit(tree as Parameters<typeof visit>[0]);
      expect(buttons).to.include('Back');
      expect(buttons.filter((name) => /[‹›]/.test(name))).to.deep.equal([]);
    } else {
      // Elsewhere: the arrow's alternative text is empty ("‹" / ""), which names it nothing.
      expect(getComputedStyle($(el, '[part~="back"]')!, '::before').content).to.match(/^"‹"\s*\/\s*""$/);
    }
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

  it('the error summary is a group named by its heading, which is at the page heading\'s level', async () => {
    for (const level of ['2', '4']) {
      const el = await mount(html`<bleeding-triage heading-level=${level}></bleeding-triage>`);
      await toBleeding(el);
      await continueOn(el);
      const summary = $(el, '[part~="error-summary"]')!;
      expect(summary.getAttribute('role')).to.equal('group');
      expect(text(el.shadowRoot!.getElementById(summary.getAttribute('aria-labelledby')!))).to.equal('There is a problem');
      // It comes before the question: one level deeper would leave a gap in the outline.
      expect($(el, '#error-summary-title')!.getAttribute('aria-level'), `heading-level ${level}`).to.equal(level);
      expect($(el, '#page-heading')!.getAttribute('aria-level')).to.equal(level);
    }
  });

  it('the error summary shows a focus ring when focus moves to it, and no blank line above its heading', async () => {
    const el = await mount();
    await continueOn(el);
    const summary = $(el, '[part~="error-summary"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const style = getComputedStyle(summary);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(2);
    const inside = summary.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    expect($(el, '#error-summary-title')!.getBoundingClientRect().top - inside).to.be.lessThan(1);
  });

  it('the outcome section is named by its heading', async () => {
    const el = await mount();
    await outcome({ weeks: 30, bleeding: 'light', symptoms: [] })(el);
    expect($(el, '[part~="outcome"]')!.getAttribute('aria-labelledby')).to.equal('page-heading');
  });
});

describe('NHS.UK conventions', () => {
  it('radios and checkboxes are 40 px boxes (2.5em)', async () => {
    const el = await mount();
    await toSymptoms(el);
    for (const box of $$(el, 'input[type="checkbox"]').map((input) => input.getBoundingClientRect())) {
      expect(box.width).to.be.closeTo(40, 0.5);
      expect(box.height).to.be.closeTo(40, 0.5);
    }
    await clickButton(el, 'Back');
    const radio = $(el, 'input[type="radio"]')!.getBoundingClientRect();
    expect([radio.width, radio.height]).to.deep.equal([40, 40]);
  });

  it('care cards: blue within 24 hours, red when urgent, red with a dark body in an emergency, and each says its urgency in words', async () => {
    const cards: Record<string, { heading: string; body: string; words: string }> = {};
    const answersFor: Record<string, Partial<TriageInput>> = {
      emergency: { weeks: 30, bleeding: 'heavy', symptoms: [] },
      urgent: { weeks: 30, bleeding: 'light', symptoms: ['fever'] },
      prompt: { weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false },
    };
    for (const [urgency, answers] of Object.entries(answersFor)) {
      const el = await mount(html`<bleeding-triage region="GB"></bleeding-triage>`);
      await outcome(answers)(el);
      cards[urgency] = {
        heading: getComputedStyle($(el, '.card-heading')!).backgroundColor,
        body: getComputedStyle($(el, '.card-body')!).backgroundColor,
        words: text($(el, '#page-heading')),
      };
    }
    expect(cards.urgent.heading, 'urgent: NHS red').to.equal('rgb(213, 40, 27)');
    expect(cards.emergency.heading).to.equal(cards.urgent.heading);
    expect(cards.prompt.heading, 'within 24 hours: NHS blue').to.equal('rgb(0, 94, 184)');
    // Emergency and urgent share a red: the emergency card tells itself apart by a dark body,
    // a difference of lightness that needs no colour vision, and by its words.
    expect(cards.emergency.body).to.equal('rgb(33, 43, 50)');
    expect(cards.urgent.body).to.equal('rgba(0, 0, 0, 0)');
    expect(cards.emergency.words).to.match(/^Immediate action required: Call 999 now/);
    expect(cards.urgent.words).to.match(/^Urgent advice: Phone .* now$/);
    expect(cards.prompt.words).to.match(/^Advice: Contact .* within 24 hours$/);
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
