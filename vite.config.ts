// The demo: `npm start` serves demo/ with live reload; `npx vite build` writes demo-dist/.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';

const demoDir = new URL('./demo/', import.meta.url);
const pages = Object.fromEntries(
  readdirSync(demoDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), new URL(file, demoDir).pathname]),
);

/** The policy demo/strict-csp.html claims, sent as a header the way a real server would. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

function strictCspHeader(): Plugin {
  const addHeader: Connect.NextHandleFunction = (request, response, next) => {
    if (request.url?.split('?')[0].endsWith('/strict-csp.html')) response.setHeader('Content-Security-Policy', STRICT_CSP);
    next();
  };
  return {
    name: 'strict-csp-header',
    configureServer: (server) => void server.middlewares.use(addHeader),
    configurePreviewServer: (server) => void server.middlewares.use(addHeader),
  };
}

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
  plugins: [strictCspHeader()],
  server: { host: '127.0.0.1', port: 5173, open: false, fs: { allow: ['..'] } },
  build: { outDir: '../demo-dist', emptyOutDir: true, rollupOptions: { input: pages } },
});
