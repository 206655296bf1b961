// The demo: `npm start` serves demo/ with live reload; `npx vite build` writes demo-dist/.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';

const demoDir = new URL('./demo/', import.meta.url);
const pages = Object.fromEntries(
  readdirSync(demoDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), new URL(file, demoDir).pathname]),
);

export default defineConfig({
  root: 'demo',
  // Pages load ../dist/*.js so they also work from any static server.
  server: { host: '127.0.0.1', port: 5173, open: false, fs: { allow: ['..'] } },
  build: { outDir: '../demo-dist', emptyOutDir: true, rollupOptions: { input: pages } },
});
