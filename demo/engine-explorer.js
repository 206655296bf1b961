// Reads the explorer form, runs the engine and shows the result. No network, no storage.
import { SOURCES, SYMPTOMS, triage } from '../dist/engine.js';

const form = document.querySelector('#answers');
const output = document.querySelector('#result');
const symptomBox = document.querySelector('#symptoms');

for (const symptom of SYMPTOMS) {
  const label = document.createElement('label');
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'symptoms', value: symptom });
  label.append(box, ` ${symptom}`);
  symptomBox.append(label);
}

function readInput() {
  const data = new FormData(form);
  const input = { bleeding: data.get('bleeding'), symptoms: data.getAll('symptoms') };
  const trimester = data.get('trimester');
  if (trimester && trimester !== 'unknown') input.trimester = trimester;
  if (!trimester && data.get('weeks') !== '') input.weeks = Number(data.get('weeks'));
  for (const field of ['lowLyingPlacenta', 'ectopicRisk']) {
    if (data.get(field)) input[field] = data.get(field) === 'true';
  }
  return input;
}

function show() {
  const input = readInput();
  output.replaceChildren();
  let result;
  try {
    result = triage(input);
  } catch (error) {
    output.append(Object.assign(document.createElement('p'), { textContent: `${error.name}: ${error.message}` }));
    return;
  }
  const summary = document.createElement('p');
  summary.textContent = `Urgency: ${result.urgency} · stage: ${result.stage} · causes: ${result.causes.map((c) => c.id).join(', ') || 'none'}`;
  const advice = Object.assign(document.createElement('p'), { textContent: `Advice: ${result.advice.join(', ')}` });
  const list = document.createElement('ol');
  for (const fired of result.fired) {
    const item = document.createElement('li');
    item.append(`${fired.ruleId}${fired.urgency ? ` → ${fired.urgency}` : ''} `);
    for (const id of fired.sources) {
      const link = Object.assign(document.createElement('a'), { href: SOURCES[id].url, textContent: `[${id}]`, title: SOURCES[id].title });
      item.append(link, ' ');
    }
    list.append(item);
  }
  const json = Object.assign(document.createElement('pre'), { textContent: `triage(${JSON.stringify(input)})` });
  output.append(summary, advice, Object.assign(document.createElement('h3'), { textContent: 'Rules that fired' }), list, json);
}

form.addEventListener('input', show);
show();
