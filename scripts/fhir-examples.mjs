// Writes docs/fhir/ from the built entry (dist/fhir.js): the Questionnaire, the CodeSystems,
// the demo portal's gestational-age Observation, and one worked example of the two resources a
// portal stores. The build runs it (they carry the ruleset fingerprint, so every change of words
// changes them); test/fhir/ fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { triage } from '../dist/engine.js';
import { codeSystems, questionnaire, toGuidanceResponse, toQuestionnaireResponse } from '../dist/fhir.js';
import { gestationalAge, patient } from '../demo/portal-record.js';

export const EXAMPLES_DIR = new URL('../docs/fhir/', import.meta.url);

/**
 * 9 weeks, light bleeding with mild cramps, not sure about the ectopic risks: the response keeps
 * the "not sure", and the advice says which rule read it as yes.
 */
export const EXAMPLE_INPUT = { weeks: 9, bleeding: 'light', symptoms: ['mild-cramps'] };
const WHEN = '2025-06-02T09:30:00+01:00';

/** Every example file, by name, as the JSON it holds. */
export function examples() {
  return {
    'questionnaire.json': questionnaire(),
    'code-systems.json': { resourceType: 'Bundle', type: 'collection', entry: codeSystems().map((resource) => ({ fullUrl: resource.url, resource })) },
    'observation.example.json': gestationalAge,
    'questionnaire-response.example.json': toQuestionnaireResponse(EXAMPLE_INPUT, { id: 'example', subject: patient, authored: WHEN, author: patient, source: patient }),
    'guidance-response.example.json': toGuidanceResponse(triage(EXAMPLE_INPUT), { id: 'example', subject: patient, occurrenceDateTime: WHEN }),
  };
}

export const asFile = (resource) => `${JSON.stringify(resource, null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(EXAMPLES_DIR, { recursive: true });
  for (const [name, resource] of Object.entries(examples())) writeFileSync(new URL(name, EXAMPLES_DIR), asFile(resource));
  console.log(`fhir-examples: wrote ${Object.keys(examples()).length} files in docs/fhir/`);
}
