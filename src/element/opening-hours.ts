// Opening hours in the schema.org `openingHours` form ("Mo-Fr 08:00-17:00", "Mo-Fr
// 08:00-17:00; Sa-Su 09:00-12:00", "24/7"), and when they are open, read in a time zone.
import { instantAt, wallTime } from './time-zone.js';

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

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const DASH = '[-\u2013\u2014]';
const DAY_RANGE = new RegExp(`^(\\w\\w)(?:${DASH}(\\w\\w))?$`);
const TIME_RANGE = new RegExp(`^(\\d\\d?):(\\d\\d)${DASH}(\\d\\d?):(\\d\\d)$`);

function dayRange(token: string): number[] | undefined {
  const [, first, last = first] = DAY_RANGE.exec(token.toLowerCase()) ?? [];
  const start = DAYS.indexOf(first);
  const end = DAYS.indexOf(last);
  if (start < 0 || end < 0) return undefined;
  // Fr-Mo runs over the weekend.
  return Array.from({ length: ((end - start + 7) % 7) + 1 }, (_, index) => (start + index) % 7);
}

function timeRange(token: string): [number, number] | undefined {
  const match = TIME_RANGE.exec(token);
  if (!match) return undefined;
  const [fromHour, fromMinute, toHour, toMinute] = match.slice(1).map(Number);
  const from = fromHour * 60 + fromMinute;
  const to = toHour * 60 + toMinute;
  if (fromHour > 23 || toHour > 24 || fromMinute > 59 || toMinute > 59 || to > 1440 || from === to) return undefined;
  return [from, to > from ? to : to + 1440];
}

/**
 * Reads opening hours, or returns undefined when they cannot be read. Rules are separated by
 * semicolons (or follow one another); each is days ("Mo-Fr", "Mo,We,Fr") and then times
 * ("08:00-12:00,13:00-17:00"); days alone mean all day; "24/7" means always.
 */
export function parseOpeningHours(text: string): OpeningHours | undefined {
  if (/^\s*24\/7\s*$/.test(text)) return 'always';
  const rules: Rule[] = [];
  for (const part of text.split(';')) {
    let days: number[] = [];
    let times: [number, number][] = [];
    const close = () => {
      if (!days.length) return;
      for (const [from, to] of times.length ? times : [[0, 1440] as [number, number]]) rules.push({ days, from, to });
      days = [];
      times = [];
    };
    for (const token of part.split(/[\s,]+/).filter(Boolean)) {
      const weekdays = dayRange(token);
      const time = weekdays ? undefined : timeRange(token);
      if (weekdays) {
        if (times.length) close();
        days = [...days, ...weekdays];
      } else if (time && days.length) {
        times.push(time);
      } else {
        return undefined;
      }
    }
    close();
  }
  return rules.length ? rules : undefined;
}

/**
 * When the hours are open, as instants, from the day before `now` to a week and a day after it,
 * on the wall clock of `zone`: enough to know whether they are open now, when they next open,
 * and when that next changes. Touching intervals are merged.
 */
export function openIntervals(hours: OpeningHours, zone: string | undefined, now: number): Interval[] {
  if (hours === 'always') return [[-Infinity, Infinity]];
  const today = wallTime(now, zone);
  const intervals: Interval[] = [];
  for (let offset = -1; offset <= 8; offset += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = (date.getUTCDay() + 6) % 7;
    for (const rule of hours) {
      if (rule.days.includes(weekday)) intervals.push([instantAt(year, month, day, rule.from, zone), instantAt(year, month, day, rule.to, zone)]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged.at(-1);
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

/** Whether `now` falls in one of the intervals. */
export const isOpen = (intervals: Interval[], now: number) => intervals.some(([opens, closes]) => opens <= now && now < closes);

/** The next time they open after `now`, or undefined (always open, or no opening within a week). */
export const nextOpening = (intervals: Interval[], now: number) => intervals.find(([opens]) => opens > now)?.[0];

/** The next time they open or close after `now`, within the week the intervals cover. */
export function nextChange(intervals: Interval[], now: number): number | undefined {
  const changes = intervals.flat().filter((instant) => instant > now && Number.isFinite(instant));
  return changes.length ? Math.min(...changes) : undefined;
}

/** Whether two sets of intervals are ever open at the same time. */
export const overlap = (a: Interval[], b: Interval[]) => a.some(([opensA, closesA]) => b.some(([opensB, closesB]) => opensA < closesB && opensB < closesA));
