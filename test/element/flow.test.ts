import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  answer,
  answerWeeks,
  choose,
  clickButton,
  continueOn,
  currentStep,
  focused,
  goBack,
  headingText,
  html,
  mount,
  settle,
  shiftTab,
  text,
  walk,
} from './driver.js';

describe('the question flow (DESIGN §4)', () => {
  it('starts with the weeks question, the emergency line and no back button', async () => {
    const el = await mount();
    expect(currentStep(el)).to.equal('weeks');
    expect(headingText(el)).to.equal('How many weeks pregnant are you?');
    expect(text($(el, '[part~="emergency-banner"]'))).to.contain('call 999 now');
    expect($(el, '[part~="back"]')).to.equal(null);
  });

  it('walks weeks → amount → symptoms → placenta → outcome at 30 weeks', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    expect(currentStep(el)).to.equal('bleeding');
    expect(headingText(el)).to.contain('How much are you bleeding?');
    await answer(el, 'Light bleeding');
    expect(currentStep(el)).to.equal('symptoms');
    await answer(el, 'None of these');
    expect(currentStep(el)).to.equal('low-lying-placenta');
    await answer(el, 'No');
    expect(currentStep(el)).to.equal('outcome');
    expect(el.outcome).to.equal('urgent');
    expect(el.result!.causes.map((c) => c.id)).to.deep.equal(['placental-abruption', 'cervical']);
  });

  it('asks about ectopic risk, not the placenta, in early pregnancy', async () => {
    const el = await mount();
    await walk(el, { weeks: '8', bleeding: 'Spotting', yesNo: 'No' });
    expect(el.result!.urgency).to.equal('prompt');
    expect(el.answers).to.deep.equal({ weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false });
  });

  it('"I\'m not sure" leads to the trimester question, then the rest', async () => {
    const el = await mount();
    await clickButton(el, "I'm not sure how many weeks");
    expect(currentStep(el)).to.equal('trimester');
    await answer(el, 'Month 7 to the end');
    expect(currentStep(el)).to.equal('bleeding');
    await answer(el, 'Spotting');
    await answer(el, 'None of these');
    expect(currentStep(el)).to.equal('low-lying-placenta');
    await answer(el, "I'm not sure, or I have not had that scan");
    expect(el.answers).to.deep.equal({ trimester: 'third', bleeding: 'spotting', symptoms: [] });
    expect(el.result!.stage).to.equal('late');
  });

  it('"I don\'t know" asks both the ectopic and the placenta questions', async () => {
    const el = await mount();
    await clickButton(el, "I'm not sure how many weeks");
    await answer(el, "I don't know");
    await answer(el, 'Light bleeding');
    await answer(el, 'None of these');
    expect(currentStep(el)).to.equal('ectopic-risk');
    await answer(el, 'No');
    expect(currentStep(el)).to.equal('low-lying-placenta');
    await answer(el, 'No');
    expect(el.result!.stage).to.equal('unknown');
    expect(el.result!.urgency).to.equal('urgent');
  });

  it('heavy bleeding ends the questions at once with the emergency outcome', async () => {
    const el = await mount();
    await answerWeeks(el, '12');
    await answer(el, 'Heavy bleeding');
    expect(currentStep(el)).to.equal('outcome');
    expect(el.outcome).to.equal('emergency');
    expect(headingText(el)).to.equal('Immediate action required: Call 999 now, or go to the emergency department');
  });

  for (const [weeks, symptom] of [
    ['8', 'Severe or constant pain'],
    ['30', 'Feeling faint or very dizzy'],
    ['20', 'You feel very unwell'],
    ['22', 'A fall, a blow to your tummy'],
    ['26', 'A gush or trickle of fluid'],
  ]) {
    it(`an emergency symptom ends the questions at once (${symptom}, ${weeks} weeks)`, async () => {
      const el = await mount();
      await answerWeeks(el, weeks);
      await answer(el, 'Spotting');
      await answer(el, symptom);
      expect(currentStep(el)).to.equal('outcome');
      expect(el.outcome).to.equal('emergency');
    });
  }

  it('only offers the symptoms that matter at the week given', async () => {
    const labels = async (weeks: string) => {
      const el = await mount();
      await answerWeeks(el, weeks);
      await answer(el, 'Spotting');
      return $$(el, 'fieldset label').map(text);
    };
    const early = await labels('10');
    expect(early.some((l) => l.startsWith('Feeling sick'))).to.equal(true);
    expect(early.some((l) => l.startsWith('Your baby is moving less'))).to.equal(false);
    const late = await labels('30');
    expect(late.some((l) => l.startsWith('Feeling sick'))).to.equal(false);
    expect(late.some((l) => l.startsWith('Your baby is moving less'))).to.equal(true);
    expect(late.at(-1)).to.equal('None of these');
  });

  it('"None of these" and the symptoms exclude each other', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    await answer(el, 'Spotting');
    await choose(el, 'Mild cramps');
    await choose(el, 'None of these');
    const checked = () => $$<HTMLInputElement>(el, 'input[type=checkbox]').filter((box) => box.checked).map((box) => box.value);
    expect(checked()).to.deep.equal(['none']);
    await choose(el, 'Mild cramps');
    expect(checked()).to.deep.equal(['mild-cramps']);
    await choose(el, 'Mild cramps');
    expect(checked()).to.deep.equal([]);
  });
});

