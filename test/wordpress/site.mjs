// A throwaway WordPress for the plugin suite, started and stopped by the test itself:
// Debian's wordpress package (6.1) unpacked from its .deb (no apache2), MariaDB on a socket
// in a temporary folder (no TCP port), and PHP's built-in web server on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HERE = new URL('.', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;
// Downloaded once, kept between runs (npm ci empties node_modules; build/ is not committed).
const DEB_CACHE = join(ROOT, 'build/cache/wordpress-debs');
// WordPress, its default block theme, a classic theme, and the files its package links to in
// other packages.
const DEBS = ['wordpress', 'wordpress-theme-twentytwentythree', 'wordpress-theme-twentytwentyone', 'libjs-underscore', 'libjs-cropper', 'php-getid3'];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function debs() {
  mkdirSync(DEB_CACHE, { recursive: true });
  const have = () => readdirSync(DEB_CACHE).filter((file) => file.endsWith('.deb'));
  const lacking = DEBS.filter((name) => !have().some((file) => file.startsWith(`${name}_`)));
  if (lacking.length) {
    const result = spawnSync('apt-get', ['download', ...lacking], { cwd: DEB_CACHE, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`apt-get download ${lacking.join(' ')} failed; run "sudo apt-get update" and try again:\n${result.stderr}`);
    }
  }
  return have().map((file) => join(DEB_CACHE, file));
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until(what, check, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
}

function startDatabase(work) {
  const data = join(work, 'db');
  const socket = join(work, 'db.sock');
  const log = join(work, 'db.err');
  const user = run('id', ['-un']).trim();
  run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db']);
  const server = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--user=${user}`, `--pid-file=${join(work, 'db.pid')}`, `--log-error=${log}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { stdio: 'ignore', detached: true });
  return { server, socket, log };
}

function wpConfig({ socket, origin, work }) {
  return `<?php
// The suite's test site: a socket-only database, no cron, no outgoing requests, no updates.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name) => [`define( '${name}_KEY', '${name.toLowerCase()}-key-for-the-test-site-only' );`, `define( '${name}_SALT', '${name.toLowerCase()}-salt-for-the-test-site-only' );`]).join('\n')}
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Starts a fresh WordPress with an administrator ("admin") and an author ("author"), each with
 * an application password for the REST API. Returns how to reach and drive it.
 */
export async function startWordPress() {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'bt-wp-'));
  const unpacked = join(work, 'root');
  for (const deb of debs()) run('dpkg', ['-x', deb, unpacked]);
  const wordpress = join(unpacked, 'usr/share/wordpress');
  const database = startDatabase(work);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let web;

  // If the test process dies first, still stop the servers it started.
  const killOnExit = () => {
    for (const child of [web, database.server]) {
      if (child && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
    }
  };
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    for (const child of [web, database.server]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // Each runs in its own process group: PHP's server forks workers that must stop too.
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
    }
    rmSync(work, { recursive: true, force: true });
  };

  try {
    await until('MariaDB', () => existsSync(database.log) && readFileSync(database.log, 'utf8').includes('ready for connections'));
    run('mariadb', ['--no-defaults', `--socket=${database.socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);
    writeFileSync(join(wordpress, 'wp-config.php'), wpConfig({ socket: database.socket, origin, work }));
    mkdirSync(join(wordpress, 'wp-content/mu-plugins'), { recursive: true });
    cpSync(join(HERE, 'mu-plugins/test-harness.php'), join(wordpress, 'wp-content/mu-plugins/test-harness.php'));

    /** Runs PHP inside WordPress (optionally as a user) and returns what it returns. */
    const php = (code, { user, installing = false } = {}) => {
      const out = run('php', [join(HERE, 'php/run.php'), wordpress, ...(user ? [user] : [])], {
        input: code,
        env: { ...process.env, BT_WP_ORIGIN: origin, ...(installing ? { BT_WP_INSTALLING: '1' } : {}) },
      });
      const marker = out.lastIndexOf('\n--bt-result--\n');
      if (marker < 0) throw new Error(`PHP printed no result:\n${out}`);
      return JSON.parse(out.slice(marker + 15));
    };

    const users = php(readFileSync(join(HERE, 'php/install.php'), 'utf8').replace(/^<\?php/, ''), { installing: true });
    web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', wordpress], { stdio: 'ignore', detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' } });
    await until('PHP\'s web server', async () => (await fetch(`${origin}/wp-login.php`).catch(() => null))?.ok);
    return {
      origin,
      wordpress,
      users,
      php,
      seconds: (Date.now() - started) / 1000,
      /** PHP warnings and notices that name the plugin (WordPress 6.1's own PHP 8.2 deprecations are left out). */
      pluginNotices: () => (existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8').split('\n').filter((line) => line.includes('/plugins/bleeding-triage/')) : []),
      /** Requests the plugin's own code tried to make. */
      pluginRequests: () => {
        const log = join(wordpress, 'wp-content/plugin-http-requests.log');
        return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
