export declare const dark: import("lit").CSSResult;
