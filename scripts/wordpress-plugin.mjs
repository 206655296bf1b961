// Builds the installable WordPress plugin, build/wordpress/bleeding-triage.zip: the plugin in
// wordpress/ plus the built drop-in (the ES module with the chunks and languages it loads, and
// the classic build), all under bleeding-triage/. Deterministic: see zip.mjs.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { zip } from './zip.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const PLUGIN = join(ROOT, 'wordpress');
const OUT = join(ROOT, 'build/wordpress/bleeding-triage.zip');
const SLUG = 'bleeding-triage';
// Tools for developing the plugin, not part of it.
const NOT_SHIPPED = new Set(['phpcs.xml.dist']);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.') || NOT_SHIPPED.has(name)) return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The module and every file it imports, statically or lazily, by relative address. */
function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport\(?)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(file), specifier));
    }
  };
  visit(entry);
  return [...seen];
}

/** The plugin must say the package's version everywhere WordPress reads one. */
function checkVersions() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const main = readFileSync(join(PLUGIN, 'bleeding-triage.php'), 'utf8');
  const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
  const found = {
    'bleeding-triage.php header': main.match(/^ \* Version:\s*(\S+)/m)?.[1],
    'BLEEDING_TRIAGE_VERSION': main.match(/BLEEDING_TRIAGE_VERSION = '([^']+)'/)?.[1],
    'readme.txt Stable tag': readme.match(/^Stable tag:\s*(\S+)/m)?.[1],
  };
  const wrong = Object.entries(found).filter(([, value]) => value !== version);
  if (wrong.length) {
    throw new Error(`wordpress/: the version must be ${version} (package.json) but ${wrong.map(([where, value]) => `${where} is ${value}`).join(', ')}`);
  }
}

checkVersions();
const dist = join(ROOT, 'dist');
const built = [...moduleGraph(join(dist, 'bleeding-triage.js')), join(dist, 'bleeding-triage.iife.js')];
const withMaps = built.flatMap((file) => {
  try {
    statSync(`${file}.map`);
    return [file, `${file}.map`];
  } catch {
    return [file];
  }
});
const entries = [
  ...filesUnder(PLUGIN).map((file) => ({ name: relative(PLUGIN, file), file })),
  ...withMaps.map((file) => ({ name: posix.join('dist', relative(dist, file)), file })),
  { name: 'LICENSE', file: join(ROOT, 'LICENSE') },
].map(({ name, file }) => ({ name: posix.join(SLUG, name.split('\\').join('/')), data: readFileSync(file) }));

mkdirSync(dirname(OUT), { recursive: true });
const archive = zip(entries);
writeFileSync(OUT, archive);
console.log(`wordpress: ${relative(ROOT, OUT)}, ${entries.length} files, ${(archive.length / 1024).toFixed(1)} KB`);
