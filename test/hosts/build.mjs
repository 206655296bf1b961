// Builds the framework host apps in test/hosts/ with Vite into build/hosts/<name>/.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const HOSTS = ['react', 'vue'];

export async function buildHost(name) {
  const root = fileURLToPath(new URL(`./${name}/`, import.meta.url));
  const outDir = fileURLToPath(new URL(`../../build/hosts/${name}/`, import.meta.url));
  await build({
    root,
    logLevel: 'warn',
    configFile: false,
    base: './',
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of HOSTS) console.log(`built ${name}: ${await buildHost(name)}`);
}
