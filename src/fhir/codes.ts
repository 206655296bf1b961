import type { Answer, Bleeding, Symptom, Trimester } from '../engine/types.js';
import { en } from '../i18n/en.js';
import type { Coding } from './types.js';

/**
 * Where this project's FHIR artefacts live. A placeholder (`.example` is reserved, RFC 2606)
 * until the project has a published home: every canonical URL below hangs off it.
 */
export const FHIR_BASE = 'https://bleeding-triage.example/fhir';

/** The project's own code systems: each holds one vocabulary's ids, exactly as the engine spells them. */
export const CODE_SYSTEM = {
  bleeding: `${FHIR_BASE}/CodeSystem/bleeding`,
  symptom: `${FHIR_BASE}/CodeSystem/symptom`,
  trimester: `${FHIR_BASE}/CodeSystem/trimester`,
  answer: `${FHIR_BASE}/CodeSystem/answer`,
  urgency: `${FHIR_BASE}/CodeSystem/urgency`,
  stage: `${FHIR_BASE}/CodeSystem/stage`,
  advice: `${FHIR_BASE}/CodeSystem/advice`,
  cause: `${FHIR_BASE}/CodeSystem/cause`,
  rule: `${FHIR_BASE}/CodeSystem/rule`,
  source: `${FHIR_BASE}/CodeSystem/source`,
} as const;

export type CodeSystemName = keyof typeof CODE_SYSTEM;

export const LOINC = 'http://loinc.org';
export const SNOMED_CT = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';

/**
 * The only external codes used, each checked by hand against its code system (issue 14): no
 * other SNOMED CT or LOINC code is guessed. SNOMED CT's are findings the question asks about.
 */
export const VERIFIED = {
  gestationalAgeWeeks: { system: LOINC, code: '49051-6', display: 'Gestational age in weeks' },
  bleedingFromVagina: { system: SNOMED_CT, code: '289530006', display: 'Bleeding from vagina' },
  abdominalPain: { system: SNOMED_CT, code: '21522001', display: 'Abdominal pain' },
  fever: { system: SNOMED_CT, code: '386661006', display: 'Fever' },
  dizziness: { system: SNOMED_CT, code: '404640003', display: 'Dizziness' },
  syncope: { system: SNOMED_CT, code: '271594007', display: 'Syncope' },
} as const satisfies Record<string, Coding>;

/** The external codes each symptom's question carries beside its own id (a broader finding at most). */
export const SYMPTOM_CODES: Partial<Record<Symptom, Coding[]>> = {
  'mild-cramps': [VERIFIED.abdominalPain],
  'one-sided-pain': [VERIFIED.abdominalPain],
  'severe-pain': [VERIFIED.abdominalPain],
  'dizziness-fainting': [VERIFIED.dizziness, VERIFIED.syncope],
  fever: [VERIFIED.fever],
};

/** After "not sure how many weeks", the person may also not know the trimester. */
export type TrimesterAnswer = Trimester | 'unknown';

const ANSWER_KEYS: Record<Answer, keyof typeof en> = { yes: 'answer.yes', no: 'answer.no', 'not-sure': 'answer.notSure' };

/** The English words the element shows for each answer: they are the codes' displays. */
export const ANSWER_DISPLAY = {
  bleeding: (code: Bleeding) => en[`bleeding.${code}`],
  symptom: (code: Symptom) => en[`symptom.${code}`],
  trimester: (code: TrimesterAnswer) => en[`trimester.${code}`],
  answer: (code: Answer) => en[ANSWER_KEYS[code]],
} as const;

/** What an answer means, where the element says more than its label (its hint). */
export const ANSWER_DEFINITION = {
  bleeding: (code: Bleeding): string | undefined => en[`bleeding.${code}.hint`],
  symptom: (code: Symptom): string | undefined => (en as Partial<Record<string, string>>)[`symptom.${code}.hint`],
} as const;

/** One of our own codes, with its English display when it has one. */
export function ownCoding(system: CodeSystemName, code: string, display?: string): Coding {
  return display === undefined ? { system: CODE_SYSTEM[system], code } : { system: CODE_SYSTEM[system], code, display };
}

/** Whether a coding is this code of ours (the display may differ: only system and code count). */
export const isOwnCode = (coding: Coding | undefined, system: CodeSystemName, code: string) =>
  coding?.system === CODE_SYSTEM[system] && coding.code === code;
