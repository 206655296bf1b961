import { fileURLToPath } from 'node:url';

// The hosts share one node_modules one folder up.
const root = fileURLToPath(new URL('..', import.meta.url));

export default {
  turbopack: { root },
  outputFileTracingRoot: root,
  // tsc checks the app as a step of its own (test/hosts/hosts.mjs), so the build does not do it twice.
  typescript: { ignoreBuildErrors: true },
};
