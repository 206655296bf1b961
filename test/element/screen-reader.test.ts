// What a screen reader says, from @guidepup/virtual-screen-reader running inside the page: one
// full flow to each urgency, by keyboard where a person would use one, asserting the phrases for
// the questions, an error, the hints (each said once), and the outcome's heading and call button.
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, choose, continueOn, html, mount, settle, typeWeeks, type Widget } from './driver.js';

const FOOTER = 'This tool gives general advice. It is not a diagnosis and does not replace a midwife or doctor.';

/** The virtual screen reader reads inside the widget's shadow root, from its frame. */
const start = (el: Widget) => virtual.start({ container: $(el, '.frame')! });

/** What it has said since the last call, then forgets it. */
async function said(): Promise<string[]> {
  const phrases = await virtual.spokenPhraseLog();
  await virtual.clearSpokenPhraseLog();
  return phrases;
}

/** Reads the whole page from the top, item by item, to the footer. */
async function readPage(el: Widget): Promise<string[]> {
  await virtual.stop();
  await start(el);
  for (let step = 0; step < 300 && !(await virtual.spokenPhraseLog()).includes(FOOTER); step += 1) await virtual.next();
  return said();
}

/** What is said when keyboard focus moves to the control with this id. */
async function onFocus(el: Widget, id: string): Promise<string> {
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  await said();
  $(el, `#${id}`)!.focus();
  return (await said()).at(-1)!;
}

/** Presses Tab, as a person does, and says what focus lands on. */
async function tab(): Promise<string> {
  await said();
  await sendKeys({ press: 'Tab' });
  return (await said()).at(-1)!;
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** Every option on the page says its label and its hint when focused, the hint exactly once. */
async function eachOptionOnce(el: Widget): Promise<void> {
  for (const input of $$<HTMLInputElement>(el, '[part~="option"] input')) {
    const label = $(el, `label[for="${input.id}"]`)!.textContent!.trim();
    const hint = $(el, `#${input.id}-hint`)?.textContent?.trim();
    const phrase = await onFocus(el, input.id);
    expect(phrase, label).to.match(new RegExp(`^(radio|checkbox), ${label.replace(/[()?]/g, '\\$&')}[,]`));
    if (hint) expect(count(phrase, hint), `${label}: its hint, once`).to.equal(1);
  }
}

/** Continue with nothing chosen; the summary takes focus; its link leads to the field. */
async function errorOnEmpty(el: Widget): Promise<string[]> {
  await said();
  await continueOn(el);
  const summary = await said();
  $<HTMLAnchorElement>(el, '[part~="error-summary"] a')!.click();
  await settle(el);
  return [...summary, ...(await said())];
}

async function next(el: Widget): Promise<string[]> {
  await said();
  await continueOn(el);
  return said();
}

/** A widget with the screen reader on, the weeks and the amount answered; what the next page says. */
async function answered(weeks: string, amount: string): Promise<{ el: Widget; now: string[] }> {
  const el = await mount(html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
  await start(el);
  await typeWeeks(el, weeks);
  await next(el);
  await choose(el, amount);
  return { el, now: await next(el) };
}

describe('a screen reader, through a whole flow to each urgency', () => {
  afterEach(() => virtual.stop());

  it('emergency: heavy bleeding', async () => {
    const el = await mount(html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
    await start(el);
    const first = await readPage(el);
    expect(first).to.include('link, Call 999');
    expect(first).to.include('textbox, How many weeks pregnant are you?, Count from the first day of your last period, or use the dates from your scan. If you are 12 weeks and 3 days, enter 12., not invalid');

    const error = await errorOnEmpty(el);
    expect(error).to.include('group, There is a problem');
    expect(error.at(-1)).to.equal(
      'textbox, How many weeks pregnant are you?, Count from the first day of your last period, or use the dates from your scan. If you are 12 weeks and 3 days, enter 12. ' +
        'Error: Enter how many weeks pregnant you are, or choose "I\'m not sure how many weeks", invalid',
    );

    await typeWeeks(el, '30');
    expect(await next(el)).to.include('heading, How much are you bleeding?, level 2');
    const page = await readPage(el);
    expect(page, 'the Back button, named by its word alone').to.include('button, Back');
    expect(page.join('\n'), 'the introduction, said on the first page only').not.to.contain('Answer a few questions');
    expect(page).to.include('group, Question 2 of 4 How much are you bleeding?, Choose the heaviest it has been since it started, even if it has slowed down.');
    await eachOptionOnce(el);
    expect(await onFocus(el, 'bleeding-2')).to.equal(
      'radio, Heavy bleeding, Like a period or heavier, soaking a pad within an hour, or large clots, not checked, position 3, set size 3',
    );

    await choose(el, 'Heavy bleeding');
    expect(await next(el)).to.include('heading, Immediate action required: Call 999 now, or go to the emergency department, level 2');
    expect(await tab()).to.equal('link, Call 999');
  });

  it('urgent: light bleeding at 30 weeks, no other symptom, a placenta not low', async () => {
    const { el, now } = await answered('30', 'Light bleeding');
    expect(now).to.include('heading, Do you have any of these as well?, level 2');
    const page = await readPage(el);
    expect(page, 'the emergency signs, a named group within the question').to.include('group, Emergency signs');
    expect(page.indexOf('group, Emergency signs')).to.be.lessThan(page.findIndex((phrase) => phrase.startsWith('checkbox, Severe or constant pain')));
    await eachOptionOnce(el);

    const error = await errorOnEmpty(el);
    expect(error).to.include('group, There is a problem');
    expect(error.at(-1)).to.match(/^checkbox, Severe or constant pain in your tummy or back, Or your bump feels hard and tender, not checked/);
    const withError = await readPage(el);
    expect(withError.some((phrase) => phrase.includes('Error: Select all that apply, or "None of these"'))).to.equal(true);

    await choose(el, 'None of these');
    expect(await next(el)).to.include('heading, Has a scan shown a low-lying placenta (placenta praevia)?, level 2');
    await eachOptionOnce(el);
    await choose(el, /^No$/);
    expect(await next(el)).to.include('heading, Urgent advice: Phone Ward 7 now, level 2');
    expect(await tab()).to.equal('link, Call Ward 7 on 0121 555 0100');
  });

  it('within 24 hours: spotting at 8 weeks, no other symptom, no ectopic risk', async () => {
    const { el } = await answered('8', 'Spotting');
    await choose(el, 'None of these');
    expect(await next(el)).to.include('heading, Do any of these apply to you?, level 2');

    const error = await errorOnEmpty(el);
    expect(error).to.include('group, There is a problem');
    expect(error.at(-1)).to.equal('radio, Yes, not checked, position 1, set size 3');
    const withError = await readPage(el);
    expect(withError).to.include('link, Choose yes, no or "I\'m not sure"');

    await choose(el, /^No$/);
    expect(await next(el)).to.include('heading, Advice: Contact Ward 7 within 24 hours, level 2');
    expect(await tab()).to.equal('link, Call Ward 7 on 0121 555 0100');
  });
});
