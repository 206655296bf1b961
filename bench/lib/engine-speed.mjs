// `triage()` calls per second in Node: the built engine (dist/engine.js), a mixed set of
// realistic inputs (every week, trimesters and "not sure", each amount, common symptom sets,
// yes / no / not-sure follow-ups), a warm-up, then `rounds` timed rounds of about one second.

const SYMPTOM_SETS = [
  [],
  [],
  [],
  ['mild-cramps'],
  ['one-sided-pain'],
  ['severe-pain'],
  ['nausea'],
  ['after-sex'],
  ['clots-or-tissue', 'mild-cramps'],
  ['contractions'],
  ['reduced-movements'],
  ['headache-vision', 'worried'],
  ['fever', 'clots-or-tissue'],
  ['trauma'],
  ['fluid-leak', 'contractions'],
  ['dizziness-fainting', 'shoulder-tip-pain', 'one-sided-pain'],
];

export function realisticInputs(engine) {
  const datings = [
    ...Array.from({ length: 46 }, (_, weeks) => ({ weeks })),
    { trimester: 'first' },
    { trimester: 'second' },
    { trimester: 'third' },
    {},
  ];
  const inputs = [];
  let i = 0;
  for (const dating of datings) {
    for (const bleeding of ['spotting', 'light', 'heavy']) {
      const symptoms = SYMPTOM_SETS[i++ % SYMPTOM_SETS.length];
      const input = { ...dating, bleeding, symptoms };
      const { questions } = engine.questionsFor(dating);
      const answer = [true, false, undefined][i % 3];
      if (answer !== undefined && questions.includes('ectopicRisk')) input.ectopicRisk = answer;
      if (answer !== undefined && questions.includes('lowLyingPlacenta')) input.lowLyingPlacenta = answer;
      inputs.push(input);
    }
  }
  for (const input of inputs) engine.triage(input); // each one must be valid
  return inputs;
}

export async function engineSpeed(engineUrl, { rounds = 5, roundMs = 1000, warmupMs = 500 } = {}) {
  const engine = await import(engineUrl);
  const inputs = realisticInputs(engine);
  let sink = 0;
  const spin = (ms) => {
    const end = performance.now() + ms;
    let calls = 0;
    let now;
    do {
      for (let j = 0; j < inputs.length; j++) sink += engine.triage(inputs[j]).urgency.length;
      calls += inputs.length;
    } while ((now = performance.now()) < end);
    return { calls, ms: now - end + ms };
  };
  spin(warmupMs);
  const perSecond = [];
  for (let r = 0; r < rounds; r++) {
    const { calls, ms } = spin(roundMs);
    perSecond.push((calls / ms) * 1000);
  }
  if (sink === 0) throw new Error('triage() returned nothing');
  return { inputs: inputs.length, rounds, roundMs, perSecond };
}
