/** A calendar day and the minutes since its midnight, on the wall clock of a time zone. */
export interface WallTime {
    year: number;
    /** 1–12. */
    month: number;
    day: number;
    /** 0 Monday … 6 Sunday, as openingHours counts. */
    weekday: number;
    minutes: number;
}
/** Whether the browser knows this IANA time zone. */
export declare function isTimeZone(zone: string): boolean;
/** The wall-clock time in `zone` at `instant` (to the minute). */
export declare function wallTime(instant: number, zone: string | undefined): WallTime;
/**
 * The instant the wall clock in `zone` shows `minutes` after midnight of the given day (minutes
 * past 1440 run into the next days). Across a daylight-saving change the offset is read twice:
 * a time the clocks skip comes out just after the change.
 */
export declare function instantAt(year: number, month: number, day: number, minutes: number, zone: string | undefined): number;
