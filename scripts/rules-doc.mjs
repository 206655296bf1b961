// Writes RULES.md from the rule table the engine runs (dist/engine.js), so the document a
// clinician reviews can never drift from the code. Run by `npm run build` and `npm run rules`.
import { writeFileSync } from 'node:fs';
import { ADVICE, ANY_PAIN, CAUSES, RULES, RULESET_VERSION, SOURCES, SYMPTOMS } from '../dist/engine.js';

// Plain words for the engine's ids, from clinical/SPEC.md §1, §4 and §5.
const SYMPTOM_WORDS = {
  nausea: 'feeling or being sick, or a change in appetite',
  'mild-cramps': 'mild cramps or a slight ache low in the tummy',
  'one-sided-pain': 'pain on one side of the lower tummy',
  'severe-pain': 'severe or constant tummy pain, constant back pain, or a hard, tender bump',
  'shoulder-tip-pain': 'shoulder-tip pain',
  'dizziness-fainting': 'dizzy, faint or fainted; pale, clammy, heart racing, breathless, chest pain or confused',
  'clots-or-tissue': 'passing small clots or tissue',
  fever: 'a high temperature, chills, or bad-smelling discharge',
  contractions: 'regular tightenings or period-like pains that come and go',
  'fluid-leak': 'a gush or trickle of fluid (waters breaking)',
  'reduced-movements': 'the baby moving less than usual, or not at all',
  'headache-vision': 'a bad headache, vision problems, pain below the ribs, vomiting or sudden swelling',
  trauma: 'a fall, a blow to the tummy, a car accident, or someone hurt them',
  'after-sex': 'the bleeding started after sex',
  'pain-toilet': 'pain when peeing or pooing',
  'unwell-or-worried': 'feeling very unwell, or something else worries them',
};
// Short names for the rule table; section 6 gives each one's full meaning.
const SYMPTOM_NAMES = {
  nausea: 'nausea',
  'mild-cramps': 'mild cramps',
  'one-sided-pain': 'one-sided pain',
  'severe-pain': 'severe pain',
  'shoulder-tip-pain': 'shoulder-tip pain',
  'dizziness-fainting': 'dizziness or fainting',
  'clots-or-tissue': 'clots or tissue',
  fever: 'fever',
  contractions: 'contractions',
  'fluid-leak': 'waters breaking',
  'reduced-movements': 'fewer baby movements',
  'headache-vision': 'headache or vision problems',
  trauma: 'a fall, blow or injury',
  'after-sex': 'bleeding after sex',
  'pain-toilet': 'pain on the toilet',
  'unwell-or-worried': 'very unwell or worried',
};
const BLEEDING_WORDS = { spotting: 'spotting', light: 'light bleeding', heavy: 'heavy bleeding' };
const STAGE_WORDS = { early: 'early stage (0–13 weeks)', mid: 'mid stage (14–27 weeks)', late: 'late stage (28–45 weeks)', unknown: 'weeks not known' };
const ANSWER_WORDS = { yes: 'yes', no: 'no', 'not-sure': 'not sure' };
const CAUSE_WORDS = {
  implantation: 'implantation bleeding',
  'threatened-miscarriage': 'threatened miscarriage',
  miscarriage: 'miscarriage',
  ectopic: 'ectopic pregnancy',
  'low-lying-placenta': 'low-lying placenta',
  'placenta-praevia': 'placenta praevia',
  'placental-abruption': 'placental abruption',
  'preterm-labour': 'preterm labour',
  cervical: 'changes in the cervix',
  infection: 'infection',
  'pre-eclampsia': 'pre-eclampsia (associated condition)',
  show: 'a show (labour starting)',
};
const ADVICE_WORDS = {
  'call-emergency': 'call the emergency number now or go to the emergency department; call an ambulance, do not drive yourself',
  'call-now': 'phone the maternity unit, early pregnancy unit or doctor now; do not wait',
  'contact-within-24h': 'contact your midwife, doctor or early pregnancy unit within 24 hours; sooner if anything changes',
  'if-closed': 'if they are closed or you cannot get through: the urgent-care line (111 in the UK), or the maternity unit or emergency department',
  'attend-now': 'they are likely to ask you to come in straight away: get ready to go',
  'safety-net': 'call the emergency number if the bleeding gets heavier, the pain gets severe or constant, or you feel faint, breathless or very unwell',
  'safety-net-24': 'also call it if the baby moves less, or your waters break',
  'call-anyway': 'if you are worried, call anyway',
  'movements-24': 'after the bleeding has settled, call the maternity unit at once if the baby moves less than usual',
  'what-to-tell': 'what to tell or bring: weeks, RhD status, a low-lying placenta, the pads (or photos), your notes',
  'pads-not-tampons': 'use pads, not tampons or menstrual cups; note the amount, colour and clots, and keep the pads',
  'no-sex': 'no sex until the bleeding has stopped and a clinician says it is fine',
  rhesus: 'tell the team if you are RhD-negative (you may need an injection)',
  'tell-low-placenta': 'tell the team if a scan showed a low-lying placenta',
  'trauma-private': 'if someone hurt you, you can tell your midwife or doctor privately',
  'loss-support': 'a gentle signpost to pregnancy-loss support',
};

