import { defineConfig } from 'astro/config';

// A static site, served by the end-to-end server from the repository root.
export default defineConfig({
  outDir: '../../../build/hosts/astro',
  base: '/build/hosts/astro',
  telemetry: false,
  devToolbar: { enabled: false },
});
