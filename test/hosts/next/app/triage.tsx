'use client';
// The README's Next.js recipe: the bleeding-triage/react wrapper in a client component, so the
// properties and the listener are set on the element after hydration.
import { useState } from 'react';
import { BleedingTriage } from 'bleeding-triage/react';

export function Triage() {
  const [urgency, setUrgency] = useState('no result yet');
  return (
    <>
      <BleedingTriage
        region="GB"
        careName="Ward 7"
        appearance="light"
        translations={{ continue: 'Next' }}
        onTriageComplete={(event) => setUrgency(event.detail.result.urgency)}
      />
      <p id="host-result">{urgency}</p>
    </>
  );
}
