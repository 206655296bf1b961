/**
 * Static styles only (no inline style attributes), so the widget runs under a strict CSP.
 * Sizes are in em, never rem: hosts set odd root sizes. Fonts inherit from the host.
 */
export declare const styles: import("lit").CSSResult;
