// Imports a TypeScript module of src/ in plain Node: bundled by esbuild into memory first.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function importSource(path) {
  const { outputFiles } = await build({ entryPoints: [fileURLToPath(new URL(`../../${path}`, import.meta.url))], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
