#!/usr/bin/env node
// `npm run bench`: the size and speed of <bleeding-triage> against SurveyJS and LHC-Forms on
// the same questionnaire. A benchmark, not a test: it prints figures and writes them to
// bench/results.json, and has no thresholds. It exits non-zero only when something did not
// work: a page that never showed its first question or never reached its outcome, an outcome
// other than "urgent" on the scripted path, a request that failed, or a peer whose urgency
// logic disagrees with the engine. See bench/README.md.
//
//   node bench/run.mjs                 20 runs of each page (after 1 warm-up round)
//   node bench/run.mjs --runs 3        the quick mode CI runs, to prove it still works
//   node bench/run.mjs --full-check    check the peers' logic on every answer path, not a fifth
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const loadAtStart = os.loadavg()[0];

const USAGE = `usage: node bench/run.mjs [--runs N] [--warmup N] [--full-check] [--out FILE]
  --runs N        timed runs of each page, alternated A B C A B C … (default 20; CI uses 3)
  --warmup N      untimed rounds first (default 1)
  --full-check    compare the peers' urgency with the engine on every answer path (slower)
  --out FILE      where to write the results (default bench/results.json)`;

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '1' },
      'full-check': { type: 'boolean', default: false },
      out: { type: 'string', default: `${BENCH}results.json` },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const RUNS = Number(options.runs);
const WARMUP = Number(options.warmup);
if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isInteger(WARMUP) || WARMUP < 0) {
  console.error(`--runs must be a whole number from 1, --warmup from 0\n${USAGE}`);
  process.exit(2);
}

// ---- What must be there first ---------------------------------------------------------------

const DROP_IN = `${ROOT}dist/bleeding-triage.js`;
const ENGINE = `${ROOT}dist/engine.js`;
for (const file of [DROP_IN, ENGINE]) {
  if (!existsSync(file)) {
    console.error(`bench: ${file.slice(ROOT.length)} is missing. Build it first: npm run build`);
    process.exit(1);
  }
}
const PEERS = ['survey-core', 'survey-js-ui', 'lforms'];
const benchPackage = JSON.parse(readFileSync(`${BENCH}package.json`, 'utf8'));
const installed = (name) => {
  try {
    return JSON.parse(readFileSync(`${BENCH}node_modules/${name}/package.json`, 'utf8')).version;
  } catch {
    return null;
  }
};
if (!existsSync(`${BENCH}node_modules`) || PEERS.some((name) => installed(name) !== benchPackage.devDependencies[name])) {
  console.log('bench: installing the peer libraries into bench/node_modules (npm ci in bench/)…');
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error('bench: npm ci in bench/ failed');
    process.exit(1);
  }
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.error('bench: playwright-core is missing: run npm install at the repository root');
  process.exit(1);
}
const { CHROMIUM, CHROMIUM_ARGS } = await import('../test/support/chromium.mjs');
if (!existsSync(CHROMIUM)) {
  console.error(`bench: no Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`);
  process.exit(1);
}

const { serve } = await import('./lib/server.mjs');
const { watcherScript } = await import('./lib/watch.mjs');
const { PAGES, EXPECTED_URGENCY } = await import('./lib/pages.mjs');
const { logicCheck } = await import('./lib/logic-check.mjs');
const { engineSpeed } = await import('./lib/engine-speed.mjs');
const { summary, kb, ms, mb, spread, ratio, table } = await import('./lib/stats.mjs');
const { compressedSizes } = await import('../scripts/compressed-sizes.mjs');

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`bench: FAILED: ${message}`);
};

// ---- Node: are the peers honest, and how fast is triage()? ---------------------------------

