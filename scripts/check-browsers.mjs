// Runs before `npm test`: says clearly what is missing and how to install it.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`
The browser tests need Debian's Chromium at ${chromium}, and it is not installed.
Install it with:

    sudo apt-get update && sudo apt-get install -y chromium

(or set CHROMIUM_PATH to another Chromium binary), then run npm test again.
`);
  process.exit(1);
}
