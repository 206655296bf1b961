/** One rule: the weekdays it applies to (0 Monday … 6 Sunday) and its minutes from midnight. */
interface Rule {
    days: number[];
    from: number;
    /** May pass 1440: the hours run past midnight into the next day. */
    to: number;
}
/** Open all the time, or by weekly rules. */
export type OpeningHours = 'always' | Rule[];
/** [opens, closes) as instants. */
export type Interval = [number, number];
/**
 * Reads opening hours, or returns undefined when they cannot be read. Rules are separated by
 * semicolons (or follow one another); each is days ("Mo-Fr", "Mo,We,Fr") and then times
 * ("08:00-12:00,13:00-17:00"); days alone mean all day; "24/7" means always.
 */
export declare function parseOpeningHours(text: string): OpeningHours | undefined;
/**
 * When the hours are open, as instants, from the day before `now` to a week and a day after it,
 * on the wall clock of `zone`: enough to know whether they are open now, when they next open,
 * and when that next changes. Touching intervals are merged.
 */
export declare function openIntervals(hours: OpeningHours, zone: string | undefined, now: number): Interval[];
/** Whether `now` falls in one of the intervals. */
export declare const isOpen: (intervals: Interval[], now: number) => boolean;
/** The next time they open after `now`, or undefined (always open, or no opening within a week). */
export declare const nextOpening: (intervals: Interval[], now: number) => number | undefined;
/** The next time they open or close after `now`, within the week the intervals cover. */
export declare function nextChange(intervals: Interval[], now: number): number | undefined;
/** Whether two sets of intervals are ever open at the same time. */
export declare const overlap: (a: Interval[], b: Interval[]) => boolean;
export {};
