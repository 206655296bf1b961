/** Freezes a value and everything reachable from it, so a result cannot be altered. */
export declare function deepFreeze<T>(value: T): T;
/**
 * A frozen copy of a table with no prototype on any of its objects: the engine reads rules by
 * field name, and a field another script put on Object.prototype ("causes", "noneOf") must never
 * be read as part of a rule.
 */
export declare function frozenTable<T>(value: T): T;
