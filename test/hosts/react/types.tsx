// Type checks for hosts (run by `tsc -p test/hosts`): what a React or plain TypeScript app gets.
import type {} from '../../../src/react.js';
import '../../../src/define.js';
import type { TriageCompleteEvent } from '../../../src/index.js';

export const app = (
  <bleeding-triage
    region="GB"
    care-name="Ward 7"
    heading-level={3}
    appearance="dark"
    answers={{ weeks: 30, bleeding: 'light', symptoms: [] }}
    translations={{ continue: 'Next' }}
    ontriage-complete={(event) => event.detail.result.urgency satisfies 'emergency' | 'urgent' | 'prompt'}
  />
);

// @ts-expect-error: appearance is light, dark or auto.
export const wrongAppearance = <bleeding-triage appearance="blue" />;

// @ts-expect-error: symptoms must be known symptoms.
export const wrongAnswers = <bleeding-triage answers={{ bleeding: 'light', symptoms: ['headache'] }} />;

// The tag and its events are typed in the DOM too.
const element = document.createElement('bleeding-triage');
element.addEventListener('triage-complete', (event) => {
  const complete: TriageCompleteEvent = event;
  void complete.detail.input.bleeding;
});
element.addEventListener('triage-action', (event) => void event.detail.action);
// @ts-expect-error: outcome is read-only.
element.outcome = 'prompt';
