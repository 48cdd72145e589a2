/**
 * ICS (iCalendar, RFC 5545) export: one VCALENDAR for one or many programmes.
 *
 * Times are luxon `DateTime`s in the programme's zone, written with the
 * zone's TZID and a real VTIMEZONE block, so the feed means the same instant
 * whatever the zone of the machine that builds it or reads it. Browser-safe.
 */
import ical, { type ICalCalendar, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import { sessionId } from '../programme/id.js';
import type { Person, PersonPart, Programme, Session } from '../types.js';
import { feedZone, type FeedZone } from './vtimezone.js';

/** Options of {@link toICS}. */
export interface ICSOptions {
  /**
   * Domain appended to every UID (`<session id>@<domain>`). Use one you own
   * and keep it: calendars recognise an updated event by its UID. Default `deroule`.
   */
  domain?: string;
  /** `X-WR-CALNAME`. Default: the event's title for one programme, else `deroule`. */
  name?: string;
  /** IANA zone of the calendar (`X-WR-TIMEZONE`). Default: the first programme's zone. */
  timezone?: string;
  /** Minutes given to a session with no stated end and no next session that day. Default 60. */
  defaultDuration?: number;
  /** One VEVENT per programme (the whole event) instead of one per session. */
  wholeEvent?: boolean;
  /**
   * Also export sessions whose date the page does not give (`dateKnown: false`):
   * their day is a guess, so they are left out by default.
   */
  includeUndated?: boolean;
  /** `DTSTAMP` of every event. Default: now. Set it for reproducible output. */
  stamp?: Date | string;
}

const PART_LABELS: Record<PersonPart, string | null> = {
  speaker: null,
  moderator: 'modération',
  guest: 'invité·e',
  host: 'animation',
};

const ESTIMATED_END = 'Heure de fin estimée : la page n’en donne pas.';
const GUESSED_DAY = 'Date non précisée par la page : le jour est supposé.';

/** What one VEVENT is made of, before ical-generator writes it. */
interface Draft {
  uid: string;
  summary: string;
  start: DateTime;
  end: DateTime;
  allDay: boolean;
  tzid: string;
  description: string;
  location: string | null;
  url: string | null;
  category: string | null;
}

/** One line per person: name, role, organisation, and their part when not a plain speaker. */
export function describePerson(person: Person): string {
  const name = person.honorific ? `${person.honorific} ${person.name}` : person.name;
  let organisation = person.organisation;
  const acronym = person.organisationInfo?.acronym;
  if (organisation && acronym && !organisation.includes(acronym)) organisation = `${organisation} (${acronym})`;
  const notes = [PART_LABELS[person.part], person.tentative ? 'sous réserve' : null].filter(Boolean);
  const text = [name, person.role, organisation].filter(Boolean).join(', ');
  return notes.length ? `${text} (${notes.join(', ')})` : text;
}

function sessionDescription(session: Session, estimated: boolean): string {
  const parts: string[] = [];
  if (session.speakers.length) {
    parts.push(['Intervenants :', ...session.speakers.map((p) => `- ${describePerson(p)}`)].join('\n'));
  }
  if (session.description) parts.push(session.description);
  if (!session.dateKnown) parts.push(GUESSED_DAY);
  if (estimated) parts.push(ESTIMATED_END);
  return parts.join('\n\n');
}

function webUrl(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    if (!c) continue;
    try {
      const u = new URL(c);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}

/** A programme's date-time string in the feed's zone, or null when it is not one. */
function instant(iso: string | null, zone: string): DateTime | null {
  if (!iso) return null;
  // An offset in the string gives the instant (read natively, twice as fast as
  // luxon's ISO parser); without one, the time is read in the zone.
  const dt = WITH_OFFSET_RE.test(iso) ? DateTime.fromMillis(Date.parse(iso), { zone }) : DateTime.fromISO(iso, { zone });
  return dt.isValid ? dt : null;
}

/** A full date-time with its offset, as the programme writes them: "2024-03-12T09:30:00+01:00". */
const WITH_OFFSET_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

const isDateOnly = (iso: string | null): iso is string => !!iso && /^\d{4}-\d{2}-\d{2}$/.test(iso);

/** TEXT escaping (RFC 5545 §3.3.11) for the values ical-generator writes as is. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

interface Zoned {
  programme: Programme;
  zone: FeedZone;
  /** The zone luxon computes in: the block's zone, or UTC when the table lacks the programme's. */
  compute: string;
}

function zoned(programme: Programme): Zoned {
  const zone = feedZone(programme.timezone) ?? feedZone('Etc/UTC');
  if (!zone) throw new Error('deroule: no VTIMEZONE available, not even for UTC');
  return { programme, zone, compute: zone.tzid };
}

/**
 * True when `dt`'s wall-clock time occurs twice in its zone (the hour repeated
 * when clocks go back). RFC 5545 reads such a local time as the first
 * occurrence, common readers (ical.js, node-ical) as the second: either way
 * one of the two is misread, so such instants are written in UTC.
 */
const steadyDays = new Map<string, boolean>();

/** True when the zone's offset does not change during `dt`'s local day (cached per zone and day). */
function steadyDay(dt: DateTime): boolean {
  const key = `${dt.zoneName ?? ''}|${dt.year}-${dt.month}-${dt.day}`;
  let steady = steadyDays.get(key);
  if (steady === undefined) {
    const start = dt.startOf('day');
    steady = start.minus({ minutes: 1 }).offset === start.offset && start.offset === dt.endOf('day').offset;
    if (steadyDays.size > 4096) steadyDays.clear();
    steadyDays.set(key, steady);
  }
  return steady;
}

function isAmbiguous(dt: DateTime): boolean {
  if (steadyDay(dt)) return false;
  // Offsets change by at most a few hours at once: look that far around for a change.
  const before = dt.minus({ hours: 3 }).offset - dt.offset;
  if (before > 0 && dt.minus({ minutes: before }).offset === dt.offset + before) return true;
  const after = dt.offset - dt.plus({ hours: 3 }).offset;
  return after > 0 && dt.plus({ minutes: after }).offset === dt.offset - after;
}

class Uids {
  private readonly seen = new Set<string>();
  constructor(private readonly domain: string) {}
  take(id: string): string {
    let uid = `${id}@${this.domain}`;
    for (let n = 2; this.seen.has(uid); n++) uid = `${id}-${n}@${this.domain}`;
    this.seen.add(uid);
    return uid;
  }
}

/** The first of `sorted` (ascending) strictly after `millis`, by binary search. */
function firstAfter(sorted: readonly DateTime[], millis: number): DateTime | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.toMillis() <= millis) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] ?? null;
}

