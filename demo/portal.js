// A patient portal in miniature: it reads the gestational age from the person's record, prefills
// the widget with it, and shows the FHIR resources it would store once the advice shows. It
// stores and sends nothing: the download is made here, in the browser, from memory.
import { toGuidanceResponse, toQuestionnaireResponse, weeksFromObservation } from '../dist/fhir.js';
import { gestationalAge, patient } from './portal-record.js';

const widget = document.querySelector('bleeding-triage');
const stored = document.querySelector('#stored');
const show = (selector, value) => (document.querySelector(selector).textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2));

show('#observation', gestationalAge);
try {
  const weeks = weeksFromObservation(gestationalAge);
  widget.weeks = weeks;
  show('#record-weeks', `Your record says ${weeks} weeks. The widget asks you to check it.`);
} catch (error) {
  // The person is asked for the weeks as usual.
  show('#record-weeks', `The portal could not read the weeks from the record: ${error.message}`);
}

/** What the portal would keep: the answers and the advice, together. */
let bundle;

widget.addEventListener('triage-complete', ({ detail }) => {
  const when = new Date().toISOString();
  const questionnaireResponse = toQuestionnaireResponse(detail.input, { subject: patient, authored: when, author: patient, source: patient });
  const guidanceResponse = toGuidanceResponse(detail.result, { subject: patient, occurrenceDateTime: when, rulesetFingerprint: detail.rulesetFingerprint });
  bundle = { resourceType: 'Bundle', type: 'collection', timestamp: when, entry: [{ resource: questionnaireResponse }, { resource: guidanceResponse }] };
  show('#questionnaire-response', questionnaireResponse);
  show('#guidance-response', guidanceResponse);
  stored.hidden = false;
});

document.querySelector('#download').addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'bleeding-triage-fhir.json' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
});

document.querySelector('#reopen').addEventListener('click', () => {
  // As a portal would, later (after "Start again", say): the element reads the stored answers back.
  widget.questionnaireResponse = bundle.entry[0].resource;
  widget.scrollIntoView();
});
