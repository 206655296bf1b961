// The Questionnaire asks what the element asks (SPEC §6), with codes that are ours or verified.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { EMERGENCY_SIGNS, questionsFor, RULESET_VERSION, triage } from '../../dist/engine.js';
import { checkResponse, CODE_SYSTEM, codeSystems, FHIR_BASE, QUESTIONNAIRE_URL, questionnaire, toGuidanceResponse } from '../../dist/fhir.js';

const q = questionnaire();
const item = (linkId, items = q.item) => items.find((candidate) => candidate.linkId === linkId);
const everyItem = (items) => items.flatMap((entry) => [entry, ...everyItem(entry.item ?? [])]);
const symptomItems = () => everyItem(item('symptoms').item).filter((candidate) => candidate.type === 'boolean');
/** A response item ticking one symptom, where the Questionnaire puts it. */
const ticking = (symptom) => {
  const box = { linkId: `symptoms.${symptom}`, answer: [{ valueBoolean: true }] };
  return { linkId: 'symptoms', item: [EMERGENCY_SIGNS.includes(symptom) ? { linkId: 'symptoms.emergency-signs', item: [box] } : box] };
};

/** The codes issue 14 lists as checked by hand: the only external codes allowed anywhere. */
const ISSUE_CODES = new Set([
  'http://snomed.info/sct|289530006',
  'http://loinc.org|49051-6',
  'http://snomed.info/sct|21522001',
  'http://snomed.info/sct|386661006',
  'http://snomed.info/sct|404640003',
  'http://snomed.info/sct|271594007',
]);

function everyCoding(value, found = []) {
  if (Array.isArray(value)) value.forEach((entry) => everyCoding(entry, found));
  else if (value && typeof value === 'object') {
    if (typeof value.system === 'string' && typeof value.code === 'string') found.push(value);
    Object.values(value).forEach((entry) => everyCoding(entry, found));
  }
  return found;
}

describe('the Questionnaire', () => {
  test('has a canonical URL under the placeholder base, versioned with the ruleset', () => {
    assert.equal(FHIR_BASE, 'https://bleeding-triage.example/fhir');
    assert.equal(q.url, QUESTIONNAIRE_URL);
    assert.ok(q.url.startsWith(`${FHIR_BASE}/Questionnaire/`));
    assert.equal(q.version, RULESET_VERSION);
    for (const system of codeSystems()) assert.equal(system.version, RULESET_VERSION);
  });

  test('asks in the element\'s order and words: weeks, trimester, bleeding, symptoms, ectopic risk, placenta', () => {
    assert.deepEqual(q.item.map((entry) => entry.linkId), ['weeks', 'trimester', 'bleeding', 'symptoms', 'ectopicRisk', 'lowLyingPlacenta']);
    assert.equal(item('weeks').text, 'How many weeks pregnant are you?');
    assert.equal(item('lowLyingPlacenta').text, 'Has a scan shown a low-lying placenta (placenta praevia)?');
    assert.deepEqual(item('bleeding').answerOption.map((option) => option.valueCoding.display), ['Spotting', 'Light bleeding', 'Heavy bleeding']);
    assert.deepEqual(item('trimester').answerOption.map((option) => option.valueCoding.code), ['first', 'second', 'third', 'unknown']);
  });

  test('offers the emergency signs first, in a group of their own as the element boxes them, then the rest in catalogue order', () => {
    const offered = symptomItems().map((entry) => entry.linkId.replace('symptoms.', ''));
    assert.deepEqual(offered, questionsFor({}).symptoms);
    const signs = item('symptoms.emergency-signs', item('symptoms').item);
    assert.equal(signs.text, 'Emergency signs');
    assert.deepEqual(signs.item.map((entry) => entry.linkId.replace('symptoms.', '')), [...EMERGENCY_SIGNS]);
  });

  test('requires the bleeding, and the trimester only when there are no weeks', () => {
    assert.deepEqual(q.item.filter((entry) => entry.required).map((entry) => entry.linkId), ['trimester', 'bleeding']);
    assert.deepEqual(item('trimester').enableWhen, [{ question: 'weeks', operator: 'exists', answerBoolean: false }]);
  });

  test('every linkId is unique', () => {
    const ids = [];
    const visit = (items) => items.forEach((entry) => (ids.push(entry.linkId), visit(entry.item ?? [])));
    visit(q.item);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('keeps weeks to 0–45 whole weeks, coded as LOINC 49051-6 in UCUM weeks', () => {
    const weeks = item('weeks');
    assert.equal(weeks.type, 'integer');
    assert.deepEqual(weeks.code, [{ system: 'http://loinc.org', code: '49051-6', display: 'Gestational age in weeks' }]);
    assert.deepEqual(weeks.extension.map((extension) => extension.valueInteger ?? extension.valueCoding.code), [0, 45, 'wk']);
  });
});

describe('enableWhen asks exactly what questionsFor asks, at every week and trimester', () => {
  const datings = [...Array.from({ length: 46 }, (_, weeks) => ({ weeks })), { trimester: 'first' }, { trimester: 'second' }, { trimester: 'third' }, {}];
  const datingItem = (dating) =>
    dating.weeks !== undefined
      ? { linkId: 'weeks', answer: [{ valueInteger: dating.weeks }] }
      : { linkId: 'trimester', answer: [{ valueCoding: { system: CODE_SYSTEM.trimester, code: dating.trimester ?? 'unknown' } }] };
  const bleeding = { linkId: 'bleeding', answer: [{ valueCoding: { system: CODE_SYSTEM.bleeding, code: 'light' } }] };
  const response = (items) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: QUESTIONNAIRE_URL, item: items });
  /** Whether checkResponse accepts an answer to this item at this dating, i.e. whether its enableWhen holds. */
  const accepts = (dating, extra) => checkResponse(response([datingItem(dating), bleeding, extra])).length === 0;

  for (const dating of datings) {
    test(JSON.stringify(dating), () => {
      const plan = questionsFor(dating);
      for (const symptom of questionsFor({}).symptoms) {
        assert.equal(accepts(dating, ticking(symptom)), plan.symptoms.includes(symptom), symptom);
      }
      for (const question of ['ectopicRisk', 'lowLyingPlacenta']) {
        const answered = { linkId: question, answer: [{ valueCoding: { system: CODE_SYSTEM.answer, code: 'no' } }] };
        assert.equal(accepts(dating, answered), plan.questions.includes(question), question);
      }
    });
  }
});

