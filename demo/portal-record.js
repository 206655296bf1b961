// What the example portal knows about the person: a FHIR R4 gestational-age Observation from
// their record. Made up; no real person. Also written to docs/fhir/observation.example.json.
export const patient = { reference: 'Patient/example', display: 'Sam Example' };

export const gestationalAge = {
  resourceType: 'Observation',
  id: 'gestational-age-example',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '49051-6', display: 'Gestational age in weeks' }] },
  subject: patient,
  effectiveDateTime: '2025-06-02',
  valueQuantity: { value: 22, unit: 'wk', system: 'http://unitsofmeasure.org', code: 'wk' },
};
