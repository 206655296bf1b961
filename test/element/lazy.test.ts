import { expect } from '@open-wc/testing';
import { lazyPart } from '../../src/element/lazy.js';

describe('a part of the widget that loads as a file of its own', () => {
  const quietly = async <T>(run: () => Promise<T>): Promise<{ value: T; warnings: unknown[][] }> => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      return { value: await run(), warnings };
    } finally {
      console.warn = original;
    }
  };

  it('loads once, however often it is asked for', async () => {
    let imports = 0;
    const part = lazyPart('a part', async () => ({ n: ++imports }));
    expect(part.loaded()).to.equal(undefined);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).to.equal(b);
    expect(await part.load()).to.equal(a);
    expect(part.loaded()).to.deep.equal({ n: 1 });
    expect(imports).to.equal(1);
  });

  it('says when it failed, with a warning, and tries again the next time it is asked for', async () => {
    let attempts = 0;
    const part = lazyPart('the thing', async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { ok: true };
    });
    const first = await quietly(() => part.load());
    expect(first.value).to.equal(undefined);
    expect(part.failed()).to.equal(true);
    expect(String(first.warnings[0][0])).to.contain('could not load the thing');
    expect(await part.load()).to.deep.equal({ ok: true });
    expect(part.failed()).to.equal(false);
    expect(attempts).to.equal(2);
  });

  it('given up on while it loads: shows as failed, tries again when asked, and still arrives late', async () => {
    let attempts = 0;
    let deliver!: (value: { ok: boolean }) => void;
    const part = lazyPart('the slow thing', () => {
      attempts += 1;
      return new Promise<{ ok: boolean }>((resolve) => (deliver = resolve));
    });
    const first = part.load();
    expect(part.failed()).to.equal(false);
    const { warnings } = await quietly(async () => part.giveUp());
    expect(String(warnings[0][0])).to.contain('gave up waiting for the slow thing');
    expect(part.failed()).to.equal(true);
    // Asked again: a new attempt, shown as loading again.
    const second = part.load();
    expect(attempts).to.equal(2);
    expect(part.failed()).to.equal(false);
    deliver({ ok: true });
    expect(await second).to.deep.equal({ ok: true });
    expect(part.loaded()).to.deep.equal({ ok: true });
    // Giving up once it has arrived changes nothing.
    part.giveUp();
    expect(part.failed()).to.equal(false);
    void first;
  });
});
