import { expect } from '@open-wc/testing';
import { isOpen, nextChange, nextOpening, openIntervals, overlap, parseOpeningHours } from '../../src/element/opening-hours.js';
import { instantAt, isTimeZone, wallTime } from '../../src/element/time-zone.js';

const at = (iso: string) => Date.parse(iso);
const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const WEEKDAYS = parseOpeningHours('Mo-Fr 08:00-17:00')!;

describe('opening hours: reading the schema.org form', () => {
  it('reads days, day ranges, day lists, several times a day and several rules', () => {
    expect(parseOpeningHours('Mo-Fr 08:00-17:00')).to.deep.equal([{ days: [0, 1, 2, 3, 4], from: 480, to: 1020 }]);
    expect(parseOpeningHours('Mo-Fr 08:00-17:00; Sa-Su 09:00-12:00')).to.deep.equal([
      { days: [0, 1, 2, 3, 4], from: 480, to: 1020 },
      { days: [5, 6], from: 540, to: 720 },
    ]);
    expect(parseOpeningHours('Mo,We,Fr 09:00-12:00,13:00-17:00')).to.deep.equal([
      { days: [0, 2, 4], from: 540, to: 720 },
      { days: [0, 2, 4], from: 780, to: 1020 },
    ]);
    // Rules may also simply follow one another, as schema.org values are often written.
    expect(parseOpeningHours('Mo-Fr 08:00-17:00, Sa 09:00-12:00')).to.deep.equal([
      { days: [0, 1, 2, 3, 4], from: 480, to: 1020 },
      { days: [5], from: 540, to: 720 },
    ]);
  });

  it('reads 24/7, days alone as all day, ranges over the weekend and past midnight, any case and an en dash', () => {
    expect(parseOpeningHours(' 24/7 ')).to.equal('always');
    expect(parseOpeningHours('Sa-Su')).to.deep.equal([{ days: [5, 6], from: 0, to: 1440 }]);
    expect(parseOpeningHours('Fr-Mo 10:00-11:00')).to.deep.equal([{ days: [4, 5, 6, 0], from: 600, to: 660 }]);
    expect(parseOpeningHours('Fr 20:00-02:00')).to.deep.equal([{ days: [4], from: 1200, to: 1560 }]);
    expect(parseOpeningHours('mo-fr 08:00\u201317:00')).to.deep.equal([{ days: [0, 1, 2, 3, 4], from: 480, to: 1020 }]);
    expect(parseOpeningHours('Mo-Su 00:00-24:00')).to.deep.equal([{ days: [0, 1, 2, 3, 4, 5, 6], from: 0, to: 1440 }]);
  });

  for (const bad of ['', ' ', '8-5', 'Mo-Fr 8am-5pm', 'Xx 08:00-17:00', '08:00-17:00', 'Mo-Fr 17:00-17:00', 'Mo-Fr 25:00-26:00', 'Mo-Fr 08:60-17:00', 'Mo-Fr 08:00-24:30', 'weekdays', '24/7 Mo']) {
    it(`cannot read ${JSON.stringify(bad)}`, () => expect(parseOpeningHours(bad)).to.equal(undefined));
  }
});

describe('time zones with Intl.DateTimeFormat', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone(LONDON)).to.equal(true);
    expect(isTimeZone(NEW_YORK)).to.equal(true);
    expect(isTimeZone('Europe/Londres')).to.equal(false);
    expect(isTimeZone('GMT+25')).to.equal(false);
  });

  it('gives the wall clock of a zone, in and out of daylight-saving time', () => {
    expect(wallTime(at('2025-01-06T08:00:00Z'), LONDON)).to.deep.equal({ year: 2025, month: 1, day: 6, weekday: 0, minutes: 480 });
    expect(wallTime(at('2025-07-07T08:00:00Z'), LONDON)).to.deep.equal({ year: 2025, month: 7, day: 7, weekday: 0, minutes: 540 });
    expect(wallTime(at('2025-01-06T03:30:00Z'), NEW_YORK)).to.deep.equal({ year: 2025, month: 1, day: 5, weekday: 6, minutes: 1350 });
    expect(wallTime(at('2025-03-09T12:00:00Z'), NEW_YORK).minutes).to.equal(8 * 60);
  });

  const cases: [string, string, [number, number, number, number], string][] = [
    ['London, GMT', LONDON, [2025, 3, 28, 480], '2025-03-28T08:00:00Z'],
    ['London, after the clocks go forward', LONDON, [2025, 3, 31, 480], '2025-03-31T07:00:00Z'],
    ['London, a time the clocks skip comes out just after the change', LONDON, [2025, 3, 30, 90], '2025-03-30T01:30:00Z'],
    ['London, after the clocks go back', LONDON, [2025, 10, 27, 480], '2025-10-27T08:00:00Z'],
    ['New York, EST', NEW_YORK, [2025, 3, 7, 480], '2025-03-07T13:00:00Z'],
    ['New York, after the clocks go forward', NEW_YORK, [2025, 3, 10, 480], '2025-03-10T12:00:00Z'],
    ['New York, after the clocks go back', NEW_YORK, [2025, 11, 3, 480], '2025-11-03T13:00:00Z'],
    ['minutes past midnight run into the next day', LONDON, [2025, 1, 3, 1440 + 120], '2025-01-04T02:00:00Z'],
  ];
  for (const [name, zone, [year, month, day, minutes], expected] of cases) {
    it(`the instant of a wall-clock time: ${name}`, () => expect(new Date(instantAt(year, month, day, minutes, zone)).toISOString()).to.equal(new Date(expected).toISOString()));
  }

  it('a time that happens twice when the clocks go back is one of the two', () => {
    const instant = instantAt(2025, 10, 26, 90, LONDON);
    expect([at('2025-10-26T00:30:00Z'), at('2025-10-26T01:30:00Z')]).to.include(instant);
  });
});

