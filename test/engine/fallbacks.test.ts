import { expect } from '@open-wc/testing';
import { EMERGENCY_PARTS, SYMPTOMS, adviceWithWeekCondition, fallbackResult, triage, unavailableResult, type TriageInput } from '../../src/engine/index.js';
import { at } from './inputs.js';

describe('the fallbacks (SPEC §3)', () => {
  describe('fallbackResult: the engine itself failed', () => {
    it('is an emergency when an answer is an emergency sign at a week the answers allow', () => {
      expect(fallbackResult(at(30, [], { bleeding: 'heavy' })).urgency).to.equal('emergency');
      expect(fallbackResult(at(8, ['very-unwell'])).urgency).to.equal('emergency');
      expect(fallbackResult(at(30, ['trauma'])).urgency).to.equal('emergency');
      expect(fallbackResult(at(8, ['trauma', 'mild-cramps'])).urgency).to.equal('emergency');
      expect(fallbackResult(at('second', ['fluid-leak'])).urgency, 'week 24 is possible').to.equal('emergency');
    });
    it('is urgent otherwise, naming no cause, with the urgent card of SPEC §5', () => {
      const result = fallbackResult(at(8, ['trauma']));
      expect(result.urgency, 'trauma at 8 weeks is not an emergency sign').to.equal('urgent');
      expect(result.causes).to.deep.equal([]);
      expect(result.advice).to.deep.equal(['call-now', 'if-closed', 'safety-net', 'call-anyway', 'what-to-tell', 'keep-pads']);
    });
    it('reads anything at every week, and never throws', () => {
      for (const junk of [null, undefined, 'x', { weeks: 'ten', symptoms: 'fever' }, { weeks: 99, symptoms: ['trauma'] }]) {
        expect(() => fallbackResult(junk as never)).not.to.throw();
      }
      expect(fallbackResult({ weeks: 99, symptoms: ['trauma'] } as never).urgency, 'an impossible week is read as any week').to.equal('emergency');
      expect(fallbackResult(null).urgency).to.equal('urgent');
    });
  });

  describe('unavailableResult: the rules could not load', () => {
    it('is an emergency for heavy bleeding or any symptom that is part of an emergency, at any week', () => {
      expect(unavailableResult({ bleeding: 'heavy', symptoms: [] }).urgency).to.equal('emergency');
      for (const symptom of EMERGENCY_PARTS) expect(unavailableResult({ bleeding: 'spotting', symptoms: [symptom] }).urgency, symptom).to.equal('emergency');
    });
    it('is urgent, with the safety net, for anything else', () => {
      for (const symptom of SYMPTOMS.filter((s) => !EMERGENCY_PARTS.includes(s))) {
        const result = unavailableResult({ weeks: 8, bleeding: 'light', symptoms: [symptom] });
        expect(result.urgency, symptom).to.equal('urgent');
        expect(result.advice).to.deep.equal(['call-now', 'if-closed', 'safety-net', 'call-anyway']);
        expect(result.causes).to.deep.equal([]);
      }
    });
    it('is never lower than the engine would decide, for any single-symptom input', () => {
      const rank = { prompt: 0, urgent: 1, emergency: 2 };
      for (const symptoms of [[], ...SYMPTOMS.map((s) => [s])] as TriageInput['symptoms'][]) {
        for (const weeks of [4, 10, 20, 30, 40]) {
          for (const bleeding of ['spotting', 'light', 'heavy'] as const) {
            const input = at(weeks, symptoms, { bleeding });
            expect(rank[unavailableResult(input).urgency], JSON.stringify(input)).to.be.at.least(rank[triage(input).urgency]);
          }
        }
      }
    });
    it('never throws', () => {
      expect(unavailableResult({ symptoms: 'x' } as never).urgency).to.equal('urgent');
      expect(unavailableResult(undefined).urgency).to.equal('urgent');
    });
  });
});

describe('adviceWithWeekCondition (SPEC §8)', () => {
  it('names the week-tied lines given only because the week is not pinned', () => {
    expect(adviceWithWeekCondition(triage(at(30)))).to.deep.equal([]);
    expect(adviceWithWeekCondition(triage(at('unknown', [], { lowLyingPlacenta: false })))).to.deep.equal([
      'safety-net-24',
      'safety-net-movements',
      'rhesus',
      'may-stay',
      'movements-24',
    ]);
    expect(adviceWithWeekCondition(triage(at('third', [], { lowLyingPlacenta: false }))), 'all of the third trimester is from 24 weeks').to.deep.equal(['safety-net-24']);
    expect(adviceWithWeekCondition(triage(at('first', [], { ectopicRisk: false })))).to.deep.equal(['rhesus']);
  });
});
