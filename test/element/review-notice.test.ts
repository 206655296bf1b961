// Its own file, so its own page: the notice is once a page per language.
import { expect } from '@open-wc/testing';
import { $, html, mount, settle } from './driver.js';

describe('review status of a translation', () => {
  it('an unreviewed language says so in the console once a page, naming the language', async () => {
    const notices: string[] = [];
    const original = console.info;
    console.info = (...args: unknown[]) => notices.push(String(args[0]));
    try {
      for (let i = 0; i < 2; i += 1) {
        const el = await mount(html`<bleeding-triage lang="ar" region="SA"></bleeding-triage>`);
        for (let tries = 0; tries < 100 && $(el, '.frame')?.getAttribute('lang') !== 'ar'; tries += 1) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          await settle(el);
        }
        expect($(el, '.frame')!.getAttribute('lang')).to.equal('ar');
      }
    } finally {
      console.info = original;
    }
    expect(notices).to.deep.equal([
      '<bleeding-triage>: the ar words have not been reviewed by a clinical translator yet; read "Languages" in the README before clinical use.',
    ]);
  });
});
