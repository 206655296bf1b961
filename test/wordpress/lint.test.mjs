// Static checks of the plugin's source: PHP syntax, the WordPress conventions that Debian's
// PHP_CodeSniffer can check (see phpcs-debian.xml), the editor script's syntax, block.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const PLUGIN = new URL('../../wordpress', import.meta.url).pathname;
const RULESET = new URL('./phpcs-debian.xml', import.meta.url).pathname;

const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const php = files(PLUGIN).filter((file) => file.endsWith('.php'));

test('every PHP file of the plugin parses (php -l)', () => {
  assert.ok(php.length >= 8, `found ${php.length} PHP files`);
  for (const file of php) {
    const { status, stdout, stderr } = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    assert.equal(status, 0, `${file}: ${stdout}${stderr}`);
  }
});

test('the plugin follows the WordPress conventions Debian\'s phpcs can check', () => {
  const { status, stdout, stderr } = spawnSync('phpcs', [`--standard=${RULESET}`, '-s', '--report-width=160', PLUGIN], { encoding: 'utf8' });
  assert.equal(status, 0, `${stdout}${stderr}`);
});

test('every PHP file refuses to run on its own, outside WordPress', () => {
  for (const file of php) {
    const guard = file.endsWith('uninstall.php') ? "defined( 'WP_UNINSTALL_PLUGIN' ) || exit;" : "defined( 'ABSPATH' ) || exit;";
    assert.ok(readFileSync(file, 'utf8').includes(guard), `${file} lacks ${guard}`);
  }
});

test('the editor script parses, and block.json names its handle and the attributes the PHP reads', () => {
  const { status, stderr } = spawnSync('node', ['--check', join(PLUGIN, 'block/editor.js')], { encoding: 'utf8' });
  assert.equal(status, 0, stderr);
  const block = JSON.parse(readFileSync(join(PLUGIN, 'block/block.json'), 'utf8'));
  assert.equal(block.name, 'bleeding-triage/triage');
  assert.equal(block.editorScript, 'bleeding-triage-editor');
  assert.deepEqual(Object.keys(block.attributes), ['region', 'lang', 'headingLevel', 'appearance', 'contacts']);
});
