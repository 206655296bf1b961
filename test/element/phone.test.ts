// A phone: the widget alone on a 390 px screen, 844 px tall, with ordinary text and with the
// text at 200 % (the phone's own text-size setting, which reaches the page's font size).
import { expect } from '@open-wc/testing';
import { $, $$, html, type Widget, wrapper } from './driver.js';
import { reachAfresh, STATES, type State } from './states.js';

const SCREEN = { width: 390, height: 844 };
const QUESTIONS = STATES.filter((state) => !state.name.includes('outcome'));
const byName = (name: string) => STATES.find((state) => state.name === name)!;

/** The widget on a phone's page, with the page's text at `textSize`; below the host's h1 if asked. */
async function onPhone(textSize = '100%', width = SCREEN.width, withHeading = false): Promise<Widget> {
  const page = await wrapper(html`<div style=${`width:${width}px;font-size:${textSize}`}>
    ${withHeading ? html`<h1 style="margin:0.5em 0">Bleeding in pregnancy</h1>` : ''}
    <bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>
  </div>`);
  return page.querySelector<Widget>('bleeding-triage')!;
}

/** The distinct lines a piece of text is laid out on (by the tops of its boxes). */
function lines(range: Range): number {
  return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
}

/** Every word shown that the layout split across two lines. A break after a hyphen is not one. */
function brokenWords(el: Widget): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.checkVisibility() || node.parentElement.closest('.visually-hidden')) continue;
    const words = (node.textContent ?? '').matchAll(/[^\s\-‐–—/]+/g);
    for (const word of words) {
      const range = document.createRange();
      range.setStart(node, word.index!);
      range.setEnd(node, word.index! + word[0].length);
      if (lines(range) > 1) broken.push(word[0]);
    }
  }
  return broken;
}

/** How far a control's box is from filling the line its container gives it, in px. */
function shortOfLine(control: HTMLElement): number {
  const line = control.parentElement!;
  const style = getComputedStyle(line);
  const available = line.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return available - control.getBoundingClientRect().width;
}

describe('on a phone', () => {
  it('every question page has a call button of at least 44 by 44 px, after the banner sentence', async () => {
    const el = await onPhone();
    for (const state of QUESTIONS) {
      await reachAfresh(el, state);
      const call = $<HTMLAnchorElement>(el, '[part~="emergency-banner"] a')!;
      expect(call.getAttribute('href'), state.name).to.equal('tel:999');
      expect(call.textContent!.trim(), state.name).to.equal('Call 999');
      const box = call.getBoundingClientRect();
      expect(box.width, `${state.name}: width`).to.be.at.least(44);
      expect(box.height, `${state.name}: height`).to.be.at.least(44);
      expect($(el, '[part~="emergency-banner"] p')!.textContent, state.name).to.match(/If you are bleeding heavily.*call 999 now\.$/);
    }
  });

  for (const textSize of ['100%', '200%']) {
    it(`text at ${textSize}: no word breaks inside, and nothing scrolls sideways, on any page`, async () => {
      const el = await onPhone(textSize);
      for (const state of STATES) {
        await reachAfresh(el, state);
        expect(brokenWords(el), state.name).to.deep.equal([]);
        expect(el.scrollWidth, state.name).to.be.at.most(el.clientWidth);
      }
    });

    it(`text at ${textSize}: the care phone number stays on one line`, async () => {
      const el = await onPhone(textSize);
      await reachAfresh(el, byName('urgent outcome'));
      const number = '0121 555 0100';
      const walker = document.createTreeWalker($(el, '.cta')!, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent!.includes(number)) node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node!, node!.textContent!.indexOf(number));
      range.setEnd(node!, node!.textContent!.indexOf(number) + number.length);
      expect(lines(range)).to.equal(1);
    });

    it(`text at ${textSize}: call buttons, Continue and Start again fill the width`, async () => {
      const el = await onPhone(textSize);
      const check = async (state: State, selector: string) => {
        await reachAfresh(el, state);
        for (const control of $$(el, selector)) expect(shortOfLine(control), `${state.name}: ${control.textContent}`).to.be.lessThan(1);
      };
      await check(byName('weeks'), '.call, [part~="continue"], .secondary');
      await check(byName('emergency outcome'), '.cta, [part~="restart"]');
      await check(byName('urgent outcome'), '.cta');
    });
  }

  it('text at 200 %, below the host page\'s own heading: the emergency call button is on the first screen', async () => {
    const el = await onPhone('200%', SCREEN.width, true);
    await reachAfresh(el, byName('emergency outcome'));
    const call = $(el, '.cta')!.getBoundingClientRect();
    expect(call.bottom - el.parentElement!.getBoundingClientRect().top).to.be.at.most(SCREEN.height);
  });

  it('on a wide widget, buttons fit their words and sit side by side', async () => {
    const el = await onPhone('100%', 800);
    await reachAfresh(el, byName('weeks'));
    const [next, notSure] = $$(el, '.actions button').map((button) => button.getBoundingClientRect());
    expect(next.top).to.equal(notSure.top);
    expect(next.width).to.be.lessThan(200);
  });
});
