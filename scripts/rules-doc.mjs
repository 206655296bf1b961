// Writes RULES.md from the rule table the engine runs (dist/engine.js), so the document a
// clinician reviews can never drift from the code. Run by `npm run build` and `npm run rules`.
import { writeFileSync } from 'node:fs';
import { ADVICE, ANY_PAIN, CAUSES, EMERGENCY_SIGNS, RULES, RULESET_FINGERPRINT, RULESET_VERSION, SOURCES, SYMPTOMS } from '../dist/engine.js';

// Plain words for the engine's ids, from clinical/SPEC.md §1, §4 and §5.
const SYMPTOM_WORDS = {
  nausea: 'feeling or being sick, or a change in appetite',
  'mild-cramps': 'mild cramps or a slight ache low in the tummy',
  'one-sided-pain': 'pain on one side of the lower tummy',
  'severe-pain': 'severe or constant tummy pain, constant back pain, or a hard, tender bump',
  'shoulder-tip-pain': 'shoulder-tip pain',
  'dizziness-fainting': 'faint, very dizzy or fainted; very pale, cold or clammy, heart racing, breathless, chest pain or confused',
  'clots-or-tissue': 'passing small clots or tissue',
  fever: 'a high temperature, chills, or bad-smelling discharge',
  contractions: 'regular tightenings or period-like pains that come and go',
  'fluid-leak': 'a gush or trickle of fluid (waters breaking)',
  'reduced-movements': 'the baby moving less than usual, or not at all',
  'headache-vision': 'a bad headache or vision problems; or pain below the ribs, being sick with any of these, or sudden swelling',
  trauma: 'a fall, a blow to the tummy, a car accident, or someone hurt them',
  'after-sex': 'the bleeding started after sex',
  'pain-toilet': 'pain when peeing or pooing',
  'very-unwell': 'feeling very unwell, or that something is seriously wrong',
  worried: 'something else about this worries them',
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
  'very-unwell': 'very unwell',
  worried: 'worried about something else',
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
  'vasa-praevia': 'vasa praevia',
  'placental-abruption': 'placental abruption',
  'preterm-labour': 'preterm labour',
  cervical: 'changes in the cervix',
  infection: 'infection',
  'pre-eclampsia': 'pre-eclampsia (associated condition)',
  show: 'a show (labour starting)',
};
const ADVICE_WORDS = {
  'call-emergency': 'ask for an ambulance, or go straight to the emergency department; do not drive yourself (under the heading "call the emergency number now")',
  'call-now': 'phone the maternity unit, early pregnancy unit or doctor now; do not wait; they may ask you to come in',
  'contact-within-24h': 'contact your midwife, doctor or early pregnancy unit within 24 hours; sooner if anything changes',
  'if-closed': 'if they are closed or you cannot get through: the urgent-care line (111 in the UK), or the maternity unit or emergency department',
  'attend-now': 'they are likely to ask you to come in straight away: get ready to go',
  'safety-net': 'call the emergency number if the bleeding gets heavier, the pain gets severe or constant, or you feel faint, breathless or very unwell',
  'safety-net-24': 'call the emergency number if your waters break',
  'safety-net-term': 'if your waters break with fresh red bleeding, call the emergency number; with pink or brown staining, phone the maternity unit at once',
  'safety-net-movements': 'if your baby moves less than usual, phone the maternity unit at once, not the emergency number',
  'call-anyway': 'if you are worried, call anyway',
  'what-to-tell': 'tell them your weeks and your blood group (RhD) if you know it; take your maternity notes',
  'what-to-tell-placenta': 'the same, and whether a scan showed a low-lying placenta (replaces the line above)',
  'keep-pads': 'use pads, not tampons or menstrual cups; note the amount, colour and clots, and keep the pads (or a photo)',
  'if-worse-while-waiting': 'if you feel worse while you wait, call the emergency number again',
  rhesus: 'if you are RhD negative, tell the team straight away: you may need an injection, best within 72 hours',
  'tell-low-placenta': 'if a scan has shown a low-lying placenta, tell the team',
  'may-scan': 'the team may offer you a scan to see what is happening',
  'may-stay': 'you may be asked to stay in hospital for a while so they can check you and the baby',
  'no-sex': 'no sex until the bleeding has stopped and a clinician says it is fine',
  'movements-24': 'after the bleeding has settled, call the maternity unit at once if the baby moves less than usual',
  'trauma-private': 'if someone hurt you, you can tell your midwife or doctor privately',
  'loss-support': 'a gentle signpost to pregnancy-loss support',
};
const BAND_WORDS = { action: '1. the action', 'safety-net': '2. the safety net', 'while-waiting': '3. while you wait', 'good-to-know': '4. good to know' };

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
  if (when.allWeeks) parts.push(`${weeksWords(when.allWeeks)} (a pinned week only)`);
  if (when.stages) parts.push(list(when.stages.map((s) => STAGE_WORDS[s])));
  if (when.lowLyingPlacenta) parts.push(`told of a low-lying placenta: ${list(when.lowLyingPlacenta.map((a) => ANSWER_WORDS[a]))}`);
  if (when.ectopicRisk) parts.push(`ectopic risk factors: ${list(when.ectopicRisk.map((a) => ANSWER_WORDS[a]))}`);
  if (when.outcome) parts.push(`the advice is ${list(when.outcome)}`);
  if (when.noOtherCause) parts.push('no other rule named a cause that is not reassuring');
  return parts.length ? parts.join('; ') : 'any bleeding in pregnancy';
}

const cell = (text) => String(text).replaceAll('|', '\\|');
const sourceLinks = (ids) => ids.map((id) => `[${id}](#${id.toLowerCase()})`).join(' ');

