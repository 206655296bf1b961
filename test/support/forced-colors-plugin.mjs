// A test-runner command that turns on (or off) forced colours in Chromium through puppeteer,
// which the built-in emulateMedia command only offers for Playwright.
export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
        return true;
      } catch {
        return false; // the engine behind this launcher cannot emulate it
      }
    },
  };
}