/** Session drafts of one programme: stated ends, or ends estimated from the next session that day. */
function sessionDrafts(z: Zoned, options: Required<Pick<ICSOptions, 'defaultDuration' | 'includeUndated'>>, uids: Uids): Draft[] {
  const { programme, zone, compute } = z;
  const timed = programme.sessions
    .map((session) => ({ session, start: instant(session.start, compute) }))
    .filter((t): t is { session: Session; start: DateTime } => t.start !== null);
  // The starts of each day, sorted, to find the next session after one without an end.
  const startsByDay = new Map<string, DateTime[]>();
  for (const { session, start } of timed) {
    const key = `${session.day}|${session.dateKnown}`;
    const list = startsByDay.get(key);
    if (list) list.push(start);
    else startsByDay.set(key, [start]);
  }
  for (const list of startsByDay.values()) list.sort((a, b) => a.toMillis() - b.toMillis());
  const drafts: Draft[] = [];
  for (const { session, start } of timed) {
    if (!session.dateKnown && !options.includeUndated) continue;
    let end = instant(session.end, compute);
    let estimated = false;
    if (!end || end < start) {
      estimated = true;
      const next = firstAfter(startsByDay.get(`${session.day}|${session.dateKnown}`) ?? [], start.toMillis());
      end = next ?? start.plus({ minutes: options.defaultDuration });
    }
    drafts.push({
      uid: uids.take(session.id),
      summary: session.title,
      start,
      end,
      allDay: false,
      tzid: zone.tzid,
      description: sessionDescription(session, estimated),
      location: session.location ?? programme.event.location,
      url: webUrl(programme.event.url, programme.source),
      category: session.kind,
    });
  }
  return drafts;
}

