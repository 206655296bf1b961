// The safety invariants of clinical/SPEC.md version 3, as checks on one input and its result.
// Written once, run twice: over the single-symptom sweep in every browser (properties.test.ts)
// and over the full pair sweep on the built engine in Node (test/node/sweep.test.mjs). Type
// imports only, so Node can run this file after esbuild strips the types.
import type * as EngineModule from '../../src/engine/index.js';
import type { AdviceId, Symptom, TriageInput, TriageResult } from '../../src/engine/index.js';

export type Engine = typeof EngineModule;

/** Looks up (or computes) the result for another input, to compare neighbours. */
export type Lookup = (input: TriageInput) => TriageResult | undefined;

export interface Invariant {
  name: string;
  /** Null when it holds; otherwise what went wrong. */
  check(input: TriageInput, result: TriageResult, lookup: Lookup): string | null;
}

/** One number per input, whatever the order of its symptoms: the sweeps keep hundreds of thousands. */
export function keyer({ SYMPTOMS, BLEEDING, TRIMESTERS }: Engine): (input: TriageInput) => number {
  const bit = new Map(SYMPTOMS.map((symptom, index) => [symptom, 2 ** index]));
  const answer = (value: boolean | undefined) => (value === undefined ? 2 : Number(value));
  return (input) => {
    const dating = input.weeks ?? (input.trimester ? 46 + TRIMESTERS.indexOf(input.trimester) : 49);
    let symptoms = 0;
    for (const symptom of new Set(input.symptoms)) symptoms += bit.get(symptom)!;
    return (((dating * 3 + BLEEDING.indexOf(input.bleeding)) * 2 ** SYMPTOMS.length + symptoms) * 3 + answer(input.lowLyingPlacenta)) * 3 + answer(input.ectopicRisk);
  };
}

const without = (input: TriageInput, field: 'weeks' | 'trimester' | 'lowLyingPlacenta' | 'ectopicRisk'): TriageInput => {
  const copy = { ...input };
  delete copy[field];
  return copy;
};

