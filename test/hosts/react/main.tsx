// The README's React 19 recipe: the plain tag, attributes as props, an object as a property, and
// triage-complete through React 19's custom-element event props (on + event name).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'bleeding-triage/define';
import type {} from 'bleeding-triage/react';

function App() {
  const [urgency, setUrgency] = useState('no result yet');
  return (
    <main>
      <h1>React host</h1>
      <bleeding-triage
        region="GB"
        care-name="Ward 7"
        heading-level="2"
        appearance="light"
        translations={{ continue: 'Next' }}
        ontriage-complete={(event) => setUrgency(event.detail.result.urgency)}
      ></bleeding-triage>
      <p id="host-result">{urgency}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
