// Wall-clock time in an IANA time zone, with nothing but Intl.DateTimeFormat: which day and
// minute it is there at an instant, and the instant a wall-clock time there happens at.
import { formatter } from '../i18n/format.js';

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

const MINUTE = 60_000;

/** A formatter giving a zone's wall-clock parts as numbers; `zone` undefined is the browser's. */
const partsIn = (zone: string | undefined) =>
  formatter(`zone ${zone}`, () => new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }));

/** Whether the browser knows this IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    partsIn(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `zone` at `instant` (to the minute). */
export function wallTime(instant: number, zone: string | undefined): WallTime {
  const parts: Record<string, number> = {};
  for (const { type, value } of partsIn(zone).formatToParts(instant)) parts[type] = Number(value);
  const { year, month, day } = parts;
  const midnight = Date.UTC(year, month - 1, day);
  // Some engines write midnight as hour 24 even in h23.
  return { year, month, day, weekday: (new Date(midnight).getUTCDay() + 6) % 7, minutes: (parts.hour % 24) * 60 + parts.minute };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, zone: string | undefined): number {
  const wall = wallTime(instant, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day) + wall.minutes * MINUTE;
  return asUtc - (instant - (((instant % MINUTE) + MINUTE) % MINUTE));
}

/**
 * The instant the wall clock in `zone` shows `minutes` after midnight of the given day (minutes
 * past 1440 run into the next days). Across a daylight-saving change the offset is read twice:
 * a time the clocks skip comes out just after the change.
 */
export function instantAt(year: number, month: number, day: number, minutes: number, zone: string | undefined): number {
  const wall = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  const first = wall - offsetAt(wall, zone);
  return wall - offsetAt(first, zone);
}