/** The whole event as one draft, or null when neither the event nor a dated session gives a start. */
function eventDraft(z: Zoned, defaultDuration: number, uids: Uids): Draft | null {
  const { programme, zone, compute } = z;
  const { event } = programme;
  const dated = programme.sessions
    .filter((s) => s.dateKnown)
    .map((s) => ({ session: s, start: instant(s.start, compute), end: instant(s.end, compute) }))
    .filter((t): t is { session: Session; start: DateTime; end: DateTime | null } => t.start !== null)
    .sort((a, b) => a.start.toMillis() - b.start.toMillis());
  const title = event.title ?? programme.title ?? 'Événement';
  const base = {
    summary: title,
    tzid: zone.tzid,
    location: event.location,
    url: webUrl(event.url, programme.source),
    category: null,
  };
  const first = dated[0];
  const last = dated[dated.length - 1];
  const multiDay = !!first && !!last && !first.start.hasSame(last.start, 'day');
  const lines = dated.map(({ session, start }) => `- ${start.toFormat(multiDay ? 'dd/LL HH:mm' : 'HH:mm')} ${session.title}`);
  const programmeText = lines.length ? ['Programme :', ...lines].join('\n') : '';

  const startText = event.start ?? first?.session.start ?? null;
  if (!startText) return null;
  const uid = uids.take(`event-${sessionId(programme.source, startText, title)}`);

  if (isDateOnly(startText)) {
    // All day: DTEND is the day after the last day (exclusive).
    const firstDay = DateTime.fromISO(startText, { zone: compute });
    const lastText = event.end ? event.end.slice(0, 10) : startText;
    let lastDay = DateTime.fromISO(lastText, { zone: compute });
    if (!lastDay.isValid || lastDay < firstDay) lastDay = firstDay;
    return {
      ...base,
      uid,
      start: firstDay,
      end: lastDay.plus({ days: 1 }),
      allDay: true,
      description: programmeText,
    };
  }

  const start = instant(startText, compute);
  if (!start) return null;
  let end = isDateOnly(event.end) ? null : instant(event.end, compute);
  let estimated = false;
  if (!end || end < start) {
    estimated = true;
    // The latest end among the sessions (stated, else start + default duration).
    let sessionEnd: DateTime | null = null;
    for (const t of dated) {
      const e = t.end && t.end >= t.start ? t.end : t.start.plus({ minutes: defaultDuration });
      if (!sessionEnd || e > sessionEnd) sessionEnd = e;
    }
    if (isDateOnly(event.end)) {
      // The page gives the last day only: end with the last session of that day, else at midnight.
      const lastDay = DateTime.fromISO(event.end, { zone: compute });
      end = sessionEnd && sessionEnd.hasSame(lastDay, 'day') ? sessionEnd : lastDay.plus({ days: 1 });
    } else {
      end = sessionEnd && sessionEnd > start ? sessionEnd : start.plus({ minutes: defaultDuration });
    }
  }
  const description = [programmeText, estimated ? ESTIMATED_END : ''].filter(Boolean).join('\n\n');
  return { ...base, uid, start, end, allDay: false, description };
}

/**
 * Writes one or many programmes as one iCalendar feed (a VCALENDAR string, CRLF line ends).
 *
 * Each session becomes a VEVENT whose UID is its stable id plus `options.domain`,
 * so importing an updated page again updates the events instead of duplicating them.
 * A session without a stated end ends at the next session of the same day, else
 * after `defaultDuration` minutes, and its description says the end is estimated.
 * Sessions with `dateKnown: false` are left out unless `includeUndated` is set.
 * A programme with no exported session but an event start exports the event itself
 * (all day when only its date is known); `wholeEvent` does that for every programme.
 */