describe('codes', () => {
  const resources = () => [q, ...codeSystems(), toGuidanceResponse(triage({ weeks: 9, bleeding: 'light', symptoms: ['one-sided-pain', 'dizziness-fainting', 'fever'] }))];

  test('every external code is one issue 14 verified, with no other SNOMED CT or LOINC code anywhere', () => {
    const external = everyCoding(resources()).filter((coding) => !coding.system.startsWith(FHIR_BASE));
    const used = new Set(external.filter((coding) => coding.system !== 'http://unitsofmeasure.org').map((coding) => `${coding.system}|${coding.code}`));
    assert.deepEqual([...used].filter((code) => !ISSUE_CODES.has(code)), []);
    assert.deepEqual([...ISSUE_CODES].filter((code) => !used.has(code)), [], 'each verified code is used');
    assert.deepEqual([...new Set(external.filter((coding) => coding.system === 'http://unitsofmeasure.org').map((coding) => coding.code))], ['wk']);
  });

  test('each symptom question carries its own id, and the verified finding where there is one', () => {
    const codes = Object.fromEntries(symptomItems().map((entry) => [entry.linkId, entry.code.map((coding) => coding.code)]));
    assert.deepEqual(codes['symptoms.fever'], ['fever', '386661006']);
    assert.deepEqual(codes['symptoms.dizziness-fainting'], ['dizziness-fainting', '404640003', '271594007']);
    assert.deepEqual(codes['symptoms.severe-pain'], ['severe-pain', '21522001']);
    assert.deepEqual(codes['symptoms.worried'], ['worried']);
    for (const entry of symptomItems()) assert.equal(entry.code[0].system, CODE_SYSTEM.symptom);
  });

  test('every code of ours is in its CodeSystem, and no CodeSystem repeats a code', () => {
    const systems = new Map(codeSystems().map((system) => [system.url, system]));
    for (const system of systems.values()) {
      const codes = system.concept.map((concept) => concept.code);
      assert.equal(new Set(codes).size, codes.length, system.url);
      assert.equal(system.count, codes.length);
    }
    for (const coding of everyCoding(resources()).filter((candidate) => candidate.system.startsWith(FHIR_BASE))) {
      assert.ok(systems.get(coding.system)?.concept.some((concept) => concept.code === coding.code), `${coding.system}|${coding.code}`);
    }
  });
});

describe('dist/fhir.js', () => {
  const source = readFileSync(new URL('../../dist/fhir.js', import.meta.url), 'utf8');

  /** Each place the pattern occurs, with a little context, for a readable failure. */
  const occurrences = (pattern) => [...source.matchAll(pattern)].map((match) => source.slice(match.index - 30, match.index + 30));

  test('is one self-contained file: it imports nothing, so neither Lit nor the element', () => {
    // Minified module syntax: `import{…}from"…"`, `import"…"`, `import(…)`, `export…from"…"`.
    assert.deepEqual(occurrences(/(?<![\w."'])import\s*[{(*"']|\}\s*from\s*["']/g), []);
    assert.deepEqual(occurrences(/customElements|LitElement|lit-html/g), []);
  });

  test('reaches for no network, storage or clock', () => {
    assert.deepEqual(occurrences(/\bfetch\(|XMLHttpRequest|localStorage|sessionStorage|document\.cookie|Date\.now|new Date/g), []);
  });
});

describe('the drop-in\'s files', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const read = (path) => readFileSync(new URL(path, dist), 'utf8');
  const loads = (source) => [...source.matchAll(/import\("\.\/(chunks\/[^"]+)"\)/g)].map((match) => match[1]);
  const imports = (source) => [...new Set([...source.matchAll(/from"([^"]+)"/g)].map((match) => match[1]))];
  const dropIn = read('bleeding-triage.js');

  test('the FHIR reader is a file of its own, loaded only on demand, that needs nothing but the drop-in', () => {
    const readers = loads(dropIn).filter((path) => path.startsWith('chunks/fhir-restore-'));
    assert.equal(readers.length, 1);
    assert.deepEqual(imports(read(readers[0])), ['../bleeding-triage.js']);
    assert.deepEqual(imports(dropIn), [], 'the drop-in imports nothing up front');
  });

  test('the rules still load as one file: the reader shares nothing with them', () => {
    const [engine] = loads(dropIn).filter((path) => path.startsWith('chunks/engine-'));
    assert.deepEqual(imports(read(engine)), ['../bleeding-triage.js']);
  });
});
