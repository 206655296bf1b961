// Runs before `npm test`: the browser suites run in Debian's Chromium, Firefox ESR and WebKitGTK.
// Says clearly what is missing and the command that installs it.
import { existsSync } from 'node:fs';

const needed = [
  ['Chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'chromium'],
  ['Firefox ESR', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'],
  ['WebKitWebDriver', process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
  ['Xvfb (WebKitGTK has no headless mode)', '/usr/bin/Xvfb', 'xvfb'],
];
const missing = needed.filter(([, path]) => !existsSync(path));
if (missing.length) {
  console.error(`
The browser tests need Debian's browsers, and these are not installed:
${missing.map(([name, path]) => `  - ${name} (${path})`).join('\n')}

Install them with:

    sudo apt-get update && sudo apt-get install -y ${missing.map(([, , pkg]) => pkg).join(' ')}

(or point CHROMIUM_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH at other binaries), then run npm test again.
`);
  process.exit(1);
}