const engineUrl = pathToFileURL(ENGINE).href;
const share = options['full-check'] ? 1 : 0.2;
process.stdout.write(`bench: checking the peers' urgency logic against the engine (${share === 1 ? 'all the' : 'a fixed fifth of the'} answer paths)… `);
const logic = await logicCheck(engineUrl, { share });
console.log(`${logic.checked} paths in ${(logic.ms / 1000).toFixed(1)} s`);
for (const [peer, result] of Object.entries(logic.peers)) {
  if (result.disagree) fail(`${PAGES[peer].label}'s urgency differs from the engine on ${result.disagree} paths, e.g. ${JSON.stringify(result.examples[0])}`);
}
for (const [peer, same] of Object.entries(logic.symptomsMatchEngine)) {
  if (!same) fail(`${PAGES[peer].label} does not offer the symptoms questionsFor() offers, in its order`);
}

const ENGINE_ROUNDS = Math.min(5, RUNS);
process.stdout.write(`bench: triage() in Node, ${ENGINE_ROUNDS} round${ENGINE_ROUNDS === 1 ? '' : 's'} of 1 s… `);
const engine = await engineSpeed(engineUrl, { rounds: ENGINE_ROUNDS });
const engineSummary = summary(engine.perSecond);
console.log(`${Math.round(engineSummary.median).toLocaleString('en')} calls/s`);

// ---- The browser ----------------------------------------------------------------------------

const ARGS = [
  // As every harness here launches Debian's Chromium…
  ...CHROMIUM_ARGS,
  // …with gc() and unrounded performance.memory for the heap figure…
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
  // …and no way out of this machine: no host name resolves but 127.0.0.1, and anything else
  // goes to a proxy that is not there (Chromium never proxies loopback).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  '--proxy-server=http://127.0.0.1:9',
];

const server = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const chromiumVersion = browser.version();
const fileSizes = new Map();
const sizeOf = (path) => {
  if (!fileSizes.has(path)) fileSizes.set(path, compressedSizes(readFileSync(`${ROOT}${path.slice(1)}`)));
  return fileSizes.get(path);
};

/** One load of one page: first question, heap, then (for the questionnaires) the scripted path. */
async function runPage(key) {
  const def = PAGES[key];
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  const resources = [];
  const blocked = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== server.origin) return;
    if (response.status() >= 400) errors.push(`${url.pathname} answered ${response.status()}`);
    resources.push({ path: url.pathname, type: response.request().resourceType(), status: response.status() });
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (url.startsWith(server.origin)) errors.push(`request failed: ${url} ${request.failure()?.errorText}`);
    else blocked.push(url);
  });
  const run = { errors, blocked };
  try {
    await page.addInitScript({ content: watcherScript(def.probes) });
    await page.goto(`${server.origin}${def.path}`, { waitUntil: 'commit' });
    const first = await withTimeout(page.evaluate(() => window.__bench.when('first')), 20_000, 'the first question never showed');
    run.firstMs = first.t;
    // For a custom element: from its upgrade (its shadow root attached) to its first question on
    // screen: the element's own first render, without the page's download and parse.
    const shadow = await page.evaluate(() => window.__bench.marks.shadow?.t ?? null);
    run.renderMs = def.element && shadow !== null ? first.t - shadow : null;
    // Let the page settle (its lazily loaded files included), then collect garbage and read the heap.
    await page.waitForLoadState('networkidle', { timeout: 20_000 });
    const heap = await page.evaluate(() => {
      if (typeof gc === 'function') {
        gc();
        gc();
      }
      return { used: performance.memory.usedJSHeapSize, gc: typeof gc === 'function' };
    });
    run.heap = heap.used;
    run.gc = heap.gc;
    if (def.answer) {
      // The renderer's own account of its main thread (seconds, cumulative), read around the
      // answering: how much work the page did, apart from Playwright's waiting.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const before = await metrics();
      await page.evaluate(() => {
        window.__bench.arm('outcome');
        window.__bench.mark('answerStart');
      });
      await def.answer(page);
      const [outcome, start] = await withTimeout(
        page.evaluate(() => window.__bench.when('outcome').then((mark) => [mark, window.__bench.marks.answerStart])),
        20_000,
        'the outcome never showed',
      );
      const after = await metrics();
      run.answerMs = outcome.t - start.t;
      run.answerPerActionMs = run.answerMs / def.actions;
      run.answerTaskMs = (after.TaskDuration - before.TaskDuration) * 1000;
      run.answerScriptMs = (after.ScriptDuration - before.ScriptDuration) * 1000;
      run.urgency = outcome.value;
      if (run.urgency !== EXPECTED_URGENCY) throw new Error(`the outcome was "${run.urgency}", not "${EXPECTED_URGENCY}"`);
      await page.waitForLoadState('networkidle', { timeout: 20_000 });
    }
    // The page loads over loopback: settle the response list after the last lazy file.
    await page.waitForTimeout(50);
  } catch (error) {
    run.error = error.message.split('\n')[0];
  } finally {
    await context.close();
  }
  if (!run.error && errors.length) run.error = errors[0];
  const files = resources.filter((r) => r.status === 200 && (r.type === 'script' || r.type === 'stylesheet')).map((r) => r.path);
  run.files = [...new Set(files)].sort();
  run.other = [...new Set(resources.filter((r) => !(r.type === 'script' || r.type === 'stylesheet')).map((r) => `${r.type} ${r.path}`))];
  const totals = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of run.files) {
    const size = sizeOf(path);
    for (const key of Object.keys(totals)) totals[key] += size[key];
  }
  run.bytes = totals;
  return run;
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]);
}

