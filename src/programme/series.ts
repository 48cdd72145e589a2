/**
 * Series pages: a cycle of webinars, a season of talks, where each session is
 * a titled heading followed by a line that gives only its date and hours.
 *
 *   ### 1. Ouvrir ses données sans se perdre
 *   **Mardi 13 octobre 2026 · 11h00–12h00**
 *
 * One such pair alone is how a single-event page states the event's own day
 * and hours; two or more under headings make a series, one session each.
 */
import type { Line } from '../markdown/lines.js';
import { scanTimes } from '../french/time.js';
import { findDates, findDayOfMonth } from '../french/date.js';
import { readEntry, type TimedEntry } from './entries.js';

/** A session of a series: the heading that titles it, the line that dates it, its slots. */
export interface SeriesEntry {
  heading: Line;
  line: Line;
  entry: TimedEntry;
}

/** A series date line is short: a date, hours, a few words ("Reporté au …"). */
const MAX_DATE_LINE = 100;
/** What may follow the hours on a date line: marks and punctuation only. */
const NOTHING_AFTER_RE = /^[\s).\]*_|·•—–-]*$/u;

/** The line's text with struck-out stretches (~~…~~) blanked: a cancelled date or time is not read. */
export function liveText(line: Line): string {
  let text = line.text;
  for (const s of line.spans) {
    if (s.kind === 'delete') text = text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
  }
  return text;
}

/** The dated slots of a line that gives only a date and hours, or `null`. */
function dateLine(line: Line): TimedEntry | null {
  if (line.block !== 'paragraph' || line.text.length > MAX_DATE_LINE) return null;
  const text = liveText(line);
  const times = scanTimes(text).times;
  const first = times[0];
  if (!first) return null;
  const before = text.slice(0, first.index);
  const dates = findDates(before);
  const date = dates[dates.length - 1] ?? null;
  const dayOfMonth = date ? null : findDayOfMonth(before);
  if (!date && !dayOfMonth) return null;
  const last = times[times.length - 1]!;
  if (!NOTHING_AFTER_RE.test(text.slice(last.index + last.text.length))) return null;
  return {
    type: 'timed',
    slots: [first],
    titleFrom: text.length,
    titleTo: text.length,
    date,
    dayOfMonth: dayOfMonth ? { day: dayOfMonth.day, weekday: dayOfMonth.weekday } : null,
  };
}

/**
 * Finds the sessions of a series page: each line right under a titled heading
 * (no time, no date of its own) that gives only a date and hours. Fewer than
 * two such pairs give none.
 */
export function readSeries(lines: readonly Line[]): Map<Line, SeriesEntry> {
  const found = new Map<Line, SeriesEntry>();
  for (let i = 1; i < lines.length; i++) {
    const heading = lines[i - 1]!;
    if (heading.block !== 'heading' || heading.depth < 2) continue;
    const line = lines[i]!;
    const entry = dateLine(line);
    if (!entry || readEntry(heading, false).type !== 'other') continue;
    found.set(line, { heading, line, entry });
  }
  return found.size >= 2 ? found : new Map();
}
