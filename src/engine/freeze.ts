/** Freezes a value and everything reachable from it, so a result cannot be altered. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * A frozen copy of a table with no prototype on any of its objects: the engine reads rules by
 * field name, and a field another script put on Object.prototype ("causes", "noneOf") must never
 * be read as part of a rule.
 */
export function frozenTable<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenTable)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = frozenTable((value as Record<string, unknown>)[key]);
  return Object.freeze(copy) as T;
}
