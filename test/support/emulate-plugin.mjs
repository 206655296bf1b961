// A test-runner command, `emulate`, that switches media features where the engine can:
// colour scheme, reduced motion, forced colours and print. It answers false where the launcher
// cannot (Firefox over WebDriver BiDi, WebKit over WebDriver), so a test can check the styles
// some other way instead of skipping.
export function emulatePlugin() {
  return {
    name: 'emulate-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      const features = [
        ['prefers-color-scheme', payload.colorScheme],
        ['prefers-reduced-motion', payload.reducedMotion],
        ['forced-colors', payload.forcedColors],
      ].filter(([, value]) => value !== undefined);
      try {
        await page.emulateMediaFeatures(features.map(([name, value]) => ({ name, value })));
        if (payload.media !== undefined) await page.emulateMediaType(payload.media);
        return true;
      } catch {
        return false;
      }
    },
  };
}
