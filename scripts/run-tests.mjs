// `npm test`: every suite, then one line that sums them: "N passed, N failed". After the type
// check and the build, the browser suites run beside the Node ones (two lanes: the machine is
// idle half the time otherwise); the end-to-end pages run last, alone, since they time real waits.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explain, missing as missingForWordPress } from '../test/wordpress/prerequisites.mjs';

const work = mkdtempSync(join(tmpdir(), 'bleeding-triage-tests-'));
const totals = { passed: 0, failed: 0 };
const rows = [];

/**
 * Runs a command to its end. Its output goes to this terminal, or, for the lane that runs beside
 * another, to `log` (a file descriptor), printed whole when the lane ends, so the two never interleave.
 */
function run(command, args, env = {}, log = undefined) {
  const started = Date.now();
  const stdio = log === undefined ? 'inherit' : ['ignore', log, log];
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio, env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve({ status: 1, seconds: (Date.now() - started) / 1000 });
    });
    child.on('close', (status) => resolve({ status, seconds: (Date.now() - started) / 1000 }));
  });
}

function record(suite, passed, failed, seconds) {
  totals.passed += passed;
  totals.failed += failed;
  rows.push({ suite, line: `${suite.padEnd(28)} ${String(passed).padStart(5)} passed ${String(failed).padStart(4)} failed  ${seconds.toFixed(1)} s` });
}

/** A check with no test count of its own counts as one test. */
async function check(suite, command, args) {
  const { status, seconds } = await run(command, args);
  record(suite, status === 0 ? 1 : 0, status === 0 ? 0 : 1, seconds);
}

/** node:test suites: counts from the TAP summary. */
async function nodeTests(suite, files, log) {
  const out = join(work, `${suite.replace(/\W+/g, '-')}.tap`);
  const { status, seconds } = await run('node', ['--test', '--test-reporter=tap', `--test-reporter-destination=${out}`, '--test-reporter=spec', '--test-reporter-destination=stdout', ...files], {}, log);
  const tap = readFileSync(out, 'utf8');
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  const failed = count('fail') + count('cancelled') + count('skipped') + count('todo') + (status !== 0 && count('fail') === 0 ? 1 : 0);
  record(suite, count('pass'), failed, seconds);
}

/** web-test-runner suites in real browsers: counts from test/support/count-reporter.mjs. */
async function browserTests(browser) {
  const suite = `browser: ${browser}`;
  const file = join(work, `${browser}.json`);
  writeFileSync(file, JSON.stringify({ passed: 0, failed: 1, skipped: 0 }));
  const { status, seconds } = await run('npx', ['web-test-runner'], { WTR_COUNTS_FILE: file, BROWSER: browser });
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  // A skipped test left behind is a defect, and a runner that failed without a failing test is one too.
  const failed = counts.failed + counts.skipped + (status !== 0 && counts.failed === 0 ? 1 : 0);
  record(suite, counts.passed, failed, seconds);
}

/** The clinical vignettes: each one a test, failed only by under-triage (scripts/vignettes.mjs). */
async function vignettes(log) {
  const file = join(work, 'vignettes.json');
  const { status, seconds } = await run('node', ['scripts/vignettes.mjs', '--json', file], {}, log);
  let figures = { vignettes: 0, underTriage: 1 };
  try {
    figures = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // No figures: the run itself failed, and counts as one failure.
  }
  record('vignettes (clinical)', figures.vignettes - figures.underTriage, figures.underTriage + (status !== 0 && figures.underTriage === 0 ? 1 : 0), seconds);
}

/** The Node lane: beside the browsers, its output kept in a file and printed when it ends. */
async function nodeLane() {
  const path = join(work, 'node-lane.log');
  const log = openSync(path, 'w');
  await nodeTests('Node: engine, sweep, SSR import', ['test/node/'], log);
  await nodeTests('Node: FHIR R4 in and out', ['test/fhir/'], log);
  await vignettes(log);
  await nodeTests('safety pack: hazard log, traceability', ['test/safety/'], log);
  // The framework hosts are a suite of their own, so their time shows on its own line.
  await nodeTests('framework hosts (6 apps)', [HOSTS_TEST], log);
  await wordpress(log);
  closeSync(log);
  return path;
}

/**
 * The WordPress plugin in a real WordPress: needs PHP and MariaDB from Debian. Skipped with the
 * command that installs them, except in CI, where .ci/run installs them and a gap is a failure.
 */
async function wordpress(log) {
  const gaps = missingForWordPress();
  if (gaps.length === 0) await nodeTests('WordPress plugin (WP 6.1)', ['test/wordpress/'], log);
  else if (process.env.CI) {
    console.error(explain(gaps));
    record('WordPress plugin (WP 6.1)', 0, 1, 0);
  } else {
    console.warn(`\nSkipping the WordPress plugin suite.\n${explain(gaps)}\n`);
    rows.push({ suite: 'WordPress plugin (WP 6.1)', line: `${'WordPress plugin (WP 6.1)'.padEnd(28)} skipped: ${gaps.map(([what]) => what).join(', ')} missing` });
  }
}

async function browserLane() {
  for (const browser of ['chromium', 'firefox', 'webkit']) await browserTests(browser);
}

const HOSTS_TEST = 'test/e2e/frameworks.test.mjs';
const e2e = readdirSync('test/e2e').filter((file) => file.endsWith('.test.mjs') && `test/e2e/${file}` !== HOSTS_TEST).map((file) => `test/e2e/${file}`);

const started = Date.now();
await check('typecheck (tsc)', 'npm', ['run', '--silent', 'typecheck']);
await check('build (rollup + tsc)', 'npm', ['run', '--silent', 'build']);
console.log('\nThe Node suites, the framework hosts and WordPress run beside the browser suites; their output follows the browsers\'.\n');
const [nodeLog] = await Promise.all([nodeLane(), browserLane()]);
console.log(readFileSync(nodeLog, 'utf8'));
await nodeTests('e2e: dist in real pages', e2e);

// One row per suite, in the order the README lists them, whichever lane finished first.
const ORDER = ['typecheck', 'build', 'Node: engine', 'Node: FHIR', 'vignettes', 'safety', 'browser: chromium', 'browser: firefox', 'browser: webkit', 'e2e', 'framework', 'WordPress'];
const rank = ({ suite }) => ORDER.findIndex((start) => suite.startsWith(start));
console.log(`\n${rows.sort((a, b) => rank(a) - rank(b)).map(({ line }) => line).join('\n')}`);
console.log(`all suites: ${((Date.now() - started) / 1000).toFixed(0)} s (the two lanes overlap, so the rows sum to more)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
writeFileSync(join(work, 'summary.json'), JSON.stringify(totals));
if (process.env.TEST_SUMMARY_FILE) writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify(totals));
process.exit(totals.failed === 0 ? 0 : 1);
