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
  const start = DateTime.fromObject(from, { zone: 'UTC' });
  for (let m = 0; m <= 13; m++) {
    const month = start.plus({ months: m });
    const d = DateTime.fromObject({ year: month.year, month: month.month, day: dayOfMonth }, { zone: 'UTC' });
    if (!d.isValid || d < start) continue;
    const day = { year: d.year, month: d.month, day: d.day };
    if (weekday === null || d.weekday === weekday) return { day, weekdayMismatch: false };
    fallback ??= day;
  }
  return fallback ? { day: fallback, weekdayMismatch: true } : null;
}

const steadyDays = new Map<string, string | null>();

/**
 * The offset suffix luxon writes for a zone on a day without clock change
 * ("+01:00", "Z"), else `null`. Cached per zone and day, so most instants
 * need no zone computation at all.
 */
function steadyOffset(day: Day, zone: string): string | null {
  const key = `${zone}|${day.year}-${day.month}-${day.day}`;
  let suffix = steadyDays.get(key);
  if (suffix === undefined) {
    const first = DateTime.fromObject({ ...day, hour: 0, minute: 0 }, { zone });
    const before = first.minus({ minutes: 1 });
    const last = DateTime.fromObject({ ...day, hour: 23, minute: 59 }, { zone });
    const steady = first.hour === 0 && before.offset === first.offset && first.offset === last.offset;
    suffix = steady ? (first.toISO({ suppressMilliseconds: true }) ?? '').slice(19) : null;
    if (steadyDays.size > 4096) steadyDays.clear();
    steadyDays.set(key, suffix);
  }
  return suffix;
}

/** The instant of a wall-clock time on a day in a zone, as ISO 8601 with offset (no milliseconds). */
export function instant(day: Day, time: ClockTime, zone: string, plusDays = 0): { iso: string; exists: boolean; ambiguous: boolean } {
  const base = plusDays ? addDays(day, plusDays) : day;
  const steady = steadyOffset(base, zone);
  if (steady !== null) {
    const hh = String(time.hour).padStart(2, '0');
    const mm = String(time.minute).padStart(2, '0');
    return { iso: `${dayKey(base)}T${hh}:${mm}:00${steady}`, exists: true, ambiguous: false };
  }
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
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    valid = DateTime.now().setZone(zone).isValid;
    if (knownZones.size < 1024) knownZones.set(zone, valid);
  }
  return valid;
}

/** Zones already checked: asking luxon again on every parse costs more than reading a page's front matter. */
const knownZones = new Map<string, boolean>();

/** Today in a zone. */
export function today(zone: string): Day {
  const t = DateTime.now().setZone(zone);
  return { year: t.year, month: t.month, day: t.day };
}
