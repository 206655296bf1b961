import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { $, answer, answerWeeks, currentStep, headingText, mount, settle, text, warningsDuring, type Widget } from './driver.js';

const ATTRIBUTES = ['region', 'emergency-number', 'care-name', 'care-phone', 'care-url', 'weeks', 'heading-level', 'appearance', 'lang', 'outcome'];

/** What must always be on screen: the emergency line and a page heading. */
function stillUsable(el: Widget): void {
  expect(text($(el, '[part~="emergency-banner"]'))).to.match(/call .+ now|\S/);
  expect(headingText(el).length).to.be.greaterThan(0);
}

describe('bad input everywhere never throws and never blanks the widget', () => {
  it('random attribute values (strings, huge and negative numbers, empty)', async () => {
    const el = await mount();
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('', ' ', '-1', '-999999', '1e308', 'NaN', 'Infinity', '0', '6', '7', '46', '2.5', 'javascript:alert(1)', 'data:text/html,x', '<b>x</b>', '{number}', 'zz-ZZ', 'ar', '\u202e'),
      fc.integer().map(String),
      fc.double().map(String),
    );
    await warningsDuring(async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ATTRIBUTES), value, async (attribute, text) => {
          el.setAttribute(attribute, text);
          await settle(el);
          stillUsable(el);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('random property values of the wrong type', async () => {
    const el = await mount();
    const anything = fc.oneof(fc.anything(), fc.constant(null), fc.constant(undefined), fc.constant(Symbol('x')).map(() => Object.create(null)));
    await warningsDuring(async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('headingLevel', 'appearance', 'weeks', 'region', 'translations', 'answers', 'careUrl', 'carePhone'), anything, async (property, value) => {
          try {
            (el as unknown as Record<string, unknown>)[property] = value;
          } catch (error) {
            expect.fail(`setting ${property} threw ${String(error)}`);
          }
          await settle(el);
          stillUsable(el);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('lifecycle', () => {
  it('removing and re-inserting the element keeps its page and answers', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    await answer(el, 'Light bleeding');
    const parent = el.parentElement!;
    el.remove();
    await settle(el);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await settle(el);
    expect(currentStep(el)).to.equal('symptoms');
    expect(el.answers).to.deep.equal({ weeks: 30, bleeding: 'light' });
    elsewhere.remove();
    parent.append(el);
  });

  it('works after being moved to another document (an iframe)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const el = await mount();
    await answerWeeks(el, '20');
    frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
    await settle(el);
    expect(el.answers.weeks).to.equal(20);
    frame.remove();
  });

  it('keeps no listener on the window after it is removed', async () => {
    const el = await mount();
    const added: string[] = [];
    const removed: string[] = [];
    const original = { add: window.addEventListener, remove: window.removeEventListener };
    type Args = Parameters<typeof window.addEventListener>;
    window.addEventListener = (...args: Args) => (added.push(args[0]), original.add.apply(window, args));
    window.removeEventListener = (...args: Args) => (removed.push(args[0]), original.remove.apply(window, args));
    try {
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      el.remove();
    } finally {
      window.addEventListener = original.add;
      window.removeEventListener = original.remove;
    }
    // One listener while it was connected at the start; none now.
    const count = (types: string[]) => types.filter((type) => type === 'beforeprint').length;
    expect(1 + count(added) - count(removed)).to.equal(0);
  });
});