describe('back and change (nothing is lost)', () => {
  it('has a working Back button on every page after the first', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    await answer(el, 'Light bleeding');
    await answer(el, 'Mild cramps');
    expect(currentStep(el)).to.equal('low-lying-placenta');
    for (const expected of ['symptoms', 'bleeding', 'weeks']) {
      await goBack(el);
      expect(currentStep(el)).to.equal(expected);
    }
    expect($<HTMLInputElement>(el, '#weeks-input')!.value).to.equal('30');
  });

  it('keeps answers when going back and forward again', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    await answer(el, 'Light bleeding');
    await answer(el, 'Mild cramps');
    await goBack(el);
    await goBack(el);
    expect($<HTMLInputElement>(el, 'input[value=light]')!.checked).to.equal(true);
    await continueOn(el);
    expect($<HTMLInputElement>(el, 'input[value="mild-cramps"]')!.checked).to.equal(true);
  });

  it('goes back from the outcome to the last question, answer kept', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Light bleeding', yesNo: 'Yes' });
    await goBack(el);
    expect(currentStep(el)).to.equal('low-lying-placenta');
    expect($<HTMLInputElement>(el, 'input[value=yes]')!.checked).to.equal(true);
    expect(el.result).to.equal(null);
    expect(el.hasAttribute('outcome')).to.equal(false);
  });

  it('goes back from an early emergency outcome to the question that ended it', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    await answer(el, 'Heavy bleeding');
    await goBack(el);
    expect(currentStep(el)).to.equal('bleeding');
  });

  it('a change link returns to that question with every answer kept', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Light bleeding', symptoms: ['Mild cramps'] });
    const change = $$<HTMLButtonElement>(el, '.answers button').find((b) => text(b).includes('How much bleeding'))!;
    change.click();
    await settle(el);
    expect(currentStep(el)).to.equal('bleeding');
    expect($<HTMLInputElement>(el, 'input[value=light]')!.checked).to.equal(true);
    await answer(el, 'Spotting');
    expect($<HTMLInputElement>(el, 'input[value="mild-cramps"]')!.checked).to.equal(true);
    await continueOn(el);
    await continueOn(el);
    expect(el.answers.bleeding).to.equal('spotting');
    expect(el.answers.symptoms).to.deep.equal(['mild-cramps']);
  });

  it('changing the weeks re-plans the questions and drops answers that no longer apply', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Light bleeding', symptoms: ['Your baby is moving less'], yesNo: 'Yes' });
    $$<HTMLButtonElement>(el, '.answers button').find((b) => text(b).includes('How many weeks'))!.click();
    await settle(el);
    await answerWeeks(el, '8');
    await continueOn(el); // amount kept
    expect($$<HTMLInputElement>(el, 'input[type=checkbox]').filter((b) => b.checked)).to.have.length(0);
    await answer(el, 'None of these');
    expect(currentStep(el)).to.equal('ectopic-risk');
    await answer(el, 'No');
    expect(el.answers).to.deep.equal({ weeks: 8, bleeding: 'light', symptoms: [], ectopicRisk: false });
  });
});

