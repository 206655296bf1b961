/**
 * The sources the rules, causes and advice cite, titled as published and linked where they
 * were read (clinical/GUIDANCE.md §12 and §13). Only cited sources are listed; a test keeps it so.
 */
export declare const SOURCES: {
    S1: {
        title: string;
        url: string;
    };
    S3: {
        title: string;
        url: string;
    };
    S4: {
        title: string;
        url: string;
    };
    S5: {
        title: string;
        url: string;
    };
    S6: {
        title: string;
        url: string;
    };
    S7: {
        title: string;
        url: string;
    };
    S8: {
        title: string;
        url: string;
    };
    S8b: {
        title: string;
        url: string;
    };
    S9: {
        title: string;
        url: string;
    };
    S10: {
        title: string;
        url: string;
    };
    S15: {
        title: string;
        url: string;
    };
    S16: {
        title: string;
        url: string;
    };
    S18: {
        title: string;
        url: string;
    };
    S19: {
        title: string;
        url: string;
    };
    S20: {
        title: string;
        url: string;
    };
    S21: {
        title: string;
        url: string;
    };
    S22: {
        title: string;
        url: string;
    };
    S22b: {
        title: string;
        url: string;
    };
    S23: {
        title: string;
        url: string;
    };
    S24: {
        title: string;
        url: string;
    };
    S25: {
        title: string;
        url: string;
    };
    S26: {
        title: string;
        url: string;
    };
    S27: {
        title: string;
        url: string;
    };
    S28: {
        title: string;
        url: string;
    };
    S36: {
        title: string;
        url: string;
    };
    S37: {
        title: string;
        url: string;
    };
    S38: {
        title: string;
        url: string;
    };
    S39: {
        title: string;
        url: string;
    };
    S42: {
        title: string;
        url: string;
    };
    S44: {
        title: string;
        url: string;
    };
    S45: {
        title: string;
        url: string;
    };
    S47: {
        title: string;
        url: string;
    };
    S49: {
        title: string;
        url: string;
    };
    S52: {
        title: string;
        url: string;
    };
    S53: {
        title: string;
        url: string;
    };
    S54: {
        title: string;
        url: string;
    };
    S55: {
        title: string;
        url: string;
    };
    S56: {
        title: string;
        url: string;
    };
    S57: {
        title: string;
        url: string;
    };
    S58: {
        title: string;
        url: string;
    };
    S59: {
        title: string;
        url: string;
    };
    S60: {
        title: string;
        url: string;
    };
    S61: {
        title: string;
        url: string;
    };
    S62: {
        title: string;
        url: string;
    };
    S63: {
        title: string;
        url: string;
    };
};
