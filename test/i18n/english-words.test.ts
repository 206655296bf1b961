// The English words clinical/SPEC.md v3 §9 changed, checked word for word: the rules decide which
// line shows, and these say what the line tells the person.
import { expect } from '@open-wc/testing';
import { en, type MessageKey, type Messages } from '../../src/i18n/en.js';
import { enDetails } from '../../src/i18n/en-details.js';
import { formatText } from '../../src/i18n/format.js';

const english: Messages = { ...en, ...enDetails };
const keys = Object.keys(english) as MessageKey[];
const BEING_SICK = /being sick|vomit/i;

describe('English words of SPEC v3 §9', () => {
  it('being sick on its own is one option only, "nausea"; with the pre-eclampsia signs it is part of theirs', () => {
    const symptomWords = keys.filter((key) => key.startsWith('symptom.') && BEING_SICK.test(english[key]));
    expect(symptomWords.sort()).to.deep.equal(['symptom.headache-vision.hint', 'symptom.nausea']);
    expect(english['symptom.nausea']).to.match(/^Feeling sick, being sick/);
    // SPEC §1: being sick "together with any of these" is headache-vision, never on its own.
    expect(english['symptom.headache-vision.hint']).to.match(/being sick with any of these/);
  });

  it('the baby-movements line sends to the maternity unit, not the emergency number, in both its forms', () => {
    for (const key of ['advice.safety-net-movements', 'advice.safety-net-movements.ifWeeks'] as const) {
      const line = formatText(english[key], { number: '999' });
      expect(line, key).to.match(/phone the maternity unit at once, not 999\.$/);
      expect(line, key).not.to.match(/call 999/i);
    }
    expect(formatText(english['advice.safety-net-movements.ifWeeks'], { number: '911' })).to.match(/^If you are 24 weeks pregnant or more and your baby moves less/);
  });

  it('the RhD line gives its 72-hour window, in both its forms, and names no drug', () => {
    for (const key of ['advice.rhesus', 'advice.rhesus.ifWeeks'] as const) {
      expect(english[key], key).to.match(/works best within 72 hours of the bleeding starting\.$/);
      expect(english[key], key).not.to.match(/anti-D|immunoglobulin/i);
    }
  });
});