const ORDER = ['ours', 'surveyjs', 'lforms', 'ours100'];
const runs = Object.fromEntries(ORDER.map((key) => [key, []]));
try {
  for (let round = 0; round < WARMUP; round++) {
    process.stdout.write(`bench: warm-up round ${round + 1}/${WARMUP}… `);
    for (const key of ORDER) {
      const run = await runPage(key);
      if (run.error) fail(`${PAGES[key].label} (warm-up): ${run.error}`);
    }
    console.log('done');
  }
  for (let round = 0; round < RUNS; round++) {
    const progress = `bench: run ${round + 1}/${RUNS} (${ORDER.map((key) => PAGES[key].label).join(', ')})…`;
    if (process.stdout.isTTY) process.stdout.write(`\r${progress}`);
    for (const key of ORDER) {
      const run = await runPage(key);
      runs[key].push(run);
      if (run.error) fail(`${PAGES[key].label}, run ${round + 1}: ${run.error}`);
    }
    if (!process.stdout.isTTY) console.log(`${progress} done`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
} finally {
  await browser.close();
  await server.close();
}

// ---- Results --------------------------------------------------------------------------------

const pageSummary = (key) => {
  const ok = runs[key].filter((run) => !run.error);
  const last = ok.at(-1) ?? runs[key].at(-1);
  const fileSets = new Set(ok.map((run) => run.files.join(' ')));
  return {
    label: PAGES[key].label,
    page: PAGES[key].path,
    runs: runs[key].length,
    failed: runs[key].length - ok.length,
    firstMs: summary(ok.map((run) => run.firstMs)),
    renderMs: PAGES[key].element ? summary(ok.map((run) => run.renderMs)) : null,
    answerMs: summary(ok.map((run) => run.answerMs)),
    actions: PAGES[key].actions ?? null,
    answerPerActionMs: summary(ok.map((run) => run.answerPerActionMs)),
    answerTaskMs: summary(ok.map((run) => run.answerTaskMs)),
    answerScriptMs: summary(ok.map((run) => run.answerScriptMs)),
    heapBytes: summary(ok.map((run) => run.heap)),
    bytes: {
      raw: summary(ok.map((run) => run.bytes.raw)),
      gzip: summary(ok.map((run) => run.bytes.gzip)),
      brotli: summary(ok.map((run) => run.bytes.brotli)),
    },
    sameFilesEveryRun: fileSets.size <= 1,
    files: (last?.files ?? []).map((path) => ({ path, ...sizeOf(path) })),
    otherRequests: last?.other ?? [],
    blockedExternalRequests: [...new Set(runs[key].flatMap((run) => run.blocked))],
    gcForced: ok.every((run) => run.gc),
    raw: runs[key].map(({ firstMs, renderMs, answerMs, answerTaskMs, answerScriptMs, heap, urgency, error }) => ({
      firstMs,
      renderMs,
      answerMs,
      answerTaskMs,
      answerScriptMs,
      heap,
      urgency,
      ...(error ? { error } : {}),
    })),
  };
};
const pages = Object.fromEntries(ORDER.map((key) => [key, pageSummary(key)]));
const gitRev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || null;
const gitDirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'dist'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim().length > 0;
const rootPackage = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  warmup: WARMUP,
  quick: RUNS < 20,
  durationSeconds: null,
  versions: {
    'bleeding-triage': `${rootPackage.version}${gitRev ? ` (${gitRev}${gitDirty ? ', uncommitted changes' : ''})` : ''}`,
    'survey-core': installed('survey-core'),
    'survey-js-ui': installed('survey-js-ui'),
    lforms: installed('lforms'),
    'fhirpath (logic check)': installed('fhirpath'),
    chromium: chromiumVersion,
    'playwright-core': JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('playwright-core/package.json')), 'utf8')).version,
    node: process.version,
  },
  machine: {
    platform: `${os.platform()} ${os.release()}`,
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    // Other work on the machine spreads the timings; the A B C … order spreads it evenly.
    // The end figure includes the benchmark's own load.
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
  },
  method: {
    renderMs: 'bleeding-triage only: its shadow root attached (the element upgrading) → its first question in the DOM and visible; for 100 instances, the first upgrade → all 100 first questions',
    firstMs: 'navigation start → the first question’s input is in the DOM and visible (performance.now() in a MutationObserver / animation-frame probe in the page); a fresh browser context per run, so every load is cold',
    answerPerActionMs: 'answerMs divided by the Playwright actions on the path (8 for bleeding-triage and SurveyJS: four answers and four Continue clicks; 4 for LHC-Forms, whose questions are all on one page)',
    answerTaskMs: 'while answering: the page’s renderer main thread busy time (TaskDuration from the Chrome DevTools Protocol Performance.getMetrics), and of it ScriptDuration (answerScriptMs)',
    answerMs: 'the script starts answering → the outcome is in the DOM and visible, on the path weeks 30, light bleeding, none of these, low-lying placenta No (expected: urgent); driven with Playwright locators, so it includes Playwright’s own round trips',
    heapBytes: 'performance.memory.usedJSHeapSize after the page went network-idle and gc() ran twice (--js-flags=--expose-gc, --enable-precise-memory-info)',
    bytes: 'every script and stylesheet the page loaded from 127.0.0.1 by the end of the run (HTML not counted), each compressed on its own: gzip level 9, brotli quality 11',
    triagePerSecond: `triage() from dist/engine.js in Node over ${engine.inputs} mixed inputs, 0.5 s warm-up, then rounds of 1 s`,
  },
  pages,
  mainFile: { path: '/dist/bleeding-triage.js', ...sizeOf('/dist/bleeding-triage.js') },
  triagePerSecond: { ...engineSummary, inputs: engine.inputs, rounds: engine.perSecond },
  logicCheck: logic,
  failures,
};