function table(rules, columns) {
  const head = `| Rule | When | ${columns.map((c) => c.title).join(' | ')} | Sources |`;
  const rule = `|---|---|${columns.map(() => '---|').join('')}---|`;
  const rows = rules.map(
    (r) => `| <a id="rule-${r.id}"></a>\`${r.id}\` | ${cell(conditionWords(r.when))} | ${columns.map((c) => cell(c.value(r) ?? '')).join(' | ')} | ${sourceLinks(r.sources)} |`,
  );
  return [head, rule, ...rows].join('\n');
}

const decisionRules = RULES.filter((r) => !r.causes && !r.when.outcome);
const causeRules = RULES.filter((r) => r.causes && !r.when.outcome && !r.when.noOtherCause);
const outcomeCauseRules = RULES.filter((r) => r.causes && (r.when.outcome || r.when.noOtherCause));
const adviceRules = RULES.filter((r) => !r.causes && r.when.outcome);
const urgencyColumn = { title: 'Urgency', value: (r) => r.urgency && `**${r.urgency}**` };
const adviceColumn = { title: 'Advice', value: (r) => r.advice?.map((a) => `\`${a}\``).join(', ') };
const causesColumn = { title: 'Causes', value: (r) => r.causes?.map((c) => CAUSE_WORDS[c]).join(', ') };

const doc = `# Triage rules — ruleset ${RULESET_VERSION}

<!-- Generated by scripts/rules-doc.mjs from src/engine/rules.ts. Do not edit by hand: run \`npm run rules\`. -->

The rules the \`<bleeding-triage>\` engine runs, in plain words, with the sources each rests on.
The clinical contract is \`clinical/SPEC.md\`; the facts and their sources are \`clinical/GUIDANCE.md\`.
This document is written from the same table the engine runs, so it cannot drift from the code.

**Ruleset fingerprint: \`${RULESET_FINGERPRINT}\`** — a hash of these rules, the causes, the advice, the
sources, the English words and what the engine decides over a sweep of inputs. A deploying
organisation that has reviewed this ruleset pins it with \`<bleeding-triage ruleset="${RULESET_FINGERPRINT}">\`:
if a later copy of the widget runs other rules or words, it warns in the console and fires
\`triage-ruleset-mismatch\`. \`CLINICAL-CHANGES.md\` says what changed in each version, and
\`docs/safety/\` is the clinical safety pack.

**How to read it.**
- Urgency has three levels, \`prompt < urgent < emergency\`. The result takes the **highest** level of
  every rule that fires; no rule can lower another. There is no level below \`prompt\`.
- Week limits include both ends. An answer that does not pin the week is read at every week it
  could mean, and the most urgent reading wins: a trimester at its widest (first 0–13, second
  13–27, third 25–45 weeks), "not sure" at 0–45 weeks. A line marked "a pinned week only" needs
  every week the answer could mean to be inside its limits.
- A "not sure" counts only where its question is asked (ectopic risk up to 13 weeks and in the
  first trimester; a low-lying placenta from 14 weeks and in the second and third trimesters;
  both when the week is not known); each rule lists the answers it accepts. When a rule fires
  on a "not sure", or on a week the person did not pin, the result says so (\`assumed\`), and the
  widget words it as "You were not sure whether …".
- "Any pain" is ${list(ANY_PAIN.map((s) => SYMPTOM_NAMES[s]))}.
- Causes follow the person's own stage: early 0–13, mid 14–27, late 28–45 weeks (a trimester
  names the causes of all its weeks), or "weeks not known". Their urgency only orders them (most
  urgent evidence first); reassuring causes (implantation, cervix, a show) are always listed
  last, and an urgent or emergency card never names reassuring causes only.

## 1. Urgency, and the lines every card carries

${table(decisionRules, [urgencyColumn, adviceColumn])}

## 2. Possible causes

${table(causeRules, [causesColumn, urgencyColumn])}

## 3. Causes that depend on the urgency, and the guard against a card with no cause worth naming

${table(outcomeCauseRules, [causesColumn])}

## 4. Advice once the urgency is decided

${table(adviceRules, [adviceColumn])}

An emergency card carries only the call, the while-you-wait lines and, after trauma, the line
about telling someone privately: at most five lines.

## 5. Advice, in the order it is given

| Advice | Band | In plain words | Sources |
|---|---|---|---|
${ADVICE.map((a) => `| \`${a.id}\` | ${BAND_WORDS[a.band]} | ${cell(ADVICE_WORDS[a.id])}${a.fromWeeks ? ` (with the week not pinned: "If you are ${a.fromWeeks} weeks pregnant or more, …")` : ''} | ${sourceLinks(a.sources)} |`).join('\n')}

## 6. Causes, in catalogue order

| Cause | Reassuring | Sources |
|---|---|---|
${CAUSES.map((c) => `| ${CAUSE_WORDS[c.id]} (\`${c.id}\`) | ${c.reassuring ? 'yes: always listed last' : ''} | ${sourceLinks(c.sources)} |`).join('\n')}

## 7. Symptoms the person can report

In the order they are offered: the emergency signs first. A saved \`unwell-or-worried\` (SPEC version 2)
is read as \`very-unwell\`.

| Symptom | Id | What the person is asked |
|---|---|---|
${[...EMERGENCY_SIGNS, ...SYMPTOMS.filter((s) => !EMERGENCY_SIGNS.includes(s))].map((s) => `| ${SYMPTOM_NAMES[s]} | \`${s}\` | ${SYMPTOM_WORDS[s]} |`).join('\n')}

## 8. Sources

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
console.log(`rules-doc: wrote RULES.md (${RULES.length} rules, ruleset ${RULESET_VERSION}, fingerprint ${RULESET_FINGERPRINT})`);
