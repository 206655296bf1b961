// Starts what WebKitGTK needs for the test runner: an X display (Xvfb, when none is set: WebKitGTK
// has no headless mode) and WebKitWebDriver, which drives the MiniBrowser. Both stop when the
// test runner exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

const children = [];
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

function start(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function waitFor(check, what, timeoutMs = 15000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`webkit: ${what} did not start within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts Xvfb (if needed) and WebKitWebDriver; resolves with the driver's port. */
export async function startWebKit() {
  for (const [path, hint] of [
    [DRIVER, 'apt-get install -y webkit2gtk-driver'],
    [MINIBROWSER, 'apt-get install -y webkit2gtk-driver (it brings MiniBrowser)'],
  ]) {
    if (!existsSync(path)) throw new Error(`webkit: ${path} is missing; install it with: sudo ${hint}`);
  }
  let display = process.env.DISPLAY;
  if (!display) {
    display = `:${90 + (process.pid % 400)}`;
    start('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    await waitFor(async () => existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), 'Xvfb');
  }
  const port = 4400 + (process.pid % 500);
  start(DRIVER, [`--port=${port}`], { DISPLAY: display });
  await waitFor(() => portOpen(port), 'WebKitWebDriver');
  return port;
}
