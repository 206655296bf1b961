// The in-page stopwatch, installed with page.addInitScript before any of the page's own scripts.
//
// Each probe is a small function that looks for something in the page (in the light DOM or in
// any shadow root) and returns a value once it is there and visible, or null. Probes are checked
// in a MutationObserver callback (on the document and on every shadow root, which the
// stopwatch observes by wrapping Element.prototype.attachShadow) and, as a backstop for changes
// no mutation announces (a stylesheet arriving), once per animation frame. The moment a probe
// first succeeds is `performance.now()` in that callback: milliseconds since navigation start,
// the page's time origin. It is taken after the DOM change and before the frame that paints it.
//
// A probe is checked only while it is armed, so the stopwatch costs nothing once it has its
// answers. `first` is armed from the start; `outcome` is armed when the script starts answering.
// `shadow` is marked when the first shadow root is attached.

export function watcherScript(probes, { armed = ['first'] } = {}) {
  const entries = Object.entries(probes)
    .map(([name, source]) => `${JSON.stringify(name)}: (${source})`)
    .join(',\n');
  return `(() => {
  const probes = {${entries}};
  const marks = Object.create(null);
  const waiters = Object.create(null);
  const armed = new Set(${JSON.stringify(armed)});
  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const settle = (name, mark) => {
    marks[name] = mark;
    armed.delete(name);
    for (const resolve of waiters[name] ?? []) resolve(mark);
    delete waiters[name];
  };
  let frame = 0;
  const check = () => {
    for (const name of armed) {
      let value = null;
      try { value = probes[name](visible); } catch { value = null; }
      if (value !== null && value !== undefined && value !== false) settle(name, { t: performance.now(), value });
    }
  };
  const loop = () => { frame = 0; if (!armed.size) return; check(); if (armed.size) frame = requestAnimationFrame(loop); };
  const observer = new MutationObserver(() => { if (armed.size) check(); });
  const observe = (root) => observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  observe(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    // The first shadow root on the page: for a custom element, the moment it upgrades and starts
    // rendering (the start of the "first render" figure).
    if (!marks.shadow) marks.shadow = { t: performance.now() };
    const root = attachShadow.call(this, init);
    observe(root);
    return root;
  };
  frame = requestAnimationFrame(loop);
  Object.defineProperty(window, '__bench', { value: Object.freeze({
    marks,
    mark(name) { settle(name, { t: performance.now() }); return marks[name]; },
    arm(name) { armed.add(name); check(); if (armed.size && !frame) frame = requestAnimationFrame(loop); },
    when(name) { return marks[name] ? Promise.resolve(marks[name]) : new Promise((resolve) => (waiters[name] ??= []).push(resolve)); },
  }) });
})();`;
}
