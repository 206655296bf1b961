// What the WordPress suite needs from Debian, and how to install what is missing. Read by
// scripts/run-tests.mjs (to skip the suite with this message) and by the suite itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';


const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Each missing piece with the Debian package that brings it; empty when all are there. */
export function missing() {
  const gaps = [];
  if (!has('php')) gaps.push(['PHP (php)', 'php-cli']);
  else if (!/^mysqli$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout ?? '')) gaps.push(["PHP's MySQL driver (mysqli)", 'php-mysql']);
  if (!has('phpcs')) gaps.push(["PHP_CodeSniffer (phpcs)", 'php-codesniffer']);
  if (!existsSync('/usr/sbin/mariadbd') || !has('mariadb-install-db')) gaps.push(['MariaDB (mariadbd)', 'mariadb-server']);
  if (!has('dpkg') || !has('apt-get')) gaps.push(['dpkg and apt-get, to fetch and unpack WordPress', 'dpkg apt']);
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) gaps.push(['Chromium', 'chromium']);
  return gaps;
}

export function explain(gaps) {
  return `The WordPress plugin suite runs a real WordPress (Debian's 6.1 with MariaDB and PHP), and these are not installed:
${gaps.map(([what]) => `  - ${what}`).join('\n')}

Install them with:

    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${[...new Set(gaps.map(([, pkg]) => pkg))].join(' ')}

(.ci/run installs them itself.)`;
}