export function invariants(engine: Engine): Invariant[] {
  const { ADVICE, CAUSES, RULES, URGENCIES, BLEEDING, SYMPTOMS, questionsFor } = engine;
  const rank = (result: TriageResult) => URGENCIES.indexOf(result.urgency);
  const reassuring = new Set(CAUSES.filter((cause) => cause.reassuring).map((cause) => cause.id));
  const band = new Map(ADVICE.map((advice) => [advice.id, advice.band]));
  const bandOrder = ['action', 'safety-net', 'while-waiting', 'good-to-know'];
  const fromWeeks = new Map(ADVICE.filter((advice) => advice.fromWeeks !== undefined).map((advice) => [advice.id, advice.fromWeeks!]));
  const ruleById = new Map(RULES.map((rule) => [rule.id, rule]));
  const decisionRows = new Set(RULES.filter((rule) => !rule.causes).map((rule) => rule.id));
  const causesOf = (result: TriageResult) => result.causes.map((cause) => cause.id);
  const has = (input: TriageInput, symptom: Symptom) => input.symptoms.includes(symptom);
  const plans = new Map<string, string[]>();
  const asked = (input: TriageInput, question: 'ectopicRisk' | 'lowLyingPlacenta') => {
    const dating = `${input.weeks}|${input.trimester}`;
    if (!plans.has(dating)) plans.set(dating, questionsFor({ weeks: input.weeks, trimester: input.trimester }).questions);
    return plans.get(dating)!.includes(question);
  };
  const pinned = (input: TriageInput) => input.weeks !== undefined;
  const unknownDating = (input: TriageInput) => input.weeks === undefined && input.trimester === undefined;
  const fail = (ok: boolean, message: string) => (ok ? null : message);

  const list: Invariant[] = [
    { name: 'every result names at least one cause', check: (_, r) => fail(r.causes.length > 0, 'no cause') },
    {
      name: 'no urgent or emergency card names reassuring causes only',
      check: (_, r) => fail(r.urgency === 'prompt' || r.causes.some((cause) => !reassuring.has(cause.id)), `only ${causesOf(r)}`),
    },
    {
      name: 'reassuring causes are always listed last',
      check: (_, r) => {
        const flags = r.causes.map((cause) => reassuring.has(cause.id));
        return fail(flags.every((flag, index) => !flag || flags.slice(index).every(Boolean)), `order ${causesOf(r)}`);
      },
    },
    {
      name: 'ectopic is named in early pregnancy unless ectopic risk is "no", and always with weeks unknown unless movements or a known low placenta rule early weeks out',
      check: (i, r) => {
        const needed =
          (r.stage === 'early' && i.ectopicRisk !== false) || (unknownDating(i) && !has(i, 'reduced-movements') && i.lowLyingPlacenta !== true);
        return fail(!needed || causesOf(r).includes('ectopic'), `no ectopic: ${causesOf(r)}`);
      },
    },
    {
      name: 'abruption is named for any bleeding from 24 weeks, and whenever 24 weeks or more is possible',
      check: (i, r) => {
        const possible = (i.weeks ?? 45) >= 24 && i.trimester !== 'first';
        return fail(!possible || causesOf(r).includes('placental-abruption'), `no abruption: ${causesOf(r)}`);
      },
    },
    {
      name: 'no show with heavy bleeding, an emergency sign or a known low placenta',
      check: (i, r) =>
        fail(!causesOf(r).includes('show') || (i.bleeding !== 'heavy' && r.urgency !== 'emergency' && i.lowLyingPlacenta !== true), 'show named'),
    },
    {
      name: 'no cervix with trauma or an emergency sign, except after sex without heavy bleeding',
      check: (i, r) => {
        if (!causesOf(r).includes('cervical')) return null;
        const afterSex = has(i, 'after-sex') && i.bleeding !== 'heavy';
        return fail(afterSex || (!has(i, 'trauma') && r.urgency !== 'emergency'), 'cervix named');
      },
    },
    {
      name: 'no early-only cause with weeks unknown and baby movements or a known low placenta',
      check: (i, r) => {
        if (!unknownDating(i) || !(has(i, 'reduced-movements') || i.lowLyingPlacenta === true)) return null;
        const early = r.causes.filter(
          (cause) => cause.id === 'implantation' || cause.id === 'ectopic' || (cause.id === 'threatened-miscarriage' && cause.ruleIds.some((id) => id.endsWith('-early') || id.endsWith('-cramps'))),
        );
        return fail(early.length === 0, `early causes: ${early.map((cause) => cause.id)}`);
      },
    },
    {
      name: 'weeks unknown names no cause that needs a pinned week',
      check: (i, r) => {
        const pinnedOnly = ['implantation', 'show', 'preterm-labour', 'low-lying-placenta', 'vasa-praevia'];
        return fail(!unknownDating(i) || !causesOf(r).some((id) => pinnedOnly.includes(id)), `${causesOf(r)}`);
      },
    },
    {
      name: 'implantation never on an emergency card, and only when 3 to 5 weeks is possible',
      check: (i, r) => {
        if (!causesOf(r).includes('implantation')) return null;
        const possible = i.weeks === undefined ? i.trimester === 'first' : i.weeks >= 3 && i.weeks <= 5;
        return fail(r.urgency !== 'emergency' && possible, 'implantation named');
      },
    },
    {
      name: 'the emergency card carries exactly the call, while-you-wait and trauma lines: at most five',
      check: (i, r) => {
        if (r.urgency !== 'emergency') return null;
        const tell = asked(i, 'lowLyingPlacenta') && i.lowLyingPlacenta !== false ? 'what-to-tell-placenta' : 'what-to-tell';
        const expected: AdviceId[] = ['call-emergency', tell, 'keep-pads', 'if-worse-while-waiting', ...(has(i, 'trauma') ? ['trauma-private' as const] : [])];
        return fail(JSON.stringify(r.advice) === JSON.stringify(expected) && r.advice.length <= 5, `advice ${r.advice}`);
      },
    },
    {
      name: 'other cards: the action first, then the safety net, while you wait and good to know, in band order',
      check: (i, r) => {
        if (r.urgency === 'emergency') return null;
        const action = r.urgency === 'urgent' ? 'call-now' : 'contact-within-24h';
        const bands = r.advice.map((id) => bandOrder.indexOf(band.get(id)!));
        const ordered = bands.every((value, index) => index === 0 || value >= bands[index - 1]);
        const lossLast = !r.advice.includes('loss-support') || r.advice.at(-1) === 'loss-support';
        const core = ['safety-net', 'call-anyway', 'keep-pads', 'if-closed'].every((id) => r.advice.includes(id as AdviceId));
        const tell = r.advice.includes('what-to-tell') !== r.advice.includes('what-to-tell-placenta');
        const noEmergencyLines = !r.advice.includes('call-emergency') && !r.advice.includes('if-worse-while-waiting');
        const trauma = r.advice.includes('trauma-private') === has(i, 'trauma');
        return fail(r.advice[0] === action && ordered && lossLast && core && tell && noEmergencyLines && trauma, `advice ${r.advice}`);
      },
    },
    {
      name: 'the low-placenta lines never follow a "no", nor before 14 weeks',
      check: (i, r) => {
        const shown = r.advice.includes('tell-low-placenta') || r.advice.includes('what-to-tell-placenta');
        const early = (i.weeks !== undefined && i.weeks < 14) || i.trimester === 'first';
        return fail(!shown || (i.lowLyingPlacenta !== false && !early), 'low-placenta line shown');
      },
    },
    {
      name: 'the baby-movements safety line is left out when fewer movements were reported',
      check: (i, r) => fail(!has(i, 'reduced-movements') || !r.advice.includes('safety-net-movements'), 'movements line shown'),
    },
    {
      name: 'at a pinned week, a line tied to a week shows only from that week; the term line only from 37',
      check: (i, r) => {
        if (!pinned(i)) return fail(!r.advice.includes('safety-net-term'), 'term line without a pinned week');
        const early = r.advice.filter((id) => fromWeeks.has(id) && i.weeks! < fromWeeks.get(id)!);
        const term = r.advice.includes('safety-net-term') !== (i.weeks! >= 37 && r.urgency !== 'emergency');
        const waters = r.advice.includes('safety-net-24') && i.weeks! >= 37;
        return fail(early.length === 0 && !term && !waters, `advice ${r.advice}`);
      },
    },
    {
      name: '"assumed" is recorded exactly when a "not sure" was read as yes, and weeks only when they were not pinned',
      check: (i, r, lookup) => {
        for (const entry of r.fired) {
          const rule = ruleById.get(entry.ruleId)!;
          if (entry.assumed?.weeks && pinned(i)) return `${entry.ruleId} assumed weeks at a pinned week`;
          for (const field of ['ectopicRisk', 'lowLyingPlacenta'] as const) {
            const recorded = entry.assumed?.[field] === true;
            if (recorded && i[field] !== undefined) return `${entry.ruleId} assumed ${field} the person answered`;
            if (i[field] !== undefined || !asked(i, field) || rule.when.outcome || rule.when.noOtherCause) continue;
            const yes = lookup({ ...i, [field]: true });
            const no = lookup({ ...i, [field]: false });
            if (!yes || !no) continue;
            const firesWith = (other: TriageResult) => other.fired.some((f) => f.ruleId === entry.ruleId);
            const readAsYes = firesWith(yes) && !firesWith(no);
            if (recorded !== readAsYes) return `${entry.ruleId}: assumed ${field} ${recorded}, read as yes ${readAsYes}`;
          }
        }
        return null;
      },
    },
    {
      name: 'an unpinned dating records the weeks a week-limited rule was read at, whenever its limits do not cover them all',
      check: (i, r) => {
        if (pinned(i)) return null;
        // SPEC §2: decisions read a trimester at its widest, causes at its own stage; no dating reads 0–45.
        const widest = { first: [0, 13], second: [13, 27], third: [25, 45] } as const;
        const own = { first: [0, 13], second: [14, 27], third: [28, 45] } as const;
        for (const entry of r.fired) {
          const weeks = ruleById.get(entry.ruleId)!.when.weeks;
          if (!weeks) continue;
          const [lo, hi] = i.trimester ? (ruleById.get(entry.ruleId)!.causes ? own : widest)[i.trimester] : [0, 45];
          const from = Math.max(weeks.from ?? -Infinity, lo);
          const to = Math.min(weeks.to ?? Infinity, hi);
          const covered = from === lo && to === hi;
          const expected = covered ? undefined : JSON.stringify({ from, to });
          const recorded = entry.assumed?.weeks && JSON.stringify(entry.assumed.weeks);
          if (recorded !== expected) return `${entry.ruleId}: assumed weeks ${recorded}, expected ${expected}`;
        }
        return null;
      },
    },
    {
      name: 'the urgency is the highest a decision row set, and no cause row ranks above it',
      check: (_, r) => {
        const levels = r.fired.filter((f) => f.urgency).map((f) => URGENCIES.indexOf(f.urgency!));
        const decisive = r.fired.filter((f) => decisionRows.has(f.ruleId) && f.urgency).map((f) => URGENCIES.indexOf(f.urgency!));
        return fail(Math.max(...levels) === rank(r) && Math.max(...decisive) === rank(r), `fired ${r.fired.map((f) => f.ruleId)}`);
      },
    },
    {
      name: 'prompt is the floor, and from 12 weeks or without a pinned week it is urgent',
      check: (i, r) => fail(URGENCIES.includes(r.urgency) && (r.urgency !== 'prompt' || (i.weeks !== undefined && i.weeks < 12)), r.urgency),
    },
    // Monotonicity, read against the neighbours the sweep already holds.
    {
      name: 'urgency never falls when a symptom is added',
      check: (i, r, lookup) => {
        for (const symptom of SYMPTOMS.filter((s) => !has(i, s))) {
          const more = lookup({ ...i, symptoms: [...i.symptoms, symptom] });
          if (more && rank(more) < rank(r)) return `+ ${symptom} gives ${more.urgency}`;
        }
        return null;
      },
    },
    {
      name: 'urgency never falls when the bleeding is heavier',
      check: (i, r, lookup) => {
        for (const bleeding of BLEEDING.slice(BLEEDING.indexOf(i.bleeding) + 1)) {
          const more = lookup({ ...i, bleeding });
          if (more && rank(more) < rank(r)) return `${bleeding} gives ${more.urgency}`;
        }
        return null;
      },
    },
    {
      name: 'urgency never falls when weeks or an answer become "not sure"',
      check: (i, r, lookup) => {
        const neighbours: TriageInput[] = [without(without(i, 'weeks'), 'trimester'), without(i, 'lowLyingPlacenta'), without(i, 'ectopicRisk')];
        // A person at a week may pick any trimester some convention puts it in (SPEC §2).
        const widest = { first: [0, 13], second: [13, 27], third: [25, 45] } as const;
        if (i.weeks !== undefined) {
          for (const [trimester, [from, to]] of Object.entries(widest)) {
            if (i.weeks >= from && i.weeks <= to) neighbours.push({ ...without(i, 'weeks'), trimester: trimester as keyof typeof widest });
          }
        }
        for (const neighbour of neighbours) {
          const other = lookup(neighbour);
          if (other && rank(other) < rank(r)) return `${JSON.stringify(neighbour)} gives ${other.urgency}`;
        }
        return null;
      },
    },
  ];
  return list;
}