const list = (words, joiner = ' or ') =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')}${joiner}${words.at(-1)}`;

function weeksWords({ from, to }) {
  if (from !== undefined && to !== undefined) return `${from} to ${to} weeks`;
  if (from !== undefined) return `from ${from} weeks`;
  return `up to ${to} weeks`;
}

const isAnyPain = (symptoms) => symptoms.length === ANY_PAIN.length && ANY_PAIN.every((s) => symptoms.includes(s));
const symptomNames = (symptoms, joiner) => (isAnyPain(symptoms) ? 'any pain' : list(symptoms.map((s) => SYMPTOM_NAMES[s]), joiner));

function conditionWords(when) {
  const parts = [];
  if (when.bleeding) parts.push(list(when.bleeding.map((b) => BLEEDING_WORDS[b])));
  if (when.allOf) parts.push(symptomNames(when.allOf, ' and '));
  if (when.anyOf) parts.push(`${when.allOf ? 'with ' : ''}${symptomNames(when.anyOf)}`);
  if (when.noneOf) parts.push(isAnyPain(when.noneOf) ? 'no pain' : `none of ${symptomNames(when.noneOf)}`);
  if (when.weeks) parts.push(weeksWords(when.weeks));
  if (when.stages) parts.push(list(when.stages.map((s) => STAGE_WORDS[s])));
  if (when.lowLyingPlacenta) parts.push(`told of a low-lying placenta: ${list(when.lowLyingPlacenta.map((a) => ANSWER_WORDS[a]))}`);
  if (when.ectopicRisk) parts.push(`ectopic risk factors: ${list(when.ectopicRisk.map((a) => ANSWER_WORDS[a]))}`);
  if (when.outcome) parts.push(`the advice is ${list(when.outcome)}`);
  return parts.length ? parts.join('; ') : 'any bleeding in pregnancy';
}

const cell = (text) => String(text).replaceAll('|', '\\|');
const sourceLinks = (ids) => ids.map((id) => `[${id}](#${id.toLowerCase()})`).join(' ');

function table(rules, columns) {
  const head = `| Rule | When | ${columns.map((c) => c.title).join(' | ')} | Sources |`;
  const rule = `|---|---|${columns.map(() => '---|').join('')}---|`;
  const rows = rules.map(
    (r) => `| \`${r.id}\` | ${cell(conditionWords(r.when))} | ${columns.map((c) => cell(c.value(r) ?? '')).join(' | ')} | ${sourceLinks(r.sources)} |`,
  );
  return [head, rule, ...rows].join('\n');
}

