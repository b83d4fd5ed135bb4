// Local days and wall-clock times in a channel's zone, computed with Intl (Seoul, and a DST zone).
import { describe, expect, it } from 'vitest';
import {
  addDays,
  isValidTimeZone,
  isoWeekday,
  localDay,
  parseClockTime,
  weekStartOf,
  zonedInstant,
} from '../../src/daily/local-time.js';
import { nextDailyRun } from '../../src/daily/schedule.js';

describe('local time for the question of the day', () => {
  it('puts 09:00 in Seoul at 00:00 UTC, and 23:30 UTC on the next Seoul day', () => {
    expect(new Date(zonedInstant('2026-12-08', '09:00', 'Asia/Seoul')).toISOString()).toBe(
      '2026-12-08T00:00:00.000Z',
    );
    expect(localDay(Date.UTC(2026, 11, 7, 23, 30), 'Asia/Seoul')).toBe('2026-12-08');
    expect(localDay(Date.UTC(2026, 11, 7, 23, 30), 'UTC')).toBe('2026-12-07');
  });

  it('follows daylight saving time in New York', () => {
    expect(new Date(zonedInstant('2026-07-01', '09:00', 'America/New_York')).toISOString()).toBe(
      '2026-07-01T13:00:00.000Z',
    );
    expect(new Date(zonedInstant('2026-12-01', '09:00', 'America/New_York')).toISOString()).toBe(
      '2026-12-01T14:00:00.000Z',
    );
  });

  it('reads times and zones as admins type them, and refuses the rest', () => {
    expect(parseClockTime('9:05')).toBe('09:05');
    expect(parseClockTime('2130')).toBe('21:30');
    expect(parseClockTime('24:00')).toBeUndefined();
    expect(isValidTimeZone('Asia/Seoul')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  it('counts days and weeks on the calendar', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoWeekday('2026-12-14')).toBe(1);
    expect(weekStartOf('2026-12-13')).toBe('2026-12-07');
  });

  it('schedules today when the time is ahead, at once when it was missed, tomorrow when set too late', () => {
    const base = { timeZone: 'Asia/Seoul', postTime: '09:00', postedToday: false };
    const eight = Date.UTC(2026, 11, 7, 23, 0);
    const ten = Date.UTC(2026, 11, 8, 1, 0);
    expect(nextDailyRun({ ...base, now: eight, configuredAt: eight })).toEqual({
      day: '2026-12-08',
      runAt: Date.UTC(2026, 11, 8, 0, 0),
    });
    expect(nextDailyRun({ ...base, now: ten, configuredAt: eight - 86_400_000 })).toEqual({
      day: '2026-12-08',
      runAt: ten,
    });
    expect(nextDailyRun({ ...base, now: ten, configuredAt: ten }).day).toBe('2026-12-09');
    expect(nextDailyRun({ ...base, now: eight, configuredAt: eight, postedToday: true }).day).toBe(
      '2026-12-09',
    );
  });
});
