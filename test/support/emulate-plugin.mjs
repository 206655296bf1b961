// A test-runner command, `emulate`, that switches media features where the engine can:
// colour scheme, reduced motion, forced colours and print. It answers false where the launcher
// cannot (Firefox over WebDriver BiDi, WebKit over WebDriver), so a test can check the styles
// some other way instead of skipping.
//
// Chromium is switched over the DevTools protocol itself: puppeteer's emulateMediaFeatures
// refuses `forced-colors` ("Unsupported media feature"), which Chromium does emulate.
const NAMES = { colorScheme: 'prefers-color-scheme', reducedMotion: 'prefers-reduced-motion', forcedColors: 'forced-colors' };

/** Per page: its DevTools session and what is emulated so far (each call sets the whole list). */
const emulated = new WeakMap();

async function emulateOverDevTools(page, payload) {
  let state = emulated.get(page);
  if (!state) {
    state = { session: await page.createCDPSession(), features: {}, media: '' };
    emulated.set(page, state);
  }
  for (const [key, name] of Object.entries(NAMES)) if (payload[key] !== undefined) state.features[name] = payload[key];
  if (payload.media !== undefined) state.media = payload.media === 'screen' ? '' : payload.media;
  await state.session.send('Emulation.setEmulatedMedia', {
    media: state.media,
    features: Object.entries(state.features).map(([name, value]) => ({ name, value })),
  });
}

export function emulatePlugin() {
  return {
    name: 'emulate-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        if (page.browser().protocol === 'cdp') {
          await emulateOverDevTools(page, payload);
          return true;
        }
        const features = Object.entries(NAMES)
          .filter(([key]) => payload[key] !== undefined)
          .map(([key, name]) => ({ name, value: payload[key] }));
        await page.emulateMediaFeatures(features);
        if (payload.media !== undefined) await page.emulateMediaType(payload.media);
        return true;
      } catch {
        return false;
      }
    },
  };
}
