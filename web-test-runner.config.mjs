// Browser tests: real Debian Chromium driven by puppeteer-core (nothing downloads a browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM, CHROMIUM_ARGS } from './test/support/chromium.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { emulatePlugin } from './test/support/emulate-plugin.mjs';
import { MINIBROWSER, startWebKit } from './test/support/webkit.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const BROWSER = process.env.BROWSER ?? 'chromium';

/** One engine per run, so each reports its own count and time: BROWSER=chromium|firefox|webkit. */
async function browserFor(name) {
  switch (name) {
    case 'chromium':
      return chromeLauncher({
        launchOptions: { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] },
        // A window of its own for each test page: a background tab gets no animation frames, and
        // test helpers that wait for one would hang.
        createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      });
    case 'firefox':
      // Puppeteer drives Debian's Firefox ESR over WebDriver BiDi (TOOLCHAIN.md).
      return chromeLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          // A tab that is not in front must keep its timers and animation frames at full speed.
          extraPrefsFirefox: {
            'dom.min_background_timeout_value': 0,
            'dom.min_background_timeout_value_without_budget_throttling': 0,
            'dom.timeout.enable_budget_timer_throttling': false,
            'layout.throttled_frame_rate': 60,
          },
        },
      });
    case 'webkit': {
      // WebKitGTK's MiniBrowser through WebKitWebDriver (TOOLCHAIN.md): Safari's engine, not Safari.
      const port = await startWebKit();
      return webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitWebDriver speaks classic WebDriver, not BiDi.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      });
    }
    default:
      throw new Error(`BROWSER=${name}: expected chromium, firefox or webkit`);
  }
}

export default {
  nodeResolve: true,
  // One group per area so one area can run alone: `npx wtr --group engine`.
  // WTR_FILES=test/element/flow.test.ts runs only those files.
  groups: process.env.WTR_FILES
    ? [{ name: 'selected', files: process.env.WTR_FILES.split(',') }]
    : [
        { name: 'engine', files: 'test/engine/**/*.test.ts' },
        { name: 'element', files: 'test/element/**/*.test.ts' },
        { name: 'i18n', files: 'test/i18n/**/*.test.ts' },
        { name: 'fhir', files: 'test/fhir/**/*.test.ts' },
      ],
  // a11ySnapshot: the browser's own accessibility tree (Chromium), for names a screen reader hears.
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), emulatePlugin(), a11ySnapshotPlugin()],
  browsers: [await browserFor(BROWSER)],
  // Chromium gives each test page a window of its own, so two can run at once. Firefox's pages
  // are tabs of one window, where only the front tab gets keyboard focus; WebDriver runs one page
  // at a time anyway.
  concurrency: BROWSER === 'chromium' ? 2 : 1,
  // Lit's dev-mode notice is expected in tests and says nothing about the code under test.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  reporters: [
    process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(),
    countReporter(process.env.WTR_COUNTS_FILE),
  ],
};
