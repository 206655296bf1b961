import { expect } from '@open-wc/testing';
import { triage, type CauseId, type Symptom, type Urgency } from '../../src/engine/index.js';
import { at, type Dating } from './inputs.js';

const causesOf = (dating: Dating, symptoms: Symptom[] = [], extra = {}) =>
  triage(at(dating, symptoms, extra)).causes.map((cause) => cause.id);
const urgencyOf = (dating: Dating, symptoms: Symptom[] = [], extra = {}) => triage(at(dating, symptoms, extra)).urgency;
const adviceOf = (dating: Dating, symptoms: Symptom[] = [], extra = {}) => triage(at(dating, symptoms, extra)).advice;

// Answers that do not widen the reading, so each boundary is seen on its own.
const SURE = { ectopicRisk: false, lowLyingPlacenta: false } as const;

describe('stage boundaries (SPEC §2)', () => {
  const stages: [number, string][] = [
    [0, 'early'], [11, 'early'], [12, 'early'], [13, 'early'], [14, 'mid'], [19, 'mid'], [20, 'mid'],
    [23, 'mid'], [24, 'mid'], [27, 'mid'], [28, 'late'], [36, 'late'], [37, 'late'], [45, 'late'],
  ];
  for (const [weeks, stage] of stages) {
    it(`week ${weeks} is ${stage}`, () => expect(triage(at(weeks)).stage).to.equal(stage));
  }
  it('a trimester gives its own stage, and no dating gives unknown', () => {
    expect(triage(at('first')).stage).to.equal('early');
    expect(triage(at('second')).stage).to.equal('mid');
    expect(triage(at('third')).stage).to.equal('late');
    expect(triage(at('unknown')).stage).to.equal('unknown');
  });
});

describe('urgency boundaries (SPEC §3)', () => {
  const cases: [string, Dating, Symptom[], Urgency][] = [
    ['light bleeding alone, week 11: prompt', 11, [], 'prompt'],
    ['light bleeding alone, week 12: urgent', 12, [], 'urgent'],
    ['light bleeding alone, week 0: prompt', 0, [], 'prompt'],
    ['light bleeding alone, week 45: urgent', 45, [], 'urgent'],
    ['trauma at 19 weeks: urgent', 19, ['trauma'], 'urgent'],
    ['trauma at 20 weeks: emergency', 20, ['trauma'], 'emergency'],
    ['trauma at 11 weeks: urgent', 11, ['trauma'], 'urgent'],
    ['trauma with cramps at 11 weeks: emergency', 11, ['trauma', 'mild-cramps'], 'emergency'],
    ['waters at 23 weeks: urgent', 23, ['fluid-leak'], 'urgent'],
    ['waters at 24 weeks: emergency', 24, ['fluid-leak'], 'emergency'],
    ['fewer movements with cramps at 23 weeks: urgent', 23, ['reduced-movements', 'mild-cramps'], 'urgent'],
    ['fewer movements with cramps at 24 weeks: emergency', 24, ['reduced-movements', 'mild-cramps'], 'emergency'],
    ['fewer movements at 11 weeks: no effect, prompt', 11, ['reduced-movements'], 'prompt'],
    ['nausea at 11 weeks: no effect, prompt', 11, ['nausea'], 'prompt'],
    ['after sex at 11 weeks: no effect, prompt', 11, ['after-sex'], 'prompt'],
    ['mild cramps at 5 weeks: urgent', 5, ['mild-cramps'], 'urgent'],
    ['fever at 6 weeks: urgent', 6, ['fever'], 'urgent'],
    ['fever with clots at 6 weeks: emergency', 6, ['fever', 'clots-or-tissue'], 'emergency'],
    ['shoulder-tip pain at 30 weeks: emergency', 30, ['shoulder-tip-pain'], 'emergency'],
  ];
  for (const [name, dating, symptoms, expected] of cases) {
    it(name, () => expect(urgencyOf(dating, symptoms, SURE)).to.equal(expected));
  }

  it('heavy bleeding is an emergency at every week', () => {
    for (let weeks = 0; weeks <= 45; weeks += 1) {
      expect(urgencyOf(weeks, [], { ...SURE, bleeding: 'heavy' }), `week ${weeks}`).to.equal('emergency');
    }
  });

  it('ectopic risk makes early bleeding urgent up to 13 weeks only', () => {
    expect(urgencyOf(11, [], { ectopicRisk: true })).to.equal('urgent');
    expect(urgencyOf(11, [], { ectopicRisk: false })).to.equal('prompt');
    expect(triage(at(13, [], { ectopicRisk: true })).fired.map((f) => f.ruleId)).to.include('ectopic-risk');
    expect(triage(at(14, [], { ectopicRisk: true })).fired.map((f) => f.ruleId)).not.to.include('ectopic-risk');
  });

  it('"not sure" about ectopic risk is read as the urgent answer where the question is asked', () => {
    expect(urgencyOf(8, [])).to.equal('urgent');
    expect(urgencyOf(8, [], { ectopicRisk: false })).to.equal('prompt');
  });
});

