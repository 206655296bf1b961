export declare const light: import("lit").CSSResult;
export declare const dark: import("lit").CSSResult;