describe('errors (error summary, then the field)', () => {
  it('an empty weeks answer shows the summary, focuses it, and marks the field', async () => {
    const el = await mount();
    await continueOn(el);
    const summary = $(el, '[part~="error-summary"]')!;
    expect(summary).to.exist;
    expect(focused(el)).to.equal(summary);
    expect(text(summary)).to.contain('There is a problem');
    expect(text($(el, '.error-message'))).to.equal("Error: Enter how many weeks pregnant you are, or choose \"I'm not sure how many weeks\"");
    const input = $<HTMLInputElement>(el, '#weeks-input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('page-error');
  });

  for (const [typed, message] of [
    ['abc', 'Enter the weeks as a number, like 12'],
    ['12.5', 'Enter whole weeks only, like 12'],
    ['46', 'Enter a number of weeks from 0 to 45'],
    ['-3', 'Enter the weeks as a number, like 12'],
    ['999999999999', 'Enter a number of weeks from 0 to 45'],
  ]) {
    it(`refuses "${typed}" with "${message}"`, async () => {
      const el = await mount();
      await answerWeeks(el, typed);
      expect(currentStep(el)).to.equal('weeks');
      expect(text($(el, '[part~="error-summary"] a'))).to.equal(message);
    });
  }

  it('accepts digits typed in Arabic-Indic script, and spaces around them', async () => {
    const el = await mount();
    await answerWeeks(el, ' ٣٠ ');
    expect(currentStep(el)).to.equal('bleeding');
    expect(el.answers.weeks).to.equal(30);
  });

  it('the summary link moves focus to the field', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    await continueOn(el);
    const link = $<HTMLAnchorElement>(el, '[part~="error-summary"] a')!;
    expect(text(link)).to.equal('Choose how much you are bleeding');
    link.click();
    await settle(el);
    expect(focused(el)).to.equal($(el, '#bleeding-0'));
  });

  for (const [step, message] of [
    ['symptoms', 'Select all that apply, or "None of these"'],
    ['placenta', 'Choose yes, no or "I\'m not sure"'],
  ]) {
    it(`the ${step} page refuses to continue with nothing chosen`, async () => {
      const el = await mount();
      await answerWeeks(el, '30');
      await answer(el, 'Spotting');
      if (step === 'placenta') {
        await answer(el, 'None of these');
      }
      await continueOn(el);
      expect(text($(el, '[part~="error-summary"] a'))).to.equal(message);
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('page-error');
    });
  }

  it('the error clears once the page is answered', async () => {
    const el = await mount();
    await continueOn(el);
    await answerWeeks(el, '20');
    expect($(el, '[part~="error-summary"]')).to.equal(null);
    expect(currentStep(el)).to.equal('bleeding');
  });
});

describe('keyboard and focus', () => {
  it('moves focus to each new page heading', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    expect(focused(el)).to.equal($(el, '#page-heading'));
    await answer(el, 'Spotting');
    expect(focused(el)?.id).to.equal('page-heading');
    expect(headingText(el)).to.contain('Do you have any of these as well?');
  });

  it('does not take focus when it first appears', async () => {
    const before = document.activeElement;
    const el = await mount();
    expect(focused(el)).to.equal(null);
    expect(document.activeElement).to.equal(before);
  });

  it('completes a whole flow with the keyboard alone', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#weeks-input')!.focus();
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStep(el)).to.equal('bleeding');
    // From the heading: Tab to the first radio, arrow to the second, Tab to Continue.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '#bleeding-0'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('continue');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.answers.bleeding).to.equal('light');
    expect(currentStep(el)).to.equal('symptoms');
    // Tab past every symptom to "None of these", tick it with Space, then Continue.
    const boxes = $$(el, 'input[type=checkbox]').length;
    for (let i = 0; i < boxes; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, 'input[value=none]'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStep(el)).to.equal('low-lying-placenta');
    // A radio group is one tab stop: Tab in, Space to choose, Tab on to Continue.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('continue');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStep(el)).to.equal('outcome');
    expect(focused(el)).to.equal($(el, '#page-heading'));
  });

  it('the Back button works from the keyboard', async () => {
    const el = await mount();
    await answerWeeks(el, '30');
    await shiftTab();
    expect(focused(el)?.getAttribute('part')).to.equal('back');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStep(el)).to.equal('weeks');
    expect(focused(el)).to.equal($(el, '#page-heading'));
  });
});

describe('prefilled weeks from the host', () => {
  it('shows the week for the person to confirm, never skipping the question', async () => {
    const el = await mount(html`<bleeding-triage region="GB" weeks="27"></bleeding-triage>`);
    expect(currentStep(el)).to.equal('weeks');
    expect($<HTMLInputElement>(el, '#weeks-input')!.value).to.equal('27');
    expect(text($(el, '[part~="hint"]'))).to.contain('Your record says 27 weeks. Check this is still right');
    await continueOn(el);
    expect(el.answers.weeks).to.equal(27);
  });

  it('lets the person correct it', async () => {
    const el = await mount(html`<bleeding-triage weeks="27"></bleeding-triage>`);
    await answerWeeks(el, '29');
    expect(el.answers.weeks).to.equal(29);
  });
});
