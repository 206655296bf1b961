// The element restores answers from a FHIR QuestionnaireResponse (bleeding-triage/fhir), loading
// the reader only then, while `.answers` keeps its plain form.
import { expect } from '@open-wc/testing';
import { triage, type QuestionId, type TriageInput } from '../../src/engine/index.js';
import { fhir } from '../../src/element/fhir.js';
import { BleedingTriageElement } from '../../src/index.js';
import { askedQuestions } from '../../src/fhir/asked.js';
import { toQuestionnaireResponse } from '../../src/fhir/response-to.js';
import { $, currentStep, headingText, html, mount, record, settle, text, walk, warningsDuring, wrapper, type Widget } from './driver.js';

/** Waits for the reader to load and the restored answers to show. */
async function restore(el: Widget, response: unknown): Promise<void> {
  el.questionnaireResponse = response;
  await fhir.load();
  await settle(el);
}

describe('.questionnaireResponse', () => {
  it('the reader is not loaded until a response is set', async () => {
    await mount();
    expect(fhir.loaded()).to.equal(undefined);
  });

  it('restores a response: the outcome shows at once, triage-complete fires, .answers holds the plain form', async () => {
    const input: TriageInput = { weeks: 9, bleeding: 'light', symptoms: ['mild-cramps'] };
    const el = await mount();
    const events = record(el, ['triage-complete']);
    await restore(el, JSON.parse(JSON.stringify(toQuestionnaireResponse(input))));
    expect(currentStep(el)).to.equal('outcome');
    expect(events).to.have.length(1);
    expect(el.answers).to.deep.equal(input);
    expect(el.result).to.deep.equal(triage(input));
    expect(fhir.loaded()).to.not.equal(undefined);
  });

  it('keeps "not sure": weeks not known, then the trimester', async () => {
    const el = await mount();
    await restore(el, toQuestionnaireResponse({ trimester: 'second', bleeding: 'spotting', symptoms: [] }));
    expect(el.answers).to.deep.equal({ trimester: 'second', bleeding: 'spotting', symptoms: [] });
    expect(el.result!.stage).to.equal('mid');
  });

  it('refuses a response that does not fit the Questionnaire, saying why, and shows the first question', async () => {
    const el = await mount();
    await walk(el, { weeks: '30', bleeding: 'Light bleeding' });
    const broken = { ...toQuestionnaireResponse({ weeks: 30, bleeding: 'light', symptoms: [] }), id: 'qr-7' };
    broken.item![0].answer = [{ valueInteger: 30, valueBoolean: true }];
    const warnings = await warningsDuring(() => restore(el, broken));
    expect(warnings.join()).to.match(/ignoring questionnaireResponse="qr-7": Invalid QuestionnaireResponse: .*holds 2 values/);
    expect(warnings.join(), 'the answers themselves are not logged').not.to.contain('valueInteger":30');
    expect(currentStep(el)).to.equal('weeks');
    expect(el.result).to.equal(null);
  });

  for (const junk of [null, undefined, 'QuestionnaireResponse', 42, { resourceType: 'Observation' }]) {
    it(`survives questionnaireResponse = ${JSON.stringify(junk)}`, async () => {
      const el = await mount();
      const warnings = await warningsDuring(() => restore(el, junk));
      expect(warnings.join()).to.match(/questionnaireResponse.*Invalid QuestionnaireResponse/);
      expect(currentStep(el)).to.equal('weeks');
      expect(text($(el, '[part~="emergency-banner"]'))).to.contain('999');
    });
  }

  it('works when set before the element is defined', async () => {
    const tag = 'fhir-restored-triage';
    const el = document.createElement(tag) as Widget;
    (el as unknown as Record<string, unknown>).questionnaireResponse = toQuestionnaireResponse({ weeks: 30, bleeding: 'heavy', symptoms: [] });
    document.body.append(el);
    class Late extends BleedingTriageElement {}
    Late.define(tag);
    await fhir.load();
    await settle(el);
    expect(currentStep(el)).to.equal('outcome');
    expect(el.outcome).to.equal('emergency');
    el.remove();
  });

  it('is write-only: reading it gives nothing back, and .answers is the way to read', async () => {
    const el = await mount();
    await restore(el, toQuestionnaireResponse({ weeks: 20, bleeding: 'light', symptoms: [] }));
    expect((el as unknown as Record<string, unknown>).questionnaireResponse).to.equal(undefined);
    expect(el.answers).to.deep.equal({ weeks: 20, bleeding: 'light', symptoms: [] });
  });
});

describe('what a response records is what the element asked', () => {
  const STEP: Record<string, QuestionId> = { weeks: 'weeks', bleeding: 'bleeding', symptoms: 'symptoms', 'ectopic-risk': 'ectopicRisk', 'low-lying-placenta': 'lowLyingPlacenta' };
  const cases: [string, Parameters<typeof walk>[1], TriageInput][] = [
    ['heavy bleeding: nothing after the amount', { weeks: '8', bleeding: 'Heavy bleeding' }, { weeks: 8, bleeding: 'heavy', symptoms: [] }],
    ['severe pain: nothing after the symptoms', { weeks: '8', bleeding: 'Light bleeding', symptoms: ['Severe or constant pain'] }, { weeks: 8, bleeding: 'light', symptoms: ['severe-pain'] }],
    ['spotting at 8 weeks, not sure of the risks: every question', { weeks: '8', bleeding: 'Spotting', yesNo: "I'm not sure" }, { weeks: 8, bleeding: 'spotting', symptoms: [] }],
  ];
  for (const [name, answers, input] of cases) {
    it(name, async () => {
      const el = document.createElement('bleeding-triage');
      el.region = 'GB';
      const events = record(el, ['triage-step', 'triage-complete']);
      (await wrapper(html`<div></div>`)).append(el);
      await settle(el);
      await walk(el, answers);
      const detail = (type: string) => events.filter((event) => event.type === type).map((event) => (event as CustomEvent).detail);
      const shown = [...new Set(detail('triage-step').map(({ step }) => STEP[step]).filter(Boolean))];
      // What a portal hands to toQuestionnaireResponse: the input triage-complete carries.
      expect(detail('triage-complete').at(-1).input).to.deep.equal(input);
      expect(shown).to.deep.equal(askedQuestions(input));
      expect(headingText(el)).to.match(/^(Immediate action required|Urgent advice|Advice):/);
    });
  }
});