const urgencyRules = RULES.filter((r) => !r.causes && !r.when.stages && !r.when.outcome);
const causeRules = RULES.filter((r) => (r.causes || r.when.stages) && !r.when.outcome);
const outcomeRules = RULES.filter((r) => r.when.outcome);
const urgencyColumn = { title: 'Urgency', value: (r) => r.urgency && `**${r.urgency}**` };
const adviceColumn = { title: 'Advice', value: (r) => r.advice?.map((a) => `\`${a}\``).join(', ') };
const causesColumn = { title: 'Causes', value: (r) => r.causes?.map((c) => CAUSE_WORDS[c]).join(', ') };

const doc = `# Triage rules — ruleset ${RULESET_VERSION}

<!-- Generated by scripts/rules-doc.mjs from src/engine/rules.ts. Do not edit by hand: run \`npm run rules\`. -->

The rules the \`<bleeding-triage>\` engine runs, in plain words, with the sources each rests on.
The clinical contract is \`clinical/SPEC.md\`; the facts and their sources are \`clinical/GUIDANCE.md\`.
This document is written from the same table the engine runs, so it cannot drift from the code.

**How to read it.**
- Urgency has three levels, \`prompt < urgent < emergency\`. The result takes the **highest** level of
  every rule that fires; no rule can lower another. There is no level below \`prompt\`.
- Week limits include both ends. An answer that does not pin the week is read at every week it
  could mean, and the most urgent reading wins: a trimester at its widest (first 0–13, second
  13–27, third 25–45 weeks), "not sure" at 0–45 weeks.
- "Not sure" about a low-lying placenta or ectopic risk factors is read as both yes and no for
  urgency and advice, wherever that question is asked (placenta from 14 weeks, ectopic risk up to
  13 weeks; both when the week is not known).
- "Any pain" is ${list(ANY_PAIN.map((s) => SYMPTOM_NAMES[s]))}.
- Causes follow the person's own stage: early 0–13, mid 14–27, late 28–45 weeks, or "weeks not
  known". Their urgency only orders them (most urgent evidence first); a reassuring cause
  (implantation, cervix, a show) is never listed first when another cause is listed.

## 1. Urgency and advice

${table(urgencyRules, [urgencyColumn, adviceColumn])}

## 2. Possible causes

${table(causeRules, [causesColumn, urgencyColumn])}

## 3. Once the urgency is decided

${table(outcomeRules, [adviceColumn, causesColumn])}

## 4. Advice, in the order it is given

| Advice | In plain words | Sources |
|---|---|---|
${ADVICE.map((a) => `| \`${a.id}\` | ${cell(ADVICE_WORDS[a.id])} | ${sourceLinks(a.sources)} |`).join('\n')}

## 5. Causes, in catalogue order

| Cause | Reassuring | Sources |
|---|---|---|
${CAUSES.map((c) => `| ${CAUSE_WORDS[c.id]} (\`${c.id}\`) | ${c.reassuring ? 'yes: never listed first' : ''} | ${sourceLinks(c.sources)} |`).join('\n')}

## 6. Symptoms the person can report

| Symptom | Id | What the person is asked |
|---|---|---|
${SYMPTOMS.map((s) => `| ${SYMPTOM_NAMES[s]} | \`${s}\` | ${SYMPTOM_WORDS[s]} |`).join('\n')}

## 7. Sources

${Object.entries(SOURCES)
  .map(([id, s]) => `- <a id="${id.toLowerCase()}"></a>**${id}** — ${s.title}. <${s.url}>`)
  .join('\n')}
`;

const missing = [...SYMPTOMS.filter((s) => !SYMPTOM_WORDS[s] || !SYMPTOM_NAMES[s]), ...CAUSES.filter((c) => !CAUSE_WORDS[c.id]).map((c) => c.id), ...ADVICE.filter((a) => !ADVICE_WORDS[a.id]).map((a) => a.id)];
if (missing.length) {
  console.error(`rules-doc: no plain words for ${missing.join(', ')}; add them to scripts/rules-doc.mjs`);
  process.exit(1);
}
writeFileSync(new URL('../RULES.md', import.meta.url), doc);
console.log(`rules-doc: wrote RULES.md (${RULES.length} rules, ruleset ${RULESET_VERSION})`);
