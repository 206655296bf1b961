// The framework host apps: each installs the packed tarball (as an app would), builds for
// production, passes its framework's own type checker, and fails it on purpose with
// negative/ (a wrong `appearance`, a misuse of `event.detail`).
//
// Their dependencies (Next.js, Angular, Astro, Svelte, Vue, React: ~800 MB) live in this
// folder's own package.json, installed by the test run, so `npm install` at the root stays light.
// Work is cached by its inputs: a second run skips the install, the builds and the checks
// whose inputs did not change. CI starts from a fresh clone and does it all.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOSTS_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD = join(ROOT, 'build/hosts');
const CACHE = join(BUILD, '.cache');
const bin = (name) => join(HOSTS_DIR, 'node_modules/.bin', name);
const QUIET = { NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };

/** How each host is built, checked and reached. `codes`: the errors its negative/ must produce. */
export const HOSTS = {
  react: {
    label: 'React 19 (Vite)',
    build: [bin('vite'), 'build', '--base', './', '--outDir', join(BUILD, 'react'), '--emptyOutDir', '--logLevel', 'warn'],
    check: [bin('tsc'), '-p', 'tsconfig.json'],
    negative: [bin('tsc'), '-p', 'negative/tsconfig.json'],
    path: '/build/hosts/react/index.html',
  },
  next: {
    label: 'Next.js 16 App Router',
    build: [bin('next'), 'build'],
    check: [bin('tsc'), '-p', 'tsconfig.json'],
    negative: [bin('tsc'), '-p', 'negative/tsconfig.json'],
    server: true,
    output: join(HOSTS_DIR, 'next/.next/BUILD_ID'),
  },
  vue: {
    label: 'Vue 3.5 (Vite)',
    build: [bin('vite'), 'build', '--outDir', join(BUILD, 'vue'), '--emptyOutDir', '--logLevel', 'warn'],
    check: [bin('vue-tsc'), '-p', 'tsconfig.json'],
    negative: [bin('vue-tsc'), '-p', 'negative/tsconfig.json'],
    path: '/build/hosts/vue/index.html',
  },
  svelte: {
    label: 'Svelte 5 (Vite)',
    build: [bin('vite'), 'build', '--outDir', join(BUILD, 'svelte'), '--emptyOutDir', '--logLevel', 'warn'],
    check: [bin('svelte-check'), '--tsconfig', 'tsconfig.json', '--fail-on-warnings'],
    negative: [bin('svelte-check'), '--tsconfig', 'negative/tsconfig.json', '--output', 'machine-verbose'],
    path: '/build/hosts/svelte/index.html',
  },
  angular: {
    label: 'Angular 21',
    build: [bin('ng'), 'build'],
    // ng build compiles ahead of time with strictTemplates: that is Angular's template checker.
    negative: [bin('ngc'), '-p', 'negative/tsconfig.json'],
    path: '/build/hosts/angular/index.html',
  },
  astro: {
    label: 'Astro 5',
    build: [bin('astro'), 'build'],
    check: [bin('astro'), 'check'],
    negative: [bin('astro'), 'check', '--root', 'negative'],
    path: '/build/hosts/astro/index.html',
  },
};

/** What a negative/ file must make the checker say: the wrong value, and the two error codes. */
export const NEGATIVE_ERRORS = { appearance: { code: 2322, text: 'blue' }, detail: { code: 2339, text: 'urgency' } };

function run(command, args, cwd, env = {}) {
  const started = Date.now();
  const { status, stdout, stderr } = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...QUIET, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status, output: `${stdout}${stderr}`, seconds: (Date.now() - started) / 1000 };
}

const sha = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** Every source file of a folder, not what its tools generate. */
function filesOf(dir) {
  const skip = new Set(['node_modules', '.next', '.astro', '.angular', 'next-env.d.ts']);
  return readdirSync(dir).flatMap((name) => {
    if (skip.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

const stamp = (name) => join(CACHE, name);
const cached = (name, key) => existsSync(stamp(name)) && readFileSync(stamp(name), 'utf8') === key;
const remember = (name, key) => {
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(stamp(name), key);
};

/** The hosts' own npm packages, then the package as `npm pack` makes it. Returns timings. */
export function install() {
  const times = {};
  const lockKey = sha(readFileSync(join(HOSTS_DIR, 'package-lock.json')), process.version);
  if (cached('install', lockKey) && existsSync(join(HOSTS_DIR, 'node_modules'))) times.install = 0;
  else {
    const result = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], HOSTS_DIR);
    if (result.status !== 0) throw new Error(`npm ci in test/hosts failed:\n${result.output}`);
    remember('install', lockKey);
    remember('tarball', '');
    times.install = result.seconds;
  }
  const packDir = join(ROOT, 'build/package');
  mkdirSync(packDir, { recursive: true });
  const pack = run('npm', ['pack', '--pack-destination', packDir, '--json', '--loglevel=error'], ROOT);
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.output}`);
  const [{ filename }] = JSON.parse(pack.output.slice(pack.output.indexOf('[')));
  const tarball = join(packDir, filename);
  const tarballKey = sha(readFileSync(tarball));
  times.pack = pack.seconds;
  if (cached('tarball', tarballKey)) times.tarball = 0;
  else {
    const result = run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], HOSTS_DIR);
    if (result.status !== 0) throw new Error(`installing ${filename} into test/hosts failed:\n${result.output}`);
    remember('tarball', tarballKey);
    times.tarball = result.seconds;
  }
  return { times, inputs: sha(lockKey, tarballKey) };
}

/** Runs a step of a host unless the same inputs already passed it (and left its output). */
function step(name, stepName, inputs, args, output) {
  const dir = join(HOSTS_DIR, name);
  const key = sha(inputs, args.join(' '), ...filesOf(dir).map((file) => `${relative(dir, file)}\0${readFileSync(file, 'utf8')}`));
  const done = `${name}-${stepName}`;
  if (cached(done, key) && (!output || existsSync(output))) return { status: 0, output: '', seconds: 0, cached: true };
  const result = run(args[0], args.slice(1), dir);
  if (result.status === 0) remember(done, key);
  return result;
}

export const build = (name, inputs) => step(name, 'build', inputs, HOSTS[name].build, HOSTS[name].output ?? join(BUILD, name, 'index.html'));
export const check = (name, inputs) => step(name, 'check', inputs, HOSTS[name].check);
/** A checker's run that must fail: never cached, as its output is what the test reads. */
export const negative = (name) => run(HOSTS[name].negative[0], HOSTS[name].negative.slice(1), join(HOSTS_DIR, name));

/** `next start` on a free port; resolves once it answers. */
export async function startNext() {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: join(HOSTS_DIR, 'next'), env: { ...process.env, ...QUIET }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (data) => (log += data));
  child.stderr.on('data', (data) => (log += data));
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 150; tries++) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log}`);
    try {
      await fetch(origin);
      return { origin, log: () => log, close: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill()))) };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill();
  throw new Error(`next start did not answer within 30 s:\n${log}`);
}
