import { expect } from '@open-wc/testing';
import type { TriageInput } from '../../src/index.js';
import { $, $$, answer, answerWeeks, choose, continueOn, detailsLoaded, headingText, html, mount, settle, text, type Widget } from './driver.js';

async function outcome(answers: Partial<TriageInput>, template = html`<bleeding-triage region="GB"></bleeding-triage>`): Promise<Widget> {
  const el = await mount(template);
  el.answers = answers;
  await settle(el);
  await detailsLoaded(el);
  return el;
}

const adviceText = (el: Widget) => $$(el, '[part~="advice"] li').map(text);

describe('the outcome card', () => {
  it('emergency: the heading says what to do, with a hidden prefix, and one call to action', async () => {
    const el = await outcome({ weeks: 30, bleeding: 'heavy', symptoms: [] });
    const heading = $(el, '#page-heading')!;
    expect(text(heading.querySelector('.visually-hidden'))).to.equal('Immediate action required:');
    expect(headingText(el)).to.equal('Immediate action required: Call 999 now, or go to the emergency department');
    const ctas = $$<HTMLAnchorElement>(el, '.cta');
    expect(ctas.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([['Call 999', 'tel:999']]);
    expect(adviceText(el)[0]).to.equal('Ask for an ambulance, or go straight to the emergency department. Do not drive yourself.');
    expect(adviceText(el).join(' ')).not.to.contain('pregnancy-loss').and.not.to.contain('losing your pregnancy');
  });

  it('emergency: at most five lines, none of them conditional, and the banner does not repeat the heading', async () => {
    for (const answers of [
      { weeks: 30, bleeding: 'heavy', symptoms: ['trauma'] },
      { weeks: 8, bleeding: 'light', symptoms: ['very-unwell'] },
      { bleeding: 'spotting', symptoms: ['shoulder-tip-pain'] },
    ] as Partial<TriageInput>[]) {
      const el = await outcome(answers);
      const lines = adviceText(el);
      expect(lines.length, JSON.stringify(answers)).to.be.within(4, 5);
      const card = lines.join(' ');
      // SPEC §5: no "call 999 if it gets heavier", no "call anyway", no "get ready to go".
      expect(card).not.to.match(/if the bleeding gets heavier|call anyway|get ready to go|if your waters break|moves less/i);
      expect(lines.at(-2) === 'If you feel worse while you wait, call 999 again.' || lines.at(-1) === 'If you feel worse while you wait, call 999 again.').to.equal(true);
      expect($(el, '[part~="emergency-banner"]'), 'the banner').to.equal(null);
    }
  });

  it('emergency on a phone: the call button and every line of what to do come before the causes, on the first screen', async () => {
    const el = await outcome({ weeks: 30, bleeding: 'heavy', symptoms: ['trauma'] });
    const frame = document.createElement('div');
    frame.style.width = '390px';
    el.replaceWith(frame);
    frame.append(el);
    await settle(el);
    const top = el.getBoundingClientRect().top;
    const bottom = (node: Element) => node.getBoundingClientRect().bottom - top;
    const causes = $(el, '#causes-heading')!;
    expect(bottom($(el, '.cta')!)).to.be.below(844);
    for (const line of $$(el, '[part~="advice"] li')) {
      expect(line.getBoundingClientRect().top).to.be.below(causes.getBoundingClientRect().top);
      expect(bottom(line), text(line)).to.be.below(844);
    }
    // The words a person reads before the call button (the note reports this figure).
    const before = [$(el, '[part~="back"]')!, $(el, '#page-heading')!].map(text).join(' ').split(/\s+/);
    expect(before.length).to.be.at.most(14);
    frame.remove();
  });

  it('urgent: phone now, with the fallback route when they are closed (111 in the UK)', async () => {
    const el = await outcome({ weeks: 30, bleeding: 'light', symptoms: [], lowLyingPlacenta: false });
    expect(headingText(el)).to.equal('Urgent advice: Phone your maternity unit, early pregnancy unit or doctor now');
    expect(adviceText(el)[0]).to.contain('Do not wait for the bleeding to stop');
    expect(adviceText(el)[1]).to.equal('If they are closed or you cannot get through, call 111, or go to the maternity unit or emergency department.');
  });

  it('urgent outside the UK: the urgent-care line is described, not numbered', async () => {
    const el = await outcome({ weeks: 30, bleeding: 'light', symptoms: [] }, html`<bleeding-triage region="US"></bleeding-triage>`);
    expect(adviceText(el)[1]).to.contain('call your out-of-hours or urgent care service');
  });

  it('prompt: within 24 hours, with a gentle pregnancy-loss signpost', async () => {
    const el = await outcome({ weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false });
    expect(headingText(el)).to.equal('Advice: Contact your midwife, doctor or early pregnancy unit within 24 hours');
    expect(adviceText(el)[0]).to.equal('Contact your midwife, doctor or early pregnancy unit within 24 hours, or sooner if anything changes.');
    expect(adviceText(el).join(' ')).to.contain('You do not have to go through this alone');
  });

  it('colour is never the only cue: each urgency has its own words', async () => {
    const headings = new Set<string>();
    for (const answers of [
      { weeks: 30, bleeding: 'heavy', symptoms: [] },
      { weeks: 30, bleeding: 'light', symptoms: [] },
      { weeks: 8, bleeding: 'spotting', symptoms: [], ectopicRisk: false },
    ] as Partial<TriageInput>[]) {
      headings.add(headingText(await outcome(answers)).split(':')[0]);
    }
    expect(headings.size).to.equal(3);
  });

  it('the safety net links the emergency number', async () => {
    const el = await outcome({ weeks: 30, bleeding: 'light', symptoms: [] });
    const safety = $$(el, '[part~="advice"] li').find((li) => text(li).startsWith('Call 999 if the bleeding gets heavier'))!;
    expect(safety.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
  });

  it('lists the possible causes in plain words, reassuring ones last, never "harmless" or "normal"', async () => {
    const el = await outcome({ weeks: 30, bleeding: 'light', symptoms: ['after-sex'], lowLyingPlacenta: true });
    const causes = $$(el, '[part~="cause"]').map((li) => text(li.querySelector('strong')));
    expect(causes).to.deep.equal(['Placenta praevia', 'Placental abruption', 'Changes in the cervix']);
    const all = text($(el, '[part~="outcome"]')).toLowerCase();
    expect(all).not.to.match(/harmless|\bnormal\b|nothing to worry|ignore it|bed rest/);
  });

  it('says it is not a diagnosis', async () => {
    const el = await outcome({ weeks: 30, bleeding: 'light', symptoms: [] });
    expect(text($(el, '.not-diagnosis'))).to.equal('This is not a diagnosis. Only a midwife or doctor can tell you what is happening.');
  });

  it('when the weeks are unknown, says the weeks help the team find the cause', async () => {
    const el = await outcome({ bleeding: 'light', symptoms: ['fever'] });
    expect(text($(el, '[part~="outcome"]'))).to.contain('Knowing how many weeks pregnant you are helps');
  });

  it('"What you told us" repeats every answer with a change link named for it', async () => {
    const el = await outcome({ weeks: 30, bleeding: 'light', symptoms: ['fever', 'mild-cramps'], lowLyingPlacenta: false });
    const rows = $$(el, '.answers > div').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(rows).to.deep.equal([
      ['How many weeks', '30 weeks'],
      ['How much bleeding', 'Light bleeding'],
      ['Other symptoms', 'Mild cramps or a slight ache low in your tummy and A high temperature or chills'],
      ['Low-lying placenta', 'No'],
    ]);
    expect($$(el, '.answers button').map(text)).to.deep.equal([
      'Change How many weeks',
      'Change How much bleeding',
      'Change Other symptoms',
      'Change Low-lying placenta',
    ]);
  });

  it('"Why this advice" lists the deciding rules with linked sources', async () => {
    const el = await outcome({ weeks: 22, bleeding: 'light', symptoms: ['trauma'] });
    const why = $(el, '[part~="sources"]')!;
    expect(text(why.querySelector('summary'))).to.equal('Why this advice');
    const items = [...why.querySelectorAll('li')].map(text);
    expect(items.some((item) => item.startsWith('A fall, a blow to your tummy, or a car accident; from 20 weeks [S3'))).to.equal(true);
    const links = [...why.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.length).to.be.greaterThan(3);
    for (const link of links) {
      expect(link.protocol).to.match(/^https?:$/);
      expect(link.rel).to.contain('noopener');
    }
    expect(text(why)).to.contain('Rules version 2.0.0');
    expect(text(why)).to.contain("Mayo Clinic Care Network content — Falling during pregnancy: Reason to worry?");
  });

  it('never names a drug or a dose', async () => {
    const words = [] as string[];
    for (const answers of [
      { weeks: 8, bleeding: 'light', symptoms: ['mild-cramps'] },
      { weeks: 30, bleeding: 'light', symptoms: ['contractions', 'headache-vision'] },
      { bleeding: 'heavy', symptoms: ['fever', 'trauma'] },
    ] as Partial<TriageInput>[]) {
      words.push(text((await outcome(answers)).shadowRoot!.querySelector('[part~="outcome"]')));
    }
    expect(words.join(' ')).not.to.match(/progesterone|dydrogesterone|steroid|anti-D|aspirin|paracetamol|ibuprofen|\d+\s?mg\b/i);
  });
});

describe('engine failure (SPEC §3)', () => {
  async function failing(answers: Partial<TriageInput>): Promise<{ el: Widget; errors: unknown[][] }> {
    const el = await mount(html`<bleeding-triage region="GB" care-name="Ward 7" care-phone="0121 555 0100"></bleeding-triage>`);
    el._triage = () => {
      throw new Error('simulated engine fault');
    };
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      el.answers = answers;
      await settle(el);
    } finally {
      console.error = original;
    }
    return { el, errors };
  }

  it('falls back to emergency advice when an answer is an emergency trigger, and logs the error', async () => {
    const { el, errors } = await failing({ weeks: 30, bleeding: 'heavy', symptoms: [] });
    expect(el.outcome).to.equal('emergency');
    expect(headingText(el)).to.contain('Call 999 now');
    expect(String(errors[0][0])).to.contain('engine failed');
  });

  it('ends the questions on the same fallback while the person answers: a possible emergency asks nothing more', async () => {
    const el = await mount();
    el._triage = () => {
      throw new Error('simulated engine fault');
    };
    const original = console.error;
    console.error = () => {};
    try {
      await answerWeeks(el, '8');
      await answer(el, 'Light bleeding');
      expect(headingText(el)).to.contain('Do you have any of these as well?');
      // Shoulder-tip pain is an emergency sign at every week: the fallback stops here.
      await choose(el, 'Pain in the tip of your shoulder');
      await continueOn(el);
    } finally {
      console.error = original;
    }
    expect(el.outcome).to.equal('emergency');
    expect(headingText(el)).to.contain('Call 999 now');
  });

  it('falls back to urgent advice otherwise, with the care contact, naming no cause', async () => {
    const { el } = await failing({ weeks: 8, bleeding: 'spotting', symptoms: ['trauma'], ectopicRisk: false });
    expect(el.outcome, 'trauma at 8 weeks is not an emergency sign').to.equal('urgent');
    expect(headingText(el)).to.contain('Phone Ward 7 now');
    expect(text($(el, '.cta'))).to.equal('Call Ward 7 on 0121 555 0100');
    expect(text($(el, '.not-diagnosis'))).to.contain('not a diagnosis');
    await detailsLoaded(el);
    expect($$(el, '[part~="cause"]')).to.have.length(0);
    expect(text($(el, '[part~="outcome"]'))).to.contain('The team will find out what is happening.');
  });
});
