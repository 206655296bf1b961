// The demo: `npm start` serves demo/ with live reload; `npx vite build` writes demo-dist/.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demoDir = new URL('./demo/', import.meta.url);
const pages = Object.fromEntries(
  readdirSync(demoDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), new URL(file, demoDir).pathname]),
);

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: 'demo',
  // Pages load ../dist/*.js so they work from any static server; Vite serves the source
  // instead, so edits show at once.
  resolve: {
    alias: [
      { find: /^(?:\.\.)?\/dist\/bleeding-triage\.js$/, replacement: source('./src/define.ts') },
      { find: /^(?:\.\.)?\/dist\/engine\.js$/, replacement: source('./src/engine/index.ts') },
      { find: /^(?:\.\.)?\/dist\/fhir\.js$/, replacement: source('./src/fhir/index.ts') },
    ],
  },
  server: { host: '127.0.0.1', port: 5173, open: false, fs: { allow: ['..'] } },
  build: { outDir: '../demo-dist', emptyOutDir: true, rollupOptions: { input: pages } },
});
