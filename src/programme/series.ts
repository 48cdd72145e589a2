/**
 * Series pages: a cycle of webinars, a season of talks, a heritage day's
 * activities, where each session is a titled heading and the first timed
 * line of its section says when it takes place.
 *
 *   ### 1. Ouvrir ses données sans se perdre
 *   **Mardi 13 octobre 2026 · 11h00–12h00**
 *
 *   ### Visite guidée « Les coulisses des réserves »
 *   Accompagnés d'un médiateur, découvrez …
 *   Samedi et dimanche, visites à 10h, 11h30 et 15h.
 *
 * One such section alone is how a single-event page states the event's own
 * day and hours; two or more make a series, one session per slot.
 */
import { liveText, type Line } from '../markdown/lines.js';
import { scanTimes } from '../french/time.js';
import { findDates, findDayOfMonth, findWeekdays } from '../french/date.js';
import { activityLead, isDeadlineContext, readEntry, saysOpeningHours, slotsFrom, type TimedEntry } from './entries.js';

/** A session of a series: the heading that titles it, the line that dates it, its slots. */
export interface SeriesEntry {
  heading: Line;
  line: Line;
  entry: TimedEntry;
  /** Weekdays named without a date ("Samedi et dimanche"): days of the event to place the slots on. */
  weekdays: number[];
  /** Where the activity named before the times ends in the line ("Visites guidées de la chapelle à 10h…"): it titles the sessions instead of the heading. */
  titleTo?: number;
}

/** The longest line read as a session's "when". */
const MAX_WHEN_LINE = 160;
/** How far into the line its day or first time may start. */
const WHEN_LEAD = 30;

/** When a section's first timed line says its activity happens: slots and day, or `null`. */
function whenLine(line: Line): Omit<SeriesEntry, 'heading' | 'line'> | null {
  if (line.block !== 'paragraph' || line.text.length > MAX_WHEN_LINE) return null;
  const text = liveText(line);
  const times = scanTimes(text).times.filter((t) => !isDeadlineContext(text, t.index));
  const first = times[0];
  if (!first) return null;
  // "Ouverture des portes à 20h", "Ouverture exceptionnelle samedi et dimanche de 10h à 18h": hours, not the activity's time.
  if (isOpeningHours(text, first.index)) return null;
  const date = findDates(text).find((d) => !isDeadlineContext(text, d.index)) ?? null;
  const dayOfMonth = date ? null : findDayOfMonth(text);
  const named = date || dayOfMonth ? [] : findWeekdays(text);
  const when = Math.min(first.index, date?.index ?? Infinity, dayOfMonth?.index ?? Infinity, named[0]?.index ?? Infinity);
  // "Visites guidées de la chapelle à 10h, 14h et 16h, samedi et dimanche": the activity names the sessions.
  const titleTo = activityLead(text, when);
  // A programme entry of its own ("Samedi 10h : Accueil") is read as such; a date is no title.
  const own = titleTo === null ? readEntry(line, false) : null;
  if (own?.type === 'timed') {
    let zone = text.slice(own.titleFrom, own.titleTo);
    for (const d of findDates(zone)) zone = zone.replace(d.text, ' ');
    if (/[\p{L}\p{N}]/u.test(zone.replace(/[*_]/g, ''))) return null;
  }
  const weekdays = named.map((w) => w.weekday);
  if (!date && !dayOfMonth && !weekdays.length) return null;
  // The line opens with when ("Samedi et dimanche, visites à 10h", "Dans le jardin, à partir de 15h")
  // or with its activity, not a sentence that mentions a time ("Le serveur est accessible de 8h à 22h le samedi").
  const opening = text.length - text.trimStart().length;
  if (titleTo === null && when - opening > WHEN_LEAD) return null;
  return {
    ...(titleTo !== null ? { titleTo } : {}),
    entry: {
      type: 'timed',
      slots: slotsFrom(times, 0, text),
      titleFrom: text.length,
      titleTo: text.length,
      date,
      dayOfMonth: dayOfMonth ? { day: dayOfMonth.day, weekday: dayOfMonth.weekday } : null,
    },
    weekdays,
  };
}

/** True when the words before a line's first time say it gives opening hours ("Ouverture exceptionnelle samedi et dimanche de 10h"). */
function isOpeningHours(text: string, firstTime: number): boolean {
  return saysOpeningHours(text.slice(0, firstTime));
}

/** The first line of a heading's section that holds a time, past lines of opening hours, if any. */
function firstTimedLine(lines: readonly Line[], from: number): Line | null {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.block === 'heading') return null;
    const text = liveText(line);
    const first = scanTimes(text).times[0];
    if (first && !isOpeningHours(text, first.index)) return line;
  }
  return null;
}

/**
 * Finds the sessions of a series page: each titled heading (no time, no date
 * of its own) whose section's first timed line gives a day and hours. Fewer
 * than two such sections give none.
 */
export function readSeries(lines: readonly Line[]): Map<Line, SeriesEntry> {
  const found = new Map<Line, SeriesEntry>();
  for (let i = 0; i < lines.length - 1; i++) {
    const heading = lines[i]!;
    if (heading.block !== 'heading' || heading.depth < 2) continue;
    const line = firstTimedLine(lines, i + 1);
    if (!line) continue;
    const when = whenLine(line);
    if (!when || readEntry(heading, false).type !== 'other') continue;
    found.set(line, { heading, line, ...when });
  }
  return found.size >= 2 ? found : new Map();
}