describe('advice boundaries (SPEC §5)', () => {
  it('a low-lying placenta means getting ready to go in from 14 weeks', () => {
    expect(adviceOf(13, [], { lowLyingPlacenta: true })).not.to.include('attend-now');
    expect(adviceOf(14, [], { lowLyingPlacenta: true })).to.include('attend-now');
    expect(adviceOf(14, [], { lowLyingPlacenta: false })).not.to.include('attend-now');
  });
  it('contractions mean getting ready to go in before 37 weeks', () => {
    expect(adviceOf(36, ['contractions'], SURE)).to.include('attend-now');
    expect(adviceOf(37, ['contractions'], SURE)).not.to.include('attend-now');
  });
  it('fewer movements mean getting ready to go in from 24 weeks', () => {
    expect(adviceOf(23, ['reduced-movements'], SURE)).not.to.include('attend-now');
    expect(adviceOf(24, ['reduced-movements'], SURE)).to.include('attend-now');
  });
  it('RhD advice from 12 weeks; low placenta advice from 14 unless the answer is "no"; movements and a stay from 24', () => {
    expect(adviceOf(11, [], SURE)).not.to.include('rhesus');
    expect(adviceOf(12, [], SURE)).to.include('rhesus');
    expect(adviceOf(13, [], { lowLyingPlacenta: true })).not.to.include('tell-low-placenta');
    expect(adviceOf(14, [], { lowLyingPlacenta: true })).to.include.members(['tell-low-placenta', 'what-to-tell-placenta']);
    expect(adviceOf(14, [])).to.include.members(['tell-low-placenta', 'what-to-tell-placenta']);
    expect(adviceOf(14, [], SURE)).not.to.include('tell-low-placenta');
    expect(adviceOf(14, [], SURE)).to.include('what-to-tell').and.not.to.include('what-to-tell-placenta');
    for (const id of ['safety-net-24', 'safety-net-movements', 'movements-24', 'may-stay'] as const) {
      expect(adviceOf(23, [], SURE), id).not.to.include(id);
      expect(adviceOf(24, [], SURE), id).to.include(id);
    }
  });
  it('the waters line: 999 from 24 to 36 weeks; at a pinned term week, staining goes to the unit', () => {
    expect(adviceOf(36, [], SURE)).to.include('safety-net-24').and.not.to.include('safety-net-term');
    expect(adviceOf(37, [], SURE)).to.include('safety-net-term').and.not.to.include('safety-net-24');
    expect(adviceOf('third', [], SURE)).to.include('safety-net-24').and.not.to.include('safety-net-term');
  });
  it('a scan may be offered in early pregnancy and with weeks unknown', () => {
    expect(adviceOf(13, [], SURE)).to.include('may-scan');
    expect(adviceOf(14, [], SURE)).not.to.include('may-scan');
    expect(adviceOf('first', [], SURE)).to.include('may-scan');
    expect(adviceOf('second', [], SURE)).not.to.include('may-scan');
    expect(adviceOf('unknown', [], SURE)).to.include('may-scan');
  });
  it('pregnancy-loss support up to 23 weeks, never on an emergency', () => {
    expect(adviceOf(23, [], SURE)).to.include('loss-support');
    expect(adviceOf(24, [], SURE)).not.to.include('loss-support');
    expect(adviceOf(8, [], { ...SURE, bleeding: 'heavy' })).not.to.include('loss-support');
  });
  it('trauma adds the private-disclosure advice', () => {
    expect(adviceOf(8, ['trauma'], SURE)).to.include('trauma-private');
    expect(adviceOf(8, [], SURE)).not.to.include('trauma-private');
  });
});

