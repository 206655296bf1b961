// Type test, checked by `npm run typecheck` (nothing runs): every resource bleeding-triage/fhir
// builds fits the R4 types of @medplum/fhirtypes, so src/fhir/types.ts is a faithful subset, and
// R4-typed resources a portal holds can be passed in.
import type * as R4 from '@medplum/fhirtypes';
import type { TriageResult } from '../../src/engine/types.js';
import {
  codeSystems,
  fromQuestionnaireResponse,
  questionnaire,
  toGuidanceResponse,
  toQuestionnaireResponse,
  weeksFromObservation,
  type GuidanceResponseOptions,
  type QuestionnaireResponseOptions,
} from '../../src/fhir/index.js';

declare const result: TriageResult;
declare const stored: R4.QuestionnaireResponse;
declare const observation: R4.Observation;
declare const patient: R4.Reference<R4.Patient>;

export const built: [R4.Questionnaire, R4.QuestionnaireResponse, R4.GuidanceResponse, R4.CodeSystem[]] = [
  questionnaire(),
  toQuestionnaireResponse({ bleeding: 'light', symptoms: [] }),
  toGuidanceResponse(result),
  codeSystems(),
];

export const readBack = [fromQuestionnaireResponse(stored), weeksFromObservation(observation)];

export const options: [QuestionnaireResponseOptions, GuidanceResponseOptions] = [
  { subject: patient, author: patient, authored: '2025-06-02' },
  { subject: patient, occurrenceDateTime: '2025-06-02T09:30:00Z' },
];
