// Browser tests: real Debian Chromium driven by puppeteer-core (nothing downloads a browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags from TOOLCHAIN.md: headless as root, and no background traffic on a closed network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default {
  nodeResolve: true,
  // One group per area so one area can run alone: `npx wtr --group engine`.
  groups: [
    { name: 'engine', files: 'test/engine/**/*.test.ts' },
    { name: 'element', files: 'test/element/**/*.test.ts' },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: chromiumArgs } }),
  ],
  // Lit's dev-mode notice is expected in tests and says nothing about the code under test.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  reporters: [
    process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(),
    countReporter(process.env.WTR_COUNTS_FILE),
  ],
};
