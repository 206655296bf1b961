/**
 * A part of the widget that loads as a file of its own, once, when first asked for. Until it has
 * loaded, or if it cannot, `loaded()` is undefined and the widget shows what it can without it;
 * a failed load, or one given up on, is tried again the next time it is asked for.
 */
export interface LazyPart<T> {
  loaded(): T | undefined;
  /** Whether the last attempt failed or was given up on (and none is under way). */
  failed(): boolean;
  load(): Promise<T | undefined>;
  /** Stops waiting for a load that takes too long: it shows as failed, though it may still arrive. */
  giveUp(): void;
}

export function lazyPart<T>(what: string, importer: () => Promise<T>): LazyPart<T> {
  let module: T | undefined;
  let failed = false;
  let loading: Promise<T | undefined> | undefined;
  const fail = (why: string, error?: unknown) => {
    failed = true;
    loading = undefined;
    console.warn(`<bleeding-triage>: ${why} ${what}; showing what the widget can without it.`, error ?? '');
  };
  return {
    loaded: () => module,
    failed: () => failed && !loading,
    load: () =>
      (loading ??= importer().then(
        (loadedModule) => {
          failed = false;
          return (module = loadedModule);
        },
        (error) => void fail('could not load', error),
      )),
    giveUp: () => {
      if (loading && !module) fail('gave up waiting for');
    },
  };
}
