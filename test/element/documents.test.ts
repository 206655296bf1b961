// The widget in another document: a same-origin iframe, moved there and back, or first connected
// there (issue 10 item 5; Lit's adopted-stylesheet issues lit/lit#4868 and lit/lit#5162).
import { expect } from '@open-wc/testing';
import { $, answerWeeks, currentStep, headingText, mount, settle, type Widget } from './driver.js';

/** A same-origin iframe with a blank document, on the page. */
async function frame(): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '40em';
  iframe.style.height = '40em';
  document.body.append(iframe);
  // Firefox gives a new iframe its own about:blank only after a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return iframe;
}

/** The widget's own styles are in force: Continue is a 44 px target and the banner has its edge. */
function styled(el: Widget): { continueHeight: number; bannerBorder: string } {
  const view = el.ownerDocument.defaultView!;
  const banner = view.getComputedStyle($(el, '[part~="emergency-banner"]')!);
  return {
    continueHeight: Math.round($(el, '[part~="continue"]')!.getBoundingClientRect().height),
    bannerBorder: banner.borderInlineStartStyle,
  };
}

/** Errors the browser reports while `run` runs, on the page and in the frame. */
async function errorsDuring(frames: Window[], run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const listen = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
  for (const view of [window, ...frames]) {
    view.addEventListener('error', listen);
    view.addEventListener('unhandledrejection', listen);
  }
  try {
    await run();
  } finally {
    for (const view of [window, ...frames]) {
      view.removeEventListener('error', listen);
      view.removeEventListener('unhandledrejection', listen);
    }
  }
  return errors;
}

describe('in a same-origin iframe (item 5)', () => {
  let iframe: HTMLIFrameElement;
  beforeEach(async () => {
    iframe = await frame();
  });
  afterEach(() => iframe.remove());

  it('moved into the iframe and back, it keeps its styles and its answers', async () => {
    const el = await mount();
    const onPage = styled(el);
    expect(onPage.continueHeight).to.be.at.least(44);
    await answerWeeks(el, '20');
    const errors = await errorsDuring([iframe.contentWindow!], async () => {
      iframe.contentDocument!.body.append(el);
      await settle(el);
      expect(styled(el), 'in the iframe').to.deep.equal({ ...onPage, continueHeight: styled(el).continueHeight });
      expect(styled(el).continueHeight).to.be.at.least(44);
      expect(currentStep(el)).to.equal('bleeding');
      document.body.append(el);
      await settle(el);
    });
    expect(styled(el), 'back on the page').to.deep.equal({ ...onPage, continueHeight: styled(el).continueHeight });
    expect(styled(el).continueHeight).to.be.at.least(44);
    expect(el.answers.weeks).to.equal(20);
    expect(errors).to.deep.equal([]);
    el.remove();
  });

  it('moved with adoptNode, the same', async () => {
    const el = await mount();
    const onPage = styled(el);
    iframe.contentDocument!.body.append(iframe.contentDocument!.adoptNode(el));
    await settle(el);
    expect(styled(el).bannerBorder).to.equal(onPage.bannerBorder);
    expect(styled(el).continueHeight).to.be.at.least(44);
  });

  it('first connected inside the iframe, it draws, with its styles and no error', async () => {
    const el = document.createElement('bleeding-triage');
    el.setAttribute('region', 'GB');
    const errors = await errorsDuring([iframe.contentWindow!], async () => {
      iframe.contentDocument!.body.append(el);
      await settle(el);
    });
    expect(errors).to.deep.equal([]);
    expect(headingText(el)).to.equal('How many weeks pregnant are you?');
    expect(styled(el).continueHeight).to.be.at.least(44);
    expect(styled(el).bannerBorder).to.equal('solid');
    // And it works there: a person can answer.
    await answerWeeks(el, '20');
    expect(currentStep(el)).to.equal('bleeding');
    // Moved out to the page, still styled.
    document.body.append(el);
    await settle(el);
    expect(styled(el).continueHeight).to.be.at.least(44);
    el.remove();
  });

  it('two iframes and the page at once: each keeps its own styles', async () => {
    const second = await frame();
    try {
      const [a, b] = [document.createElement('bleeding-triage'), document.createElement('bleeding-triage')];
      iframe.contentDocument!.body.append(a);
      second.contentDocument!.body.append(b);
      const onPage = await mount();
      await settle(a);
      await settle(b);
      for (const el of [a, b, onPage]) expect(styled(el).continueHeight).to.be.at.least(44);
    } finally {
      second.remove();
    }
  });
});