describe('causes by week, spotting with no other symptom (SPEC §4)', () => {
  const spotting = { bleeding: 'spotting', ectopicRisk: false } as const;
  const cases: [number, CauseId[]][] = [
    [2, ['cervical']],
    [3, ['implantation', 'cervical']],
    [5, ['threatened-miscarriage', 'implantation', 'cervical']],
    [6, ['threatened-miscarriage', 'cervical']],
    [11, ['threatened-miscarriage', 'cervical']],
    [12, ['threatened-miscarriage', 'cervical']],
    [13, ['threatened-miscarriage', 'cervical']],
    [14, ['threatened-miscarriage', 'cervical']],
    [19, ['threatened-miscarriage', 'cervical']],
    [20, ['threatened-miscarriage', 'low-lying-placenta', 'cervical']],
    [23, ['threatened-miscarriage', 'low-lying-placenta', 'cervical']],
    [24, ['low-lying-placenta', 'placental-abruption', 'cervical']],
    [27, ['low-lying-placenta', 'placental-abruption', 'cervical']],
    [28, ['placenta-praevia', 'placental-abruption', 'preterm-labour', 'cervical']],
    [36, ['placenta-praevia', 'placental-abruption', 'preterm-labour', 'cervical']],
    [37, ['placenta-praevia', 'placental-abruption', 'cervical', 'show']],
    [45, ['placenta-praevia', 'placental-abruption', 'cervical', 'show']],
  ];
  for (const [weeks, expected] of cases) {
    it(`week ${weeks}: ${expected.join(', ')}`, () => expect(causesOf(weeks, [], spotting)).to.deep.equal(expected));
  }

  it('contractions: preterm labour from 24 to 36 weeks, a show from 37', () => {
    expect(causesOf(23, ['contractions'], SURE)).not.to.include('preterm-labour');
    expect(causesOf(24, ['contractions'], SURE)).to.include('preterm-labour');
    expect(causesOf(36, ['contractions'], SURE)).to.include('preterm-labour').and.not.to.include('show');
    expect(causesOf(37, ['contractions'], SURE)).to.include('show').and.not.to.include('preterm-labour');
  });
  it('pre-eclampsia signs name pre-eclampsia from 20 weeks', () => {
    expect(causesOf(19, ['headache-vision'], SURE)).not.to.include('pre-eclampsia');
    expect(causesOf(20, ['headache-vision'], SURE)).to.include('pre-eclampsia');
  });
});

describe('trimester and "not sure" (SPEC §2)', () => {
  it('first trimester: urgent (weeks 12–13 are possible), the causes of every early week', () => {
    const result = triage(at('first', [], { bleeding: 'spotting', ectopicRisk: false }));
    expect(result.urgency).to.equal('urgent');
    expect(result.causes.map((c) => c.id)).to.deep.equal(['threatened-miscarriage', 'implantation', 'cervical']);
    expect(result.advice).to.include('rhesus').and.not.to.include('tell-low-placenta');
  });
  it('second trimester: takes week 24–27 advice, names 24–27 week causes, and trauma is an emergency', () => {
    const result = triage(at('second', [], SURE));
    expect(result.urgency).to.equal('urgent');
    expect(result.advice).to.include.members(['rhesus', 'safety-net-24', 'safety-net-movements', 'movements-24', 'may-stay', 'loss-support']);
    expect(result.causes.map((c) => c.id)).to.deep.equal(['threatened-miscarriage', 'placental-abruption', 'cervical']);
    expect(urgencyOf('second', ['trauma'], SURE)).to.equal('emergency');
  });
  it('third trimester: late causes, no pregnancy-loss signpost, waters are an emergency', () => {
    const result = triage(at('third', [], { ...SURE, bleeding: 'spotting' }));
    expect(result.causes.map((c) => c.id)).to.deep.equal(['placental-abruption', 'preterm-labour', 'cervical', 'show']);
    expect(result.advice).not.to.include('loss-support');
    expect(urgencyOf('third', ['fluid-leak'], SURE)).to.equal('emergency');
  });
  it('first trimester trauma stays urgent: 20 weeks is out of reach', () => {
    expect(urgencyOf('first', ['trauma'], SURE)).to.equal('urgent');
  });
  it('unknown weeks: never below urgent, every week-limited emergency applies', () => {
    expect(urgencyOf('unknown', [], SURE)).to.equal('urgent');
    expect(urgencyOf('unknown', ['trauma'], SURE)).to.equal('emergency');
    expect(urgencyOf('unknown', ['fluid-leak'], SURE)).to.equal('emergency');
    expect(adviceOf('unknown', [])).to.include.members(['rhesus', 'tell-low-placenta', 'safety-net-24', 'loss-support', 'may-scan', 'may-stay']);
  });
});
