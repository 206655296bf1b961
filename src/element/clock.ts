/**
 * The one place the widget reads the time: the care pathway's opening hours are checked against
 * it. Tests (and nothing else) replace `now` to make routing deterministic; the engine never
 * reads the time at all.
 */
export const clock = {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now: (): number => Date.now(),
};
