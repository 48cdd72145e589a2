/**
 * Fixtures and two independent iCalendar readers for the export tests.
 *
 * ical.js is given only the VTIMEZONE blocks of the feed itself (its zone
 * service is emptied first), so it checks that those blocks are right;
 * node-ical resolves TZIDs with its own zone data. Both give UTC instants.
 */
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import type { Person, Programme, Session } from '../../src/types.js';

let counter = 0;

/** A session with sensible defaults; `start`/`end` are ISO strings with offsets. */
export function session(start: string, end: string | null, title: string, extra: Partial<Session> = {}): Session {
  counter++;
  return {
    id: `s${counter}-${title.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`.slice(0, 40),
    title,
    kind: 'talk',
    start,
    end,
    day: start.slice(0, 10),
    dateKnown: true,
    location: null,
    description: null,
    speakers: [],
    position: { line: counter, column: 1 },
    ...extra,
  };
}

export function person(name: string, extra: Partial<Person> = {}): Person {
  return { name, role: null, organisation: null, part: 'speaker', ...extra };
}

/** A programme in Europe/Paris with the given sessions. */
export function programme(sessions: Session[], extra: Partial<Programme> = {}): Programme {
  return {
    title: 'Journée test',
    timezone: 'Europe/Paris',
    source: 'test.md',
    event: { title: 'Journée test', start: sessions[0]?.start ?? null, end: null, location: 'Paris', url: null },
    sessions,
    diagnostics: [],
    ...extra,
  };
}

/** What both readers report of one VEVENT. */
export interface ReadEvent {
  uid: string;
  summary: string;
  /** UTC instant (ISO, `Z`) of a timed event; `YYYY-MM-DD` of an all-day one. */
  start: string;
  end: string | null;
  allDay: boolean;
  /** The zone the reader attached to the start (null when it read UTC or a date). */
  tzid: string | null;
  description: string | null;
  location: string | null;
  url: string | null;
  categories: string[];
}

const utc = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Reads a feed with ical.js, resolving TZIDs only with the feed's own VTIMEZONE blocks. */
export function readWithIcalJs(feed: string): { calendar: ICAL.Component; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(feed));
  ICAL.TimezoneService.reset();
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const when = (t: ICAL.Time | null): string | null => {
      if (!t) return null;
      if (t.isDate) return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
      const tzid = t.zone?.tzid;
      if (tzid && tzid !== 'UTC' && !ICAL.TimezoneService.has(tzid)) throw new Error(`no VTIMEZONE for ${tzid}`);
      if (t.zone === ICAL.Timezone.localTimezone) throw new Error(`floating time ${t.toString()}`);
      return utc(t.toUnixTime() * 1000);
    };
    const url = v.getFirstPropertyValue('url');
    const description = v.getFirstPropertyValue('description');
    const location = v.getFirstPropertyValue('location');
    return {
      uid: e.uid,
      summary: e.summary,
      start: when(e.startDate) ?? '',
      end: when(e.endDate),
      allDay: e.startDate.isDate,
      tzid: e.startDate.isDate ? null : (e.startDate.zone?.tzid ?? null),
      description: typeof description === 'string' ? description : null,
      location: typeof location === 'string' ? location : null,
      url: typeof url === 'string' ? url : null,
      categories: v.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
    };
  });
  return { calendar, events };
}

type NodeIcalEvent = nodeIcal.VEvent;

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'val' in value) return String((value as { val: unknown }).val);
  return String(value);
}

/** Reads a feed with node-ical (its own zone data). */
export function readWithNodeIcal(feed: string): { events: ReadEvent[]; vcalendar: Record<string, unknown> } {
  const parsed = nodeIcal.sync.parseICS(feed);
  const events: ReadEvent[] = [];
  for (const value of Object.values(parsed)) {
    if (!value || value.type !== 'VEVENT') continue;
    const e = value as NodeIcalEvent;
    const allDay = e.datetype === 'date';
    const day = (d: Date): string =>
      // node-ical gives all-day dates as local midnight of the machine.
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const categories = (e as { categories?: string[] }).categories ?? [];
    events.push({
      uid: e.uid,
      summary: text(e.summary) ?? '',
      start: allDay ? day(e.start) : utc(e.start.getTime()),
      end: e.end ? (allDay ? day(e.end) : utc(e.end.getTime())) : null,
      allDay,
      tzid: allDay ? null : (e.start.tz ?? null),
      description: text(e.description),
      location: text(e.location),
      url: text(e.url),
      categories,
    });
  }
  return { events, vcalendar: (parsed.vcalendar ?? {}) as Record<string, unknown> };
}

/** The UTC instant of an ISO string with offset. */
export const toUtc = (iso: string): string => utc(Date.parse(iso));

/** Unfolds content lines (RFC 5545 §3.1). */
export const unfold = (feed: string): string => feed.replace(/\r\n[ \t]/g, '');
