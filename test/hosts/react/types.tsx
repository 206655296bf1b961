// More of what a React or plain TypeScript app gets from the package's types (checked with main.tsx).
import 'bleeding-triage/define';
import type {} from 'bleeding-triage/react';
import type { TriageCompleteEvent } from 'bleeding-triage';

export const restored = (
  <bleeding-triage
    heading-level={3}
    appearance="dark"
    answers={{ weeks: 30, bleeding: 'light', symptoms: [] }}
    ontriage-complete={(event) => event.detail.result.urgency satisfies 'emergency' | 'urgent' | 'prompt'}
  />
);

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
