// The repository served read-only and one Chromium, shared by the tests of one file.
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

/**
 * Both start before the file's first test and close after its last: read them inside tests.
 * `serverOptions` are serve()'s: headers, refused paths, late answers.
 */
export function sharedSite(serverOptions) {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    site.server = await serve(serverOptions);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
