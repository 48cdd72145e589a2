/**
 * Calendar days and instants of a programme, computed with luxon in the
 * programme's zone.
 */
import { DateTime } from 'luxon';
import type { ClockTime } from '../types.js';
import { resolveYear, type WrittenDate } from '../french/date.js';

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** `YYYY-MM-DD` of a day. */
export function dayKey(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The day `n` days after `d`. */
export function addDays(d: Day, n: number): Day {
  const t = DateTime.fromObject(d, { zone: 'UTC' }).plus({ days: n });
  return { year: t.year, month: t.month, day: t.day };
}

/** Days from `a` to `b` (negative when `b` is before `a`). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round(DateTime.fromObject(b, { zone: 'UTC' }).diff(DateTime.fromObject(a, { zone: 'UTC' }), 'days').days);
}

/** ISO weekday of a day (1 = Monday). */
export function weekdayOf(d: Day): number {
  return DateTime.fromObject(d, { zone: 'UTC' }).weekday;
}

/** A written date made a day: the year from the reference date when missing. */
export function resolveWritten(
  date: WrittenDate,
  reference: Day,
): { day: Day; weekdayMismatch: boolean } | null {
  if (date.month === null) return null;
  const r = resolveYear({ ...date, month: date.month }, reference);
  if (!r) return null;
  return { day: { year: r.year, month: r.month, day: r.day }, weekdayMismatch: r.weekdayMismatch };
}

/**
 * A day-of-month with a weekday and no month ("Jeudi 21"): the first matching day
 * within the event's days, else on or after `from`, within a year.
 */
export function resolveDayOfMonth(
  dayOfMonth: number,
  weekday: number | null,
  range: { start: Day; end: Day } | null,
  from: Day,
): { day: Day; weekdayMismatch: boolean } | null {
  if (range) {
    const span = Math.max(0, daysBetween(range.start, range.end));
    for (let i = 0; i <= span; i++) {
      const d = addDays(range.start, i);
      if (d.day === dayOfMonth) return { day: d, weekdayMismatch: weekday !== null && weekdayOf(d) !== weekday };
    }
  }
  let fallback: Day | null = null;
  for (let i = 0; i < 400; i++) {
    const d = addDays(from, i);
    if (d.day !== dayOfMonth) continue;
    if (weekday === null || weekdayOf(d) === weekday) return { day: d, weekdayMismatch: false };
    fallback ??= d;
  }
  return fallback ? { day: fallback, weekdayMismatch: true } : null;
}

/** The instant of a wall-clock time on a day in a zone, as ISO 8601 with offset (no milliseconds). */
export function instant(day: Day, time: ClockTime, zone: string, plusDays = 0): { iso: string; exists: boolean; ambiguous: boolean } {
  const base = plusDays ? addDays(day, plusDays) : day;
  let dt = DateTime.fromObject({ ...base, hour: time.hour, minute: time.minute }, { zone });
  const exists = dt.hour === time.hour && dt.minute === time.minute;
  const later = dt.plus({ hours: 1 });
  const earlier = dt.minus({ hours: 1 });
  const sameWall = (x: DateTime) => x.hour === dt.hour && x.minute === dt.minute && x.offset !== dt.offset;
  const ambiguous = sameWall(earlier) || sameWall(later);
  // A wall-clock time that happens twice (clocks go back): the first occurrence.
  if (sameWall(earlier)) dt = earlier;
  return { iso: dt.toISO({ suppressMilliseconds: true }) ?? '', exists, ambiguous };
}

/** True when `zone` is an IANA zone luxon knows. */
export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** Today in a zone. */
export function today(zone: string): Day {
  const t = DateTime.now().setZone(zone);
  return { year: t.year, month: t.month, day: t.day };
}