// ---- The table ------------------------------------------------------------------------------

const ours = pages.ours;
const peers = [pages.surveyjs, pages.lforms];
const header = [
  'figure (median, min–max)',
  'bleeding-triage',
  `SurveyJS ${results.versions['survey-core']}`,
  '÷ ours',
  `LHC-Forms ${results.versions.lforms}`,
  '÷ ours',
];
const row = (label, pick, format) => [label, spread(pick(ours), format), ...peers.flatMap((peer) => [spread(pick(peer), format), ratio(pick(peer), pick(ours))])];
const rows = [
  header,
  ['JS+CSS files loaded', String(ours.files.length), String(pages.surveyjs.files.length), '', String(pages.lforms.files.length), ''],
  row('JS+CSS raw', (p) => p.bytes.raw, kb),
  row('JS+CSS gzip', (p) => p.bytes.gzip, kb),
  row('JS+CSS brotli', (p) => p.bytes.brotli, kb),
  row('first question shown (ms)', (p) => p.firstMs, ms),
  row('answering → outcome (ms)', (p) => p.answerMs, ms),
  ['  actions on the path', String(ours.actions), String(pages.surveyjs.actions), '', String(pages.lforms.actions), ''],
  row('  per action (ms)', (p) => p.answerPerActionMs, ms),
  row('  main thread busy meanwhile (ms)', (p) => p.answerTaskMs, ms),
  row('  of which script (ms)', (p) => p.answerScriptMs, ms),
  row('JS heap after render (MB)', (p) => p.heapBytes, mb),
];
const o100 = pages.ours100;
const lines = [
  '',
  `bleeding-triage benchmark: ${RUNS} run${RUNS === 1 ? '' : 's'} of each page after ${WARMUP} warm-up round${WARMUP === 1 ? '' : 's'}; ` +
    `Chromium ${chromiumVersion}, Node ${process.version}, ${results.machine.cores} × ${results.machine.cpu}`,
  '',
  table(rows),
  '',
  `bleeding-triage alone:`,
  `  main file dist/bleeding-triage.js        ${kb(results.mainFile.raw)} raw, ${kb(results.mainFile.gzip)} gzip, ${kb(results.mainFile.brotli)} brotli`,
  `  first render: upgrade → question (ms)    ${spread(ours.renderMs, ms)}`,
  `  100 instances: all first questions (ms)  ${spread(o100.firstMs, ms)}`,
  `  100 instances: first upgrade → all (ms)  ${spread(o100.renderMs, ms)}`,
  `  100 instances: JS heap (MB)              ${spread(o100.heapBytes, mb)}`,
  `  triage() in Node (calls/s)               ${spread(engineSummary, (v) => Math.round(v).toLocaleString('en'))}  (${engine.inputs} mixed inputs, ${engine.perSecond.length} × 1 s)`,
  '',
  'Files each page loaded (raw / brotli):',
  ...ORDER.slice(0, 3).flatMap((key) => [
    `  ${pages[key].label}:`,
    ...pages[key].files.map((file) => `    ${file.path.replace('/bench/node_modules/', '')}  ${kb(file.raw)} / ${kb(file.brotli)}`),
  ]),
];
const blocked = ORDER.filter((key) => pages[key].blockedExternalRequests.length);
if (blocked.length) {
  lines.push('', 'Requests to the internet, refused (the page asked; nothing left this machine):');
  for (const key of blocked) {
    const hosts = new Map();
    for (const url of pages[key].blockedExternalRequests) hosts.set(new URL(url).host, (hosts.get(new URL(url).host) ?? 0) + 1);
    lines.push(`  ${pages[key].label}: ${[...hosts].map(([host, n]) => `${n} × ${host}`).join(', ')}`);
  }
}
lines.push(
  '',
  `Peers' urgency vs the engine: ${logic.checked.toLocaleString('en')} of ${logic.paths.toLocaleString('en')} answer paths checked; ` +
    Object.entries(logic.peers)
      .map(([key, r]) => `${PAGES[key].label} ${r.disagree ? `${r.disagree} DISAGREE` : 'all agree'}`)
      .join(', '),
);
if (ORDER.some((key) => !pages[key].sameFilesEveryRun)) lines.push('Note: a page did not load the same files on every run (see results.json).');
// (At the start only: by the end, the benchmark's own load is in the average.)
if (loadAtStart > os.cpus().length / 2) {
  lines.push(`Note: the machine was busy before the benchmark started (1-minute load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores): timings may be noisier than usual.`);
}
if (ORDER.some((key) => !pages[key].gcForced)) lines.push('Note: gc() was not available, so the heap was read without a forced collection.');

results.durationSeconds = Math.round((Date.now() - started) / 1000);
lines.push('', `Took ${results.durationSeconds} s. Wrote ${options.out.startsWith(ROOT) ? options.out.slice(ROOT.length) : options.out}.`);
writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(lines.join('\n'));

if (failures.length) {
  console.error(`\nbench: ${failures.length} failure${failures.length === 1 ? '' : 's'}:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
