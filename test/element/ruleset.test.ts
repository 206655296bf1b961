import { expect, fixtureSync } from '@open-wc/testing';
import { RULESET_FINGERPRINT, RULESET_VERSION } from '../../src/engine/index.js';
import { TriageCompleteEvent, TriageRulesetMismatchEvent } from '../../src/index.js';
import { currentStep, headingText, html, mount, record, settle, walk, warningsDuring, type Widget } from './driver.js';

const OTHER = '0123456789abcdef';

/** Mounts a widget with `ruleset` set, listening on the document from before it renders. */
async function pinned(value: string): Promise<{ el: Widget; events: Event[]; warnings: string[] }> {
  const events = record(document, ['triage-ruleset-mismatch']);
  let el!: Widget;
  const warnings = await warningsDuring(async () => {
    el = fixtureSync<Widget>(html`<bleeding-triage region="GB" ruleset=${value}></bleeding-triage>`);
    await settle(el);
  });
  return { el, events, warnings };
}

describe('a pinnable ruleset (docs/safety)', () => {
  it('rulesetFingerprint is the engine\'s fingerprint, 16 hex digits, and read-only', async () => {
    const el = await mount();
    expect(el.rulesetFingerprint).to.equal(RULESET_FINGERPRINT);
    expect(el.rulesetFingerprint).to.match(/^[0-9a-f]{16}$/);
    expect(() => ((el as unknown as { rulesetFingerprint: string }).rulesetFingerprint = OTHER)).to.throw(TypeError);
    expect(el.rulesetFingerprint).to.equal(RULESET_FINGERPRINT);
  });

  it('triage-complete carries the fingerprint of the rules that gave the result', async () => {
    const el = await mount();
    const events = record(el, ['triage-complete']);
    await walk(el, { weeks: '30', bleeding: 'Light bleeding', symptoms: ['None of these'], yesNo: 'No' });
    expect(events).to.have.length(1);
    expect((events[0] as TriageCompleteEvent).detail.rulesetFingerprint).to.equal(RULESET_FINGERPRINT);
  });

  it('a pinned fingerprint that matches (in any case, with spaces) says nothing', async () => {
    for (const value of [RULESET_FINGERPRINT, ` ${RULESET_FINGERPRINT.toUpperCase()} `, '']) {
      const { events, warnings } = await pinned(value);
      expect(events, JSON.stringify(value)).to.deep.equal([]);
      expect(warnings, JSON.stringify(value)).to.deep.equal([]);
    }
  });

  it('a pinned fingerprint that differs warns, naming the attribute and both fingerprints, and tells the host', async () => {
    const { el, events, warnings } = await pinned(OTHER);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`ruleset="${OTHER}"`).and.to.contain(RULESET_FINGERPRINT).and.to.contain(RULESET_VERSION);
    expect(events).to.have.length(1);
    const [event] = events as TriageRulesetMismatchEvent[];
    expect(event).to.be.instanceOf(TriageRulesetMismatchEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.target).to.equal(el);
    expect(event.detail).to.deep.equal({ pinned: OTHER, actual: RULESET_FINGERPRINT, version: RULESET_VERSION });
  });

  it('the advice still shows when the fingerprint differs: a person may be bleeding now', async () => {
    const { el } = await pinned('not-a-fingerprint');
    expect(currentStep(el)).to.equal('weeks');
    await walk(el, { weeks: '30', bleeding: 'Heavy bleeding' });
    expect(currentStep(el)).to.equal('outcome');
    expect(headingText(el)).to.equal('Immediate action required: Call 999 now, or go to the emergency department');
  });

  it('checks again whenever the pinned fingerprint changes', async () => {
    const { el, events } = await pinned(RULESET_FINGERPRINT);
    const warnings = await warningsDuring(async () => {
      el.setAttribute('ruleset', OTHER);
      await settle(el);
      el.ruleset = RULESET_FINGERPRINT;
      await settle(el);
      el.setAttribute('ruleset', 'fedcba9876543210');
      await settle(el);
    });
    expect((events as TriageRulesetMismatchEvent[]).map((event) => event.detail.pinned)).to.deep.equal([OTHER, 'fedcba9876543210']);
    expect(warnings).to.have.length(2);
  });
});
