import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/en.js';
import { CATALOGUES, RIGHT_TO_LEFT, resolveLocale, type Locale } from '../i18n/locales.js';
import { warn } from './attributes.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for every instance: it watches `lang` anywhere in the document, and in any
// shadow root an instance lives in, and asks each instance to look again. It stops when the last
// instance leaves the page.
const controllers = new Set<LocaleController>();
const noticed = new Set<Locale>();

/** Once a page: the host sees that a language's words await a clinical translator's review. */
function noticeUnreviewed(locale: Locale): void {
  if (noticed.has(locale)) return;
  noticed.add(locale);
  console.info(`<bleeding-triage>: the ${locale} words have not been reviewed by a clinical translator yet; read "Languages" in the README before clinical use.`);
}
let watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watch(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The nearest `lang` from the element outwards, crossing shadow roots. */
function nearestLang(element: Element): string | undefined {
  for (let node: Element | undefined = element; node; ) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/**
 * Follows the element's language live: its own `lang`, else the nearest ancestor's, else
 * English. Loads that locale's catalogue the first time it is needed; until then, and if it
 * cannot load, English shows.
 */
export class LocaleController implements ReactiveController {
  /** The language tag as written, e.g. "es-MX": its region chooses the emergency number. */
  tag: string | undefined;
  /** The locale asked for. */
  wanted: Locale = 'en';
  /** The catalogue on show (undefined for English); `shown` says which locale it is. */
  catalogue: Messages | undefined;
  shown: Locale = 'en';

  readonly #host: Host;
  #checked = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get direction(): 'ltr' | 'rtl' {
    return RIGHT_TO_LEFT.has(this.shown) ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    controllers.add(this);
    for (let node: Node = this.#host; ; ) {
      const root = node.getRootNode();
      watch(root instanceof ShadowRoot ? root : (root as Document).documentElement ?? root);
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size) return;
    observer?.disconnect();
    watched = new WeakSet();
  }

  /** Reads the language again; re-renders the host if it changed. */
  refresh(): void {
    const tag = nearestLang(this.#host);
    if (this.#checked && tag === this.tag) return;
    this.#checked = true;
    this.tag = tag;
    const { locale, warning } = resolveLocale(tag);
    if (warning) warn('lang', tag, warning);
    this.wanted = locale;
    if (locale === 'en') this.#show('en', undefined);
    else void this.#load(locale);
    this.#host.requestUpdate();
  }

  async #load(locale: Exclude<Locale, 'en'>): Promise<void> {
    let catalogue: Messages | undefined;
    try {
      const { messages, review } = await CATALOGUES[locale]();
      catalogue = messages;
      if (!review.reviewed) noticeUnreviewed(locale);
    } catch (error) {
      warn('lang', this.tag, `the ${locale} catalogue could not load (${String(error)}); showing English`);
    }
    // The language may have changed again while this one loaded.
    if (this.wanted === locale) this.#show(catalogue ? locale : 'en', catalogue);
  }

  #show(locale: Locale, catalogue: Messages | undefined): void {
    const changed = locale !== this.shown || catalogue !== this.catalogue;
    this.shown = locale;
    this.catalogue = catalogue;
    if (changed) this.#host.requestUpdate();
  }
}
