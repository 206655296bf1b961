// Are the peers honest? Each peer page computes the urgency in its own expression language
// (SurveyJS expressions; FHIRPath in LHC-Forms). This walks many answer paths through the
// questionnaire, as a person would answer them in <bleeding-triage> (including its early exit
// on an emergency answer and "not sure" answers), and compares each peer's urgency with the
// engine's `triage()` on the same answers. The peers' definitions are the very files their
// pages load; the expressions run in each library's own evaluator (survey-core's, and the
// `fhirpath` package that LHC-Forms's FHIR support is built on).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const PAGES = new URL('../pages/', import.meta.url);

function definition(file, name) {
  const context = {};
  vm.createContext(context);
  vm.runInContext(readFileSync(new URL(file, PAGES), 'utf8'), context, { filename: file });
  // Through JSON: the model then has this realm's prototypes.
  return JSON.parse(JSON.stringify(context[name]));
}

/** Every answer to the first question: each week, or "not sure" and each trimester or "I don't know". */
const DATINGS = [
  ...Array.from({ length: 46 }, (_, weeks) => ({ weeks })),
  ...['first', 'second', 'third', 'unknown'].map((trimester) => ({ unsure: true, trimester })),
];
const engineDatingOf = (dating) => (dating.unsure ? (dating.trimester === 'unknown' ? {} : { trimester: dating.trimester }) : { weeks: dating.weeks });

/** Every answer path worth checking: each dating × bleeding × symptom set × follow-up answers. */
function* paths(engine) {
  for (const dating of DATINGS) {
    const engineDating = engineDatingOf(dating);
    const plan = engine.questionsFor(engineDating);
    const offered = plan.symptoms;
    const sets = [[], ...offered.map((s) => [s])];
    for (let i = 0; i < offered.length; i++) for (let j = i + 1; j < offered.length; j++) sets.push([offered[i], offered[j]]);
    const followUps = [{}];
    for (const [question, field] of [
      ['ectopicRisk', 'ectopicRisk'],
      ['lowLyingPlacenta', 'lowLyingPlacenta'],
    ]) {
      if (!plan.questions.includes(question)) continue;
      const next = [];
      for (const answers of followUps) for (const answer of ['yes', 'no', 'unsure']) next.push({ ...answers, [field]: answer });
      followUps.splice(0, followUps.length, ...next);
    }
    for (const bleeding of ['spotting', 'light', 'heavy']) {
      for (const symptoms of sets) {
        for (const followUp of followUps) yield { dating, engineDating, plan, bleeding, symptoms, ...followUp };
      }
    }
  }
}

/** What <bleeding-triage> would show for a path, and which answers the person actually gave. */
function expected(engine, path) {
  const input = { ...path.engineDating, bleeding: path.bleeding, symptoms: [] };
  if (engine.triage(input).urgency === 'emergency') return { urgency: 'emergency', asked: { symptoms: false, followUps: false } };
  input.symptoms = path.symptoms;
  if (engine.triage(input).urgency === 'emergency') return { urgency: 'emergency', asked: { symptoms: true, followUps: false } };
  const bool = { yes: true, no: false };
  if (path.ectopicRisk && path.ectopicRisk in bool) input.ectopicRisk = bool[path.ectopicRisk];
  if (path.lowLyingPlacenta && path.lowLyingPlacenta in bool) input.lowLyingPlacenta = bool[path.lowLyingPlacenta];
  return { urgency: engine.triage(input).urgency, asked: { symptoms: true, followUps: true } };
}

const surveyJsDating = (dating) => (dating.unsure ? { weeksUnsure: ['unsure'], trimester: dating.trimester } : { weeks: dating.weeks });

function surveyJsChecker() {
  const { Model } = require('survey-core');
  const survey = new Model(definition('surveyjs-form.js', 'triageSurveyJson'));
  return (path, asked) => {
    const data = surveyJsDating(path.dating);
    data.bleeding = path.bleeding;
    if (asked.symptoms) data.symptoms = path.symptoms.length ? [...path.symptoms] : ['none'];
    if (asked.followUps) {
      if (path.ectopicRisk) data.ectopicRisk = path.ectopicRisk;
      if (path.lowLyingPlacenta) data.lowLyingPlacenta = path.lowLyingPlacenta;
    }
    survey.data = data;
    return survey.getVariable('urgency');
  };
}

