/** Freezes a value and everything reachable from it, so exported tables cannot be altered. */
export declare function deepFreeze<T>(value: T): T;