export function toICS(programmes: Programme | readonly Programme[], options: ICSOptions = {}): string {
  const list: readonly Programme[] = Array.isArray(programmes) ? programmes : [programmes as Programme];
  const defaultDuration = options.defaultDuration ?? 60;
  if (!(defaultDuration > 0)) throw new RangeError(`defaultDuration must be a positive number of minutes, not ${defaultDuration}`);
  const includeUndated = options.includeUndated ?? false;
  const domain = (options.domain ?? 'deroule').trim();
  if (!domain || /[\s@]/.test(domain)) throw new RangeError(`domain must be a non-empty name without spaces or @, not "${domain}"`);

  const stamp = (options.stamp === undefined
    ? DateTime.utc()
    : options.stamp instanceof Date
      ? DateTime.fromJSDate(options.stamp)
      : DateTime.fromISO(options.stamp, { zone: 'utc' })
  ).toUTC();
  if (!stamp.isValid) throw new RangeError(`stamp is not a valid date: ${String(options.stamp)}`);

  if (options.timezone !== undefined && !feedZone(options.timezone)) throw new RangeError(`no VTIMEZONE is known for the zone "${options.timezone}"`);
  const calendarZone = feedZone(options.timezone ?? list[0]?.timezone ?? 'Europe/Paris') ?? feedZone('Etc/UTC');
  if (!calendarZone) throw new Error('deroule: no VTIMEZONE available, not even for UTC');
  const blocks = new Map<string, string>([[calendarZone.tzid, calendarZone.block]]);

  const uids = new Uids(domain);
  const drafts: Draft[] = [];
  for (const programme of list) {
    const z = zoned(programme);
    blocks.set(z.zone.tzid, z.zone.block);
    const sessions = options.wholeEvent ? [] : sessionDrafts(z, { defaultDuration, includeUndated }, uids);
    if (sessions.length) drafts.push(...sessions);
    else {
      const whole = eventDraft(z, defaultDuration, uids);
      if (whole) drafts.push(whole);
    }
  }
  for (const d of drafts) {
    if (d.allDay || !(isAmbiguous(d.start) || isAmbiguous(d.end))) continue;
    const utc = feedZone('Etc/UTC');
    if (!utc) continue;
    blocks.set(utc.tzid, utc.block);
    d.tzid = utc.tzid;
    d.start = d.start.setZone(utc.tzid);
    d.end = d.end.setZone(utc.tzid);
  }

  const single = list.length === 1 ? list[0] : undefined;
  const name = options.name ?? single?.event.title ?? single?.title ?? 'deroule';
  const calendar = ical({
    prodId: { company: 'deroule', product: 'deroule', language: 'FR' },
    // ical-generator writes the name as is: escape it here.
    name: escapeText(name),
    timezone: { name: calendarZone.tzid, generator: (tz) => blocks.get(tz) ?? null },
  });
  for (const d of drafts) {
    const data: ICalEventData = {
      id: d.uid,
      stamp,
      start: d.start,
      end: d.end,
      allDay: d.allDay,
      timezone: d.tzid,
      summary: d.summary,
    };
    if (d.description) data.description = d.description;
    if (d.location) data.location = d.location;
    if (d.url) data.url = d.url;
    if (d.category) data.categories = [{ name: d.category }];
    calendar.createEvent(data);
  }
  // RFC 5545 §3.8.7.2: DTSTAMP is always UTC. ical-generator writes it in the
  // calendar's zone without the `Z` when a calendar zone is set: rewrite it.
  const utcStamp = stamp.toFormat("yyyyLLdd'T'HHmmss'Z'");
  return serialise(calendar, blocks, calendarZone.tzid).replace(/^DTSTAMP:\d{8}T\d{6}Z?(?=\r\n)/gm, `DTSTAMP:${utcStamp}`);
}

/**
 * Writes the calendar: ical-generator writes the header and each event, the
 * lines are folded here. (ical-generator folds the whole feed itself with one
 * TextEncoder per character, which takes seconds for 10 000 events; the
 * folding below follows the same rule: at most 75 octets a line, never
 * inside a character.)
 */
function serialise(calendar: ICalCalendar, blocks: ReadonlyMap<string, string>, calendarTzid: string): string {
  const events = calendar.events();
  const header = ical({
    prodId: calendar.prodId(),
    name: calendar.name(),
    timezone: { name: calendarTzid, generator: (tz) => blocks.get(tz) ?? null },
  }).toString();
  const zones = [...new Set(events.map((e) => e.timezone()))].filter((tz): tz is string => !!tz && tz !== calendarTzid);
  const extraZones = zones.map((tz) => blocks.get(tz)).filter((b): b is string => !!b).map((b) => `${b.trim()}\r\n`).join('');
  const body = foldLines(events.map((e) => e.toString()).join(''));
  const end = header.lastIndexOf('END:VCALENDAR');
  const firstZoneEnd = header.indexOf('END:VTIMEZONE\r\n');
  const withZones = firstZoneEnd >= 0 && extraZones
    ? header.slice(0, firstZoneEnd + 15) + extraZones + header.slice(firstZoneEnd + 15, end)
    : header.slice(0, end);
  return `${withZones}${body}END:VCALENDAR`;
}

/** Folds iCalendar lines at 75 octets of UTF-8 (RFC 5545 §3.1), counting bytes per code point. */
export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

const ASCII_RE = /^[\x00-\x7f]*$/;

function foldLine(line: string): string {
  if (line.length <= 74 && ASCII_RE.test(line)) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    octets += size;
    if (octets > 74) {
      parts.push(line.slice(start, i));
      start = i;
      octets = size;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