function lformsChecker() {
  const fhirpath = require('fhirpath');
  const model = require('fhirpath/fhir-context/r4');
  const questionnaire = definition('lforms-questionnaire.js', 'triageQuestionnaire');
  const variables = questionnaire.extension
    .filter((e) => e.url.endsWith('/variable'))
    .map((e) => ({ name: e.valueExpression.name, run: fhirpath.compile(e.valueExpression.expression, model) }));
  const urgencyItem = questionnaire.item.find((i) => i.linkId === 'urgency');
  const urgency = fhirpath.compile(urgencyItem.extension.find((e) => e.url.endsWith('calculatedExpression')).valueExpression.expression, model);
  const coding = (code) => ({ valueCoding: { code } });
  return (path, asked) => {
    const item = [];
    const add = (linkId, answer) => item.push({ linkId, answer });
    if (path.dating.unsure) {
      add('weeks-unsure', [{ valueBoolean: true }]);
      add('trimester', [coding(path.dating.trimester)]);
    } else add('weeks', [{ valueInteger: path.dating.weeks }]);
    add('bleeding', [coding(path.bleeding)]);
    if (asked.symptoms) add('symptoms', (path.symptoms.length ? path.symptoms : ['none']).map(coding));
    if (asked.followUps) {
      if (path.ectopicRisk) add('ectopic-risk', [coding(path.ectopicRisk)]);
      if (path.lowLyingPlacenta) add('placenta', [coding(path.lowLyingPlacenta)]);
    }
    const resource = { resourceType: 'QuestionnaireResponse', status: 'in-progress', item };
    const env = { resource };
    for (const v of variables) env[v.name] = v.run(resource, env);
    const [result] = urgency(resource, env);
    return result;
  };
}

/** A small seeded generator (mulberry32), so a sample is the same on every run. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs the paths (all of them, or a fixed sample: `share` 0.2 checks the same fifth every time);
 * returns counts and the first few disagreements.
 */
export async function logicCheck(engineUrl, { share = 1 } = {}) {
  const engine = await import(engineUrl);
  const checkers = { surveyjs: surveyJsChecker(), lforms: lformsChecker() };
  const result = { share, paths: 0, checked: 0, byUrgency: { emergency: 0, urgent: 0, prompt: 0 }, peers: {} };
  for (const name of Object.keys(checkers)) result.peers[name] = { agree: 0, disagree: 0, examples: [] };
  const random = seeded(20251124);
  const started = performance.now();
  for (const path of paths(engine)) {
    result.paths++;
    if (share < 1 && random() >= share) continue;
    const want = expected(engine, path);
    result.checked++;
    result.byUrgency[want.urgency]++;
    for (const [name, check] of Object.entries(checkers)) {
      const got = check(path, want.asked);
      const peer = result.peers[name];
      if (got === want.urgency) peer.agree++;
      else {
        peer.disagree++;
        if (peer.examples.length < 5) {
          const { plan, engineDating, ...answers } = path;
          peer.examples.push({ answers, engine: want.urgency, peer: got ?? null });
        }
      }
    }
  }
  result.ms = Math.round(performance.now() - started);
  result.symptomsMatchEngine = { surveyjs: surveyJsOffersAsEngine(engine), lforms: lformsOffersAsEngine(engine) };
  return result;
}

const sameSymptoms = (mine, engines) => mine.length === engines.length && mine.every((s, i) => s === engines[i]);

/** SurveyJS offers, at every dating, the symptoms `questionsFor()` offers, in its order. */
function surveyJsOffersAsEngine(engine) {
  const { Model } = require('survey-core');
  const survey = new Model(definition('surveyjs-form.js', 'triageSurveyJson'));
  const question = survey.getQuestionByName('symptoms');
  return DATINGS.every((dating) => {
    survey.data = surveyJsDating(dating);
    const offered = question.visibleChoices.map((choice) => choice.value).filter((value) => value !== 'none');
    return sameSymptoms(offered, engine.questionsFor(engineDatingOf(dating)).symptoms);
  });
}

/** LHC-Forms offers every symptom at every dating (it cannot hide options): `questionsFor()`'s order with none known. */
function lformsOffersAsEngine(engine) {
  const options = definition('lforms-questionnaire.js', 'triageQuestionnaire').item.find((i) => i.linkId === 'symptoms').answerOption;
  const offered = options.map((option) => option.valueCoding.code).filter((code) => code !== 'none');
  return sameSymptoms(offered, engine.questionsFor({}).symptoms) && sameSymptoms([...offered].sort(), [...engine.SYMPTOMS].sort());
}
