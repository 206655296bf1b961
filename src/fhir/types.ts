/**
 * The parts of FHIR R4 (4.0.1) this module reads and writes, typed after the specification.
 * Our own, so `bleeding-triage/fhir` needs no type package at run or build time; a type test
 * (test/fhir/r4-types.ts) holds every resource built here assignable to @medplum/fhirtypes' R4.
 */

export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  /** A literal reference, e.g. `Patient/123`. */
  reference?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Quantity {
  value?: number;
  comparator?: '<' | '<=' | '>=' | '>';
  unit?: string;
  system?: string;
  code?: string;
}

export interface Range {
  low?: Quantity;
  high?: Quantity;
}

export interface Extension {
  url: string;
  valueInteger?: number;
  valueCoding?: Coding;
  valueString?: string;
}

export interface Annotation {
  text: string;
}

/** How a question's enabling condition compares (R4 `questionnaire-enable-operator`). */
export type EnableWhenOperator = 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';

export interface QuestionnaireEnableWhen {
  question: string;
  operator: EnableWhenOperator;
  answerBoolean?: boolean;
  answerInteger?: number;
  answerCoding?: Coding;
}

export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity';

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  code?: Coding[];
  extension?: Extension[];
  enableWhen?: QuestionnaireEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  answerOption?: { valueCoding: Coding }[];
  item?: QuestionnaireItem[];
}

export type PublicationStatus = 'draft' | 'active' | 'retired' | 'unknown';

/** What every canonical resource of ours carries: its URL, version, names and status. */
export interface CanonicalResource {
  url: string;
  version: string;
  name: string;
  title: string;
  status: PublicationStatus;
  experimental?: boolean;
  description?: string;
}

export interface Questionnaire extends CanonicalResource {
  resourceType: 'Questionnaire';
  /** Who answers it: the pregnant person. */
  subjectType?: 'Patient'[];
  language?: string;
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueInteger?: number;
  valueCoding?: Coding;
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export type QuestionnaireResponseStatus = 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  language?: string;
  questionnaire: string;
  status: QuestionnaireResponseStatus;
  subject?: Reference;
  encounter?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  item?: QuestionnaireResponseItem[];
}

export interface CodeSystemConcept {
  code: string;
  display?: string;
  definition?: string;
}

export interface CodeSystem extends CanonicalResource {
  resourceType: 'CodeSystem';
  caseSensitive: boolean;
  content: 'complete';
  count: number;
  concept: CodeSystemConcept[];
}

/** One named value of a Parameters resource: a value, or parts (never both: R4 inv-1). */
export interface ParametersParameter {
  name: string;
  valueCoding?: Coding;
  valueString?: string;
  valueBoolean?: boolean;
  valueRange?: Range;
  part?: ParametersParameter[];
}

export interface Parameters {
  resourceType: 'Parameters';
  id?: string;
  parameter: ParametersParameter[];
}

export type GuidanceResponseStatus = 'success' | 'data-requested' | 'data-required' | 'in-progress' | 'failure' | 'entered-in-error';

export interface GuidanceResponse {
  resourceType: 'GuidanceResponse';
  id?: string;
  contained?: Parameters[];
  requestIdentifier?: Identifier;
  moduleUri: string;
  status: GuidanceResponseStatus;
  subject?: Reference;
  encounter?: Reference;
  occurrenceDateTime?: string;
  reasonCode?: CodeableConcept[];
  note?: Annotation[];
  outputParameters?: Reference;
}

/** The parts of an Observation that say a gestational age (read, never written). */
export interface Observation {
  resourceType: 'Observation';
  status: string;
  code: CodeableConcept;
  valueQuantity?: Quantity;
  component?: { code: CodeableConcept; valueQuantity?: Quantity }[];
}