describe('open now, next opening, next change', () => {
  const open = (hours = WEEKDAYS, zone = LONDON) => (iso: string) => isOpen(openIntervals(hours, zone, at(iso)), at(iso));

  it('weekdays 08:00-17:00 in London, in winter and in summer', () => {
    const london = open();
    expect(london('2025-01-06T07:59:00Z')).to.equal(false);
    expect(london('2025-01-06T08:00:00Z')).to.equal(true);
    expect(london('2025-01-10T16:59:00Z')).to.equal(true);
    expect(london('2025-01-10T17:00:00Z')).to.equal(false);
    expect(london('2025-01-04T14:00:00Z'), 'Saturday').to.equal(false);
    // British Summer Time: 08:30 on the wall is 07:30 UTC.
    expect(london('2025-07-07T07:30:00Z')).to.equal(true);
    expect(london('2025-07-07T16:30:00Z')).to.equal(false);
  });

  it('the same hours in New York, either side of the clocks going forward', () => {
    const newYork = open(WEEKDAYS, NEW_YORK);
    expect(newYork('2025-03-07T12:45:00Z'), 'Friday 07:45 EST').to.equal(false);
    expect(newYork('2025-03-10T12:45:00Z'), 'Monday 08:45 EDT').to.equal(true);
    expect(newYork('2025-03-10T21:15:00Z'), 'Monday 17:15 EDT').to.equal(false);
  });

  it('hours past midnight are open into the next day, and 24/7 always', () => {
    const friday = open(parseOpeningHours('Fr 20:00-02:00')!);
    expect(friday('2025-01-10T21:00:00Z')).to.equal(true);
    expect(friday('2025-01-11T01:59:00Z'), 'Saturday 01:59').to.equal(true);
    expect(friday('2025-01-11T02:00:00Z')).to.equal(false);
    expect(open('always')('2025-01-11T02:00:00Z')).to.equal(true);
  });

  it('the next opening across a weekend on which the clocks change', () => {
    const opens = (zone: string, iso: string) => new Date(nextOpening(openIntervals(WEEKDAYS, zone, at(iso)), at(iso))!).toISOString();
    expect(opens(LONDON, '2025-03-29T14:00:00Z')).to.equal('2025-03-31T07:00:00.000Z');
    expect(opens(LONDON, '2025-10-25T14:00:00Z')).to.equal('2025-10-27T08:00:00.000Z');
    expect(opens(NEW_YORK, '2025-03-08T19:00:00Z')).to.equal('2025-03-10T12:00:00.000Z');
    expect(opens(NEW_YORK, '2025-11-01T19:00:00Z')).to.equal('2025-11-03T13:00:00.000Z');
    expect(nextOpening(openIntervals('always', LONDON, 0), 0)).to.equal(undefined);
  });

  it('the next change is the next opening or closing, never for 24/7', () => {
    const change = (iso: string) => new Date(nextChange(openIntervals(WEEKDAYS, LONDON, at(iso)), at(iso))!).toISOString();
    expect(change('2025-01-10T10:00:00Z')).to.equal('2025-01-10T17:00:00.000Z');
    expect(change('2025-01-10T17:00:00Z')).to.equal('2025-01-13T08:00:00.000Z');
    expect(nextChange(openIntervals('always', LONDON, 0), 0)).to.equal(undefined);
  });

  it('two sets of hours overlap when both are ever open at once', () => {
    const now = at('2025-01-06T12:00:00Z');
    const weekends = openIntervals(parseOpeningHours('Sa-Su 09:00-12:00')!, LONDON, now);
    const weekdays = openIntervals(WEEKDAYS, LONDON, now);
    expect(overlap(weekdays, weekends)).to.equal(false);
    expect(overlap(weekdays, openIntervals('always', LONDON, now))).to.equal(true);
    expect(overlap(weekdays, openIntervals(parseOpeningHours('Mo 16:00-18:00')!, LONDON, now))).to.equal(true);
  });
});
