/**
 * Programme assembly: walks the page's lines once, keeps the current day,
 * turns timed entries into sessions, gives following lines to the session
 * they describe, and reports every time it does not take.
 */
import type { ClockTime, Diagnostic, Session, SourcePoint } from '../types.js';
import type { Line } from '../markdown/lines.js';
import type { ScannedTime } from '../french/time.js';
import { formatClock, scanTimes } from '../french/time.js';
import { ALL_DAY_CUES, FREQUENCY_CUES, STATUS_NOTES, END_MARKERS, END_MARKER_OBJECTS, END_MARKER_QUALIFIERS, FAREWELLS, INFO_LABELS } from '../french/lexicon/cues.js';
import { classifyKind, namesOnlyKind } from '../french/kind.js';
import { alternation, foldWords, squash } from '../french/text.js';
import { findDates, isDateOnly } from '../french/date.js';
import { isPersonName, matchName } from '../french/names.js';
import { type Day, addDays, dayKey, daysBetween, instant, resolveDayOfMonth, resolveWritten, weekdayOf } from './calendar.js';
import { contentStart, readEntry, type DayHeading, type TimedEntry } from './entries.js';
import { extractTitle, tidy, type TitleParts } from './title.js';
import { sessionId } from './id.js';
import { isPeopleLine, readSpeakers } from './speakers.js';
import { readMeeting, readOpeningSentence, readProseProgramme, readTalkClause } from './prose.js';
import { readSeries, type SeriesEntry } from './series.js';
import { announcesParallel } from './parallel.js';

/** What the assembly needs to know about the page. */
export interface AssemblyContext {
  zone: string;
  source: string | null;
  reference: Day;
  /** The event's days, when known: the default day, and the frame of "Jour 2". */
  eventDays: { start: Day; end: Day; from?: string } | null;
  /** The page's title: a line that repeats it over a date and time announces the event, not a session. */
  title?: string | null;
  diagnostics: Diagnostic[];
}

/** A session being built, with the lines that follow it. */
export interface SessionDraft {
  title: string;
  description: string[];
  location: string | null;
  /** Text naming the people of the session (speaker phrases and following lines). */
  peopleText: string[];
  /** The lines after the session that belong to it. */
  lines: Line[];
  day: Day;
  dateKnown: boolean;
  slot: ScannedTime;
  position: SourcePoint;
  line: Line;
  /** True while the title is still to come from the next line. */
  pendingTitle: boolean;
  /** For a row of a table without times: the entry announcing the parallel sessions it lists. */
  announcement?: SessionDraft | undefined;
}

/** The result of the assembly. */
export interface Assembly {
  drafts: SessionDraft[];
  /** Bare end markers ("19h Fin de journée"): day and time. */
  endMarkers: { day: Day; time: ClockTime }[];
}

const END_MARKER_SET = new Set(END_MARKERS.map(foldWords));
const ALL_DAY_RE = new RegExp(`^(?:${alternation(ALL_DAY_CUES)})(?![\\p{L}])`, 'u');
const STATUS_NOTE_RE = new RegExp(`^(?:${alternation(STATUS_NOTES)})(?![\\p{L}])`, 'u');
/** "toutes les 30 minutes": a row of a shuttle or bus timetable. */
const FREQUENCY_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(FREQUENCY_CUES)})(?:\\s+\\d+)?\\s*(?:min|minutes|h|heures?|demi heures?)?(?![\\p{L}])`, 'u');
const INFO_LABEL_SET = new Set(INFO_LABELS);

/** "Fin de journée", "Fermeture du site (reprise à 8h)": an end, not a session. */
const END_OBJECTS = new Set(END_MARKER_OBJECTS);
const END_QUALIFIER_RE = new RegExp(`(?: (?:${alternation(END_MARKER_QUALIFIERS)}))+$`);
const FAREWELL_RE = new RegExp(`^(?:${alternation(FAREWELLS)})(?: |$)`);
function isEndMarker(title: string): boolean {
  // "Fin officielle, on continue au bar d'à côté": what follows a comma or a dash is a remark;
  // "Fin de séance prévisionnelle": a qualifier after the end is one too.
  const words = foldWords(title.replace(/\s*\([^)]*\)\s*$/u, '').split(/\s*[,–—]\s/u)[0] ?? '').replace(END_QUALIFIER_RE, '');
  if (END_MARKER_SET.has(words) || FAREWELL_RE.test(words)) return true;
  const m = /^fin (?:de la |du |des |de l |de )(.+)$/.exec(words);
  return !!m && END_OBJECTS.has(m[1] ?? '');
}

/** "Date", "Lieu", "Horaires": practical information, not a session. */
function isInfoLabel(title: string): boolean {
  return INFO_LABEL_SET.has(foldWords(title));
}

function diag(ctx: AssemblyContext, d: Omit<Diagnostic, 'line' | 'column'>, at: SourcePoint): void {
  ctx.diagnostics.push({ ...d, line: at.line, column: at.column });
}

/** Reports times of a line that are not sessions, and why ("it gives the event's day and hours"). */
function notSessions(ctx: AssemblyContext, times: readonly ScannedTime[], why: string, line: Line): void {
  for (const t of times) {
    diag(ctx, { severity: 'info', rule: 'not-a-session', message: `The time "${t.text}" was not taken as a session: ${why}.` }, line.pointAt(t.index));
  }
}

/** Why the hours under or beside a date with no title are not a session. */
const EVENT_HOURS = "it gives the event's day and hours";
/** Why a time labelled as practical information is not a session. */
const practical = (label: string): string => `it is practical information ("${label}")`;

/** Lists whose lines hold video timecodes ("86:00-123:00"): their colon times are not clock times. */
function timecodeContainers(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  const seen = new Set<number>();
  for (const l of lines) {
    if (!l.containerId || l.block === 'tableRow') continue;
    const scan = scanTimes(l.text);
    if (scan.setAside.some((s) => s.kind === 'timecode')) out.add(l.containerId);
    const first = scan.times[0];
    if (first && !seen.has(l.containerId)) {
      seen.add(l.containerId);
      // A list opening at "00:00" counts the minutes of a recording.
      if (first.colonForm && first.start.hour === 0 && first.start.minute === 0) out.add(l.containerId);
    }
  }
  return out;
}

class DayTracker {
  current: Day | null = null;

  constructor(private readonly ctx: AssemblyContext) {}

  fromHeading(h: DayHeading, at: SourcePoint, text: string): void {
    const d = this.resolve(h, at, text);
    if (d) this.current = d;
  }

  private resolve(h: DayHeading, at: SourcePoint, text: string): Day | null {
    const { ctx } = this;
    const first = h.date?.dates[0];
    if (first && first.month !== null) {
      const r = resolveWritten(first, this.current ?? ctx.eventDays?.start ?? ctx.reference);
      if (r) {
        if (r.weekdayMismatch) this.weekdayMismatch(r.day, at, text);
        return r.day;
      }
    }
    if (h.ordinal !== null && ctx.eventDays) {
      const d = addDays(ctx.eventDays.start, h.ordinal - 1);
      if (daysBetween(d, ctx.eventDays.end) >= 0) {
        if (h.dayOfMonth && h.dayOfMonth.day !== d.day) {
          diag(ctx, { severity: 'warning', rule: 'day-mismatch', message: `"${text}" is day ${h.ordinal} of the event (${dayKey(d)}) but names the ${h.dayOfMonth.day}th; the day number was kept.` }, at);
        }
        return d;
      }
    }
    // A day named without its month counts from the day before, else from the event's first day; not from a
    // date merely met on some line ("À venir : samedi 28 novembre" does not anchor "Lundi 16").
    const anchor = this.current ?? (ctx.eventDays && ctx.eventDays.from !== 'line' ? ctx.eventDays.start : null);
    if (h.weekday !== undefined) {
      // "## Vendredi 22 novembre" then "### Samedi": the next such weekday.
      if (anchor) return addDays(anchor, (h.weekday - weekdayOf(anchor) + 7) % 7);
    }
    if (h.dayOfMonth) {
      const from = anchor ?? ctx.reference;
      const r = resolveDayOfMonth(h.dayOfMonth.day, h.dayOfMonth.weekday, ctx.eventDays, from);
      if (r) {
        if (r.weekdayMismatch) this.weekdayMismatch(r.day, at, text);
        return r.day;
      }
    }
    return null;
  }

  weekdayMismatch(day: Day, at: SourcePoint, text: string): void {
    diag(this.ctx, {
      severity: 'warning',
      rule: 'weekday-mismatch',
      message: `The weekday in "${squash(text).slice(0, 60)}" does not match ${dayKey(day)} nor the same date a year before or after; ${dayKey(day)} was used.`,
    }, at);
  }
}

/**
 * Every time-like expression of a line must end up somewhere visible: times a
 * day heading or an entry mentions besides its own slots, and malformed times,
 * become diagnostics here (skipped lines report theirs in the walk).
 */
function reportUnreadTimes(line: Line, entry: ReturnType<typeof readEntry>, ctx: AssemblyContext): void {
  const scan = scanTimes(line.text);
  for (const s of scan.setAside) {
    if (s.kind === 'malformed') {
      diag(ctx, { severity: 'warning', rule: 'unparsed-time', message: `"${s.text}" looks like a time but cannot be read (write it like 9h07 or 9:07).` }, line.pointAt(s.index));
    } else {
      const what = s.kind === 'duration' ? 'a duration' : 'a timecode of a recording';
      diag(ctx, { severity: 'info', rule: 'not-a-session', message: `"${s.text}" was not taken as a time: it is ${what}.` }, line.pointAt(s.index));
    }
  }
  if (entry.type === 'skipped' || entry.type === 'other') return;
  const taken = entry.type === 'timed' ? entry.slots : [];
  const where = entry.type === 'day' ? 'it is part of a day heading' : 'it is mentioned inside an entry that has its own time';
  notSessions(ctx, scan.times.filter((t) => !taken.some((x) => x.index === t.index)), where, line);
}

function entryDay(entry: TimedEntry, days: DayTracker, ctx: AssemblyContext, at: SourcePoint, text: string): { day: Day; known: boolean } {
  const first = entry.date?.dates[0];
  if (first && first.month !== null) {
    const r = resolveWritten(first, days.current ?? ctx.eventDays?.start ?? ctx.reference);
    if (r) {
      if (r.weekdayMismatch) days.weekdayMismatch(r.day, at, text);
      return { day: r.day, known: true };
    }
  }
  if (entry.dayOfMonth) {
    const r = resolveDayOfMonth(entry.dayOfMonth.day, entry.dayOfMonth.weekday, ctx.eventDays, days.current ?? ctx.eventDays?.start ?? ctx.reference);
    if (r) return { day: r.day, known: true };
  }
  if (days.current) return { day: days.current, known: true };
  if (ctx.eventDays) return { day: ctx.eventDays.start, known: true };
  return { day: ctx.reference, known: false };
}

/** Where a draft stands: its day, time, source line and position. */
export type DraftPlace = Pick<SessionDraft, 'day' | 'dateKnown' | 'slot' | 'position' | 'line' | 'pendingTitle'>;

/** A new draft from a title and the parts cut from its line (description, place, speaker phrase). */
export function draftOf(title: string, parts: Pick<TitleParts, 'description' | 'location' | 'people'>, place: DraftPlace): SessionDraft {
  const { day, dateKnown, slot, position, line, pendingTitle } = place;
  return {
    title,
    description: parts.description ? [parts.description] : [],
    location: parts.location,
    peopleText: parts.people ? [parts.people] : [],
    lines: [],
    day,
    dateKnown,
    slot,
    position,
    line,
    pendingTitle,
  };
}

/** The sessions of a prose programme line, or of a sentence opening a part of a meeting (see prose.ts), or `[]`. */
function proseDrafts(line: Line, times: readonly ScannedTime[], days: DayTracker, ctx: AssemblyContext): SessionDraft[] {
  const drafts: SessionDraft[] = [];
  const programme = readProseProgramme(line.text, times);
  const opening = programme.length ? null : readOpeningSentence(line.text, times);
  for (const clause of opening ? [opening] : programme) {
    const entry: TimedEntry = { type: 'timed', slots: [clause.slot], titleFrom: clause.from, titleTo: clause.to, date: null, dayOfMonth: null };
    const at = line.pointAt(clause.slot.index);
    const { day, known } = entryDay(entry, days, ctx, at, line.text);
    const talk = readTalkClause(line.text.slice(clause.from, clause.to));
    const parts = talk ? { title: tidy(talk.title), description: null, location: null, people: talk.people } : extractTitle(line, clause.from, clause.to);
    // A clause of a sentence starts in lower case; a talk's title is kept as written.
    const title = talk ? parts.title : parts.title.charAt(0).toUpperCase() + parts.title.slice(1);
    if (!title) continue;
    drafts.push(draftOf(title, parts, { day, dateKnown: known, slot: clause.slot, position: at, line, pendingTitle: false }));
  }
  return drafts;
}

/** The sessions of a series section, titled by its heading (see series.ts), or `[]`. */
function seriesDrafts({ heading, line, entry, weekdays, titleTo }: SeriesEntry, days: DayTracker, ctx: AssemblyContext): SessionDraft[] {
  // "Visites guidées de la chapelle à 10h…": an activity named on the line titles it, else the heading does.
  const parts = titleTo !== undefined ? extractTitle(line, 0, titleTo) : extractTitle(heading, 0);
  // "### 1. Ouvrir ses données": the number orders the series, it is not part of the title.
  const title = parts.title.replace(/^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=\S)/u, '');
  if (!title || isInfoLabel(title)) return [];
  let on: { day: Day; known: boolean }[];
  if (weekdays.length) {
    // "Samedi et dimanche, visites à 10h, 11h30 et 15h": those weekdays of the event.
    const range = ctx.eventDays;
    if (!range) return [];
    on = [];
    for (let d = range.start; daysBetween(d, range.end) >= 0; d = addDays(d, 1)) {
      if (weekdays.includes(weekdayOf(d))) on.push({ day: d, known: true });
    }
  } else {
    on = [entryDay(entry, days, ctx, line.pointAt(0), line.text)];
  }
  return on.flatMap(({ day, known }) =>
    entry.slots.map((slot) => {
      const d = draftOf(title, parts, { day, dateKnown: known, slot, position: line.pointAt(slot.index), line, pendingTitle: false });
      // "à partir de 15h le dimanche, avec Yannick LE GOFF": the line may name the people too.
      d.lines.push(line);
      return d;
    }),
  );
}

/** Walks the lines and builds session drafts. */
export function assemble(lines: readonly Line[], ctx: AssemblyContext): Assembly {
  const drafts: SessionDraft[] = [];
  const endMarkers: { day: Day; time: ClockTime }[] = [];
  const timecodes = timecodeContainers(lines);
  const days = new DayTracker(ctx);
  /** Sessions the following lines belong to (several for parallel slots). */
  let current: SessionDraft[] = [];
  let currentHeadingDepth = 0;
  /** Talks listed under a time-only line ("### 17h00" then "- Talk A", "- Talk B"): one session each. */
  let itemSplit: { containerId: number; depth: number; template: SessionDraft } | null = null;
  /** Lines already used as a title, so that the next entry does not take them again. */
  const consumed = new Set<Line>();
  const tables = new Map<number, TableState>();
  const series = readSeries(lines);
  /** Day headings that name what happens that day ("### Mardi 14 novembre — Sobriété numérique"). */
  const titledDays: TitledDay[] = [];
  /** The title of the last such heading while no session has come under it: an outing still to be timed. */
  let outing: string | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.block === 'tableRow') {
      const made = tableRow(line, tables, ctx, days, drafts, endMarkers, current);
      if (made.length) current = [];
      continue;
    }
    const inSeries = series.get(line);
    if (inSeries) {
      // "### Ouvrir ses données" then "**Mardi 13 octobre 2026 · 11h00–12h00**": the heading titles the dated slot.
      const made = seriesDrafts(inSeries, days, ctx);
      if (made.length) {
        drafts.push(...made);
        current = made;
        currentHeadingDepth = inSeries.heading.depth;
        itemSplit = null;
        continue;
      }
    }
    const entry = readEntry(line, timecodes.has(line.containerId));
    const at = line.pointAt(0);
    reportUnreadTimes(line, entry, ctx);
    if (entry.type === 'day') {
      days.fromHeading(entry, at, line.text);
      current = [];
      const named = line.block === 'heading' && entry.date ? dayHeadingTitle(line.text, entry.date) : null;
      if (named) titledDays.push({ at: i, depth: line.depth, title: named });
      outing = named;
      continue;
    }
    if (entry.type === 'skipped') {
      // "Au programme : dès 19h, accueil ; à 19h30, …": a programme written as running text.
      const prose = entry.reason === 'prose' ? proseDrafts(line, entry.times, days, ctx) : [];
      if (prose.length) {
        drafts.push(...prose);
        current = prose.slice(-1);
        itemSplit = null;
      }
      // "### Samedi 6 juillet · Les tourbières" then "RDV à 9h30 au parking de l'église": the outing the heading names.
      const meeting = !prose.length && entry.reason === 'prose' && outing ? readMeeting(line.text, entry.times) : null;
      if (meeting && outing) {
        const timed: TimedEntry = { type: 'timed', slots: meeting.slots, titleFrom: 0, titleTo: 0, date: null, dayOfMonth: null };
        const { day, known } = entryDay(timed, days, ctx, at, line.text);
        const title = outing;
        const made = meeting.slots.map((slot) =>
          draftOf(title, { description: null, location: meeting.place, people: null }, { day, dateKnown: known, slot, position: line.pointAt(slot.index), line, pendingTitle: false }),
        );
        drafts.push(...made);
        current = made;
        outing = null;
        continue;
      }
      const reason = {
        deadline: 'it reads as a deadline, not a programme entry',
        prose: 'it sits inside running text, not at the start of a programme entry',
        timecode: 'it is a timecode of a recording',
        heading: 'it is part of a heading that is not a programme entry',
      }[entry.reason];
      notSessions(ctx, entry.times.filter((t) => !prose.some((d) => d.slot === t)), reason, line);
      if (line.block === 'heading') current = [];
      continue;
    }
    if (entry.type === 'other') {
      if (line.block === 'heading') outing = null;
      if (line.block === 'heading' && !(current.length && line.depth > currentHeadingDepth && currentHeadingDepth > 0)) {
        current = [];
        itemSplit = null;
        continue;
      }
      if (itemSplit && line.block === 'listItem' && line.first && line.containerId === itemSplit.containerId && line.depth === itemSplit.depth) {
        const parts = extractTitle(line, 0);
        if (parts.title) {
          const d = draftOf(parts.title, parts, { ...itemSplit.template, line, pendingTitle: false });
          drafts.push(d);
          current = [d];
          continue;
        }
      }
      const pending = current.length > 0 && current.every((d) => d.pendingTitle);
      // "## 19h15" then "Deux talks de 20 minutes :" over a list: the sentence introduces the talks, each a session.
      const next = lines[i + 1];
      if (pending && line.block === 'paragraph' && /:\s*$/u.test(line.text) && next?.block === 'listItem' && next.first && !isPeopleLine(line)) {
        for (const d of current) d.description.push(tidy(line.text));
        consumed.add(line);
        continue;
      }
      for (const d of current) attach(d, line);
      if (pending) consumed.add(line);
      if (pending && line.block === 'listItem' && line.first && current[0] && !current[0].pendingTitle) {
        itemSplit = { containerId: line.containerId, depth: line.depth, template: { ...current[0] } };
      }
      continue;
    }
    itemSplit = null;
    outing = null;
    // A timed entry.
    const { day, known } = entryDay(entry, days, ctx, at, line.text);
    const parts = extractTitle(line, entry.titleFrom, entry.titleTo);
    if (entry.peopleFrom !== undefined) parts.people = [parts.people, line.text.slice(entry.peopleFrom)].filter(Boolean).join(' ; ');
    if (entry.location) parts.location ??= entry.location;
    // "SESSION 1 – 9h20 / 10h40 – Antibiorésistance": the numbering label opens the title.
    let title = entry.label && parts.title ? `${entry.label} ${parts.title}` : parts.title;
    let pendingTitle = false;
    // "**Mardi 24 février 2026, 14 h 30 – 16 h 30** ⚠️ *horaire décalé*⏎…⏎*Title*": a note, the title comes below.
    if (title && STATUS_NOTE_RE.test(foldWords(title)) && lines[i + 1]?.groupId === line.groupId) {
      parts.description = parts.description ? `${title} ${parts.description}` : title;
      title = '';
      pendingTitle = true;
    }
    // "## 10h00 – Nolwenn Ar Gall" then "**« Title »**": the entry names its speaker, the title follows.
    if (title && parts.people && isPersonName(title, true) && parts.people.startsWith(title)) {
      title = '';
      pendingTitle = true;
    } else if (!title) {
      const prev = lines[i - 1];
      if (prev && !line.first && prev.groupId === line.groupId && !consumed.has(prev) && !scanTimes(prev.text).times.length) {
        title = isDateOnly(prev.text) ? '' : extractTitle(prev, 0).title;
        // "**réunion publique d'information**⏎**le jeudi 22 janvier 2026 à 18h30**": the event, as its title names it.
        if (title && entry.date && ctx.title && foldWords(ctx.title).includes(foldWords(title))) title = '';
        // "Jeudi 4 février 2027⏎9h00 – 16h45": a date over the hours is the event's day and hours.
        if (!title) {
          notSessions(ctx, entry.slots, EVENT_HOURS, line);
          current = [];
          continue;
        }
      } else if (entry.date && line.block === 'heading') {
        days.fromHeading({ type: 'day', date: entry.date, dayOfMonth: null, ordinal: null }, at, line.text);
        current = [];
        continue;
      } else {
        pendingTitle = true;
      }
    }
    if (!pendingTitle && isInfoLabel(title)) {
      notSessions(ctx, entry.slots, practical(title), line);
      current = [];
      continue;
    }
    if (pendingTitle && entry.date && line.block === 'paragraph') {
      // "📅 Jeudi 22 mai 2025, 9h30 – 17h": the event's own day and hours.
      notSessions(ctx, entry.slots, EVENT_HOURS, line);
      current = [];
      continue;
    }
    if (!pendingTitle && isEndMarker(title)) {
      const slot = entry.slots[0]!;
      endMarkers.push({ day, time: slot.end ?? slot.start });
      diag(ctx, { severity: 'info', rule: 'end-marker', message: `"${squash(line.text).slice(0, 60)}" marks an end, not a session.` }, at);
      current = [];
      continue;
    }
    // "pizzas et discussions libres jusqu'à 22h": the title states the end; or the people phrase
    // does ("Intervention de Mme X, secrétaire générale adjointe (FAE), jusqu'à 12h30").
    if (entry.slots.length === 1 && entry.slots[0]!.end === null) {
      const stated = statedEnd(entry.slots[0]!, title, parts);
      entry.slots[0] = stated.slot;
      title = stated.title;
    }
    const made = entry.slots.map((slot) => draftOf(title, parts, { day, dateKnown: known, slot, position: line.pointAt(slot.index), line, pendingTitle }));
    drafts.push(...made);
    current = made;
    currentHeadingDepth = line.block === 'heading' ? line.depth : 0;
  }
  rollPastMidnight(drafts);
  if (titledDays.length) nameFromDayHeadings(titledDays, lines, drafts);
  return { drafts, endMarkers };
}

interface TitledDay {
  /** Index of the heading in the lines. */
  at: number;
  depth: number;
  title: string;
}

/** "### Mardi 14 novembre 2023 — Sobriété numérique : …": the words after a heading's date, or null. */
function dayHeadingTitle(text: string, date: { index: number; text: string }): string | null {
  const start = contentStart(text);
  if (date.index - start > 2) return null;
  const after = /^[\s*_]*[—–:|·•-]\s+/u.exec(text.slice(date.index + date.text.length));
  if (!after) return null;
  const title = tidy(text.slice(date.index + date.text.length + after[0].length));
  return /\p{L}{3}/u.test(title) ? title : null;
}

/**
 * "### Mardi 14 novembre — Sobriété numérique" over "**19H00-20H30 : Web-émission**":
 * when the one entry under a titled day heading only names its kind, the
 * heading names the session.
 */
function nameFromDayHeadings(titled: readonly TitledDay[], lines: readonly Line[], drafts: readonly SessionDraft[]): void {
  const index = new Map(lines.map((l, k) => [l, k]));
  for (const day of titled) {
    let end = day.at + 1;
    while (end < lines.length && !(lines[end]!.block === 'heading' && lines[end]!.depth <= day.depth)) end++;
    const under = drafts.filter((d) => {
      const k = index.get(d.line) ?? -1;
      return k > day.at && k < end;
    });
    const first = under[0];
    if (!first || under.some((d) => d.line !== first.line) || !under.every((d) => namesOnlyKind(d.title))) continue;
    for (const d of under) d.title = day.title;
  }
}

const UNTIL_RE = /\s*(?:jusqu['’]à|jusque vers|→)\s*([^\s].{0,10})$|\s*\((?:fin(?:\s+prévue)?|jusqu['’]à)\s+(?:vers\s+|à\s+)?([^()]{1,10})\)$/iu;

/** "… jusqu'à 22h", "… (fin prévue vers 12 h 45)" closing a text: the end time it states and the text before it, or `null`. */
function trailingUntil(text: string): { time: ScannedTime; before: string } | null {
  const until = UNTIL_RE.exec(text);
  const time = until ? scanTimes(until[1] ?? until[2] ?? '').times[0] : undefined;
  return until && time && time.index === 0 ? { time, before: text.slice(0, until.index) } : null;
}

/**
 * "… jusqu'à 22h", "(fin prévue vers 12 h 45)", "…, de 14h30 à 17h, …": the end a slot without one states
 * in its title or its people phrase. The slot with that end and the title without it; `parts.people`
 * loses the end when it held it.
 */
function statedEnd(slot: ScannedTime, title: string, parts: TitleParts): { slot: ScannedTime; title: string } {
  const inTitle = trailingUntil(title) ?? innerEnd(title, slot);
  const until = inTitle ?? (parts.people ? trailingUntil(parts.people) : null);
  if (!until) return { slot, title };
  const later = until.time.start.hour * 60 + until.time.start.minute > slot.start.hour * 60 + slot.start.minute;
  const ended = { ...slot, end: until.time.start, text: `${slot.text}–${until.time.text}`, endNextDay: !later && until.time.start.hour < 6, endBeforeStart: !later && until.time.start.hour >= 6 };
  if (!inTitle) parts.people = tidy(until.before) || null;
  return { slot: ended, title: inTitle ? tidy(until.before) : title };
}

const INNER_TIME_LEAD_RE = /,\s*(jusqu['’]à|jusque vers|de)\s+/giu;
const INNER_UNTIL_RE = /\s*\((?:jusqu['’]à|fin(?:\s+prévue)?\s+(?:vers|à))\s+([^()]{1,10})\)/iu;

/**
 * "Tournoi de jeux vidéo, de 14h30 à 17h, dès 8 ans", "Soirée jeux, jusqu'à 22h, avec la ludothèque",
 * "Install party (jusqu'à 17h) — apportez votre machine !": a clause or a bracket of the title restating
 * the start with its end, or giving the end. The end it states and the
 * title before it, or `null`.
 */
function innerEnd(title: string, slot: ScannedTime): { time: ScannedTime; before: string } | null {
  // "Install party 🐧 (jusqu'à 17h) — apportez votre machine !": the end in brackets, the title before it.
  const bracket = INNER_UNTIL_RE.exec(title);
  const bracketTime = bracket ? scanTimes(bracket[1] ?? '').times[0] : undefined;
  if (bracket && bracketTime && bracketTime.index === 0) return { time: bracketTime, before: title.slice(0, bracket.index) };
  INNER_TIME_LEAD_RE.lastIndex = 0;
  for (let m = INNER_TIME_LEAD_RE.exec(title); m; m = INNER_TIME_LEAD_RE.exec(title)) {
    const from = m.index + m[0].length;
    const t = scanTimes(title.slice(from)).times[0];
    if (!t || t.index !== 0 || !/^\s*(?:,|$)/u.test(title.slice(from + t.text.length))) continue;
    const before = title.slice(0, m.index);
    if ((m[1] ?? '').toLowerCase() !== 'de') return { time: t, before };
    if (t.end && t.start.hour === slot.start.hour && t.start.minute === slot.start.minute) return { time: { ...t, start: t.end, end: null }, before };
  }
  return null;
}

/** An evening hour, and the early hours a night programme runs into. */
const EVENING_FROM = 18;
const NIGHT_UNTIL = 6;

/**
 * "23h45 Feu d'artifice", "00h15 – 02h00 DJ set": under one day heading, a time
 * of the early hours after an evening one is the next calendar day.
 */
function rollPastMidnight(drafts: SessionDraft[]): void {
  let previous: SessionDraft | null = null;
  let rolled: { from: string; to: Day } | null = null;
  for (const d of drafts) {
    const key = dayKey(d.day);
    if (rolled && rolled.from === key) {
      d.day = rolled.to;
      previous = d;
      continue;
    }
    rolled = null;
    if (previous && dayKey(previous.day) === key && previous.slot.start.hour >= EVENING_FROM && d.slot.start.hour < NIGHT_UNTIL) {
      rolled = { from: key, to: addDays(d.day, 1) };
      d.day = rolled.to;
    }
    previous = d;
  }
}

function attach(d: SessionDraft, line: Line): void {
  if (line.block === 'html') return;
  if (d.pendingTitle) {
    // "* **Mardi 20 janvier 2026, 14h-16h**⏎Camille Aubertin (Université de Lorraine)⏎*Title*": in the entry's
    // own item, a line naming its speaker comes before the title; the title is still to come.
    if (line.groupId === d.line.groupId && isPeopleLine(line)) {
      d.lines.push(line);
      return;
    }
    const parts = extractTitle(line, 0);
    if (isInfoLabel(parts.title.replace(/\s*:.*$/u, ''))) return;
    d.title = parts.title;
    d.pendingTitle = !parts.title;
    if (parts.description) d.description.push(parts.description);
    if (parts.people) d.peopleText.push(parts.people);
    if (parts.location) d.location ??= parts.location;
    d.lines.push(line);
    return;
  }
  d.lines.push(line);
  if (d.description.join(' ').length < 400) d.description.push(tidy(line.text));
}

// ---- tables -----------------------------------------------------------------

interface TableState {
  timeColumn: number;
  titleColumn: number;
  peopleColumn: number;
  dateColumn: number;
  locationColumn: number;
  /** Parallel tracks ("| Horaire | Salle A | Salle B |"): column → track name. */
  tracks: Map<number, string>;
  lastSlot: ScannedTime | null;
  day: Day | null;
  /**
   * The timed entry a table without times sits under when that entry announces
   * parallel sessions ("14h – 15h30 | Ateliers au choix" over "| Atelier | Salle |
   * Animation |"): each row is one of them, at the entry's time.
   */
  under: SessionDraft | null;
}

const TITLE_HEADER_RE = /intitul|titre|activit|description|programme|s[ée]quence|session|sujet|th[eè]me|contenu|quoi|conf[ée]rence|communication|intervention|expos[ée]|title|talk|[ée]v[ée]nement/iu;
const PEOPLE_HEADER_RE = /intervenant|speaker|orat|anim|avec|qui|personne|invit|mod[ée]rat|pr[ée]sent[ée] par/iu;
const TIME_HEADER_RE = /heure|horaire|time|quand|cr[ée]neau|hour/iu;
const DATE_HEADER_RE = /^(?:date|dates|jour|journ[ée]e|day)$/iu;
const LOCATION_HEADER_RE = /^(?:salle|salles|lieu|lieux|room|amphi|amphithéâtre|espace|où|localisation)$/iu;
/** Columns beside the rooms of a grid that are no room: notes, prices, audiences. */
const NOT_TRACK_HEADER_RE = /^(?:notes?|remarques?|commentaires?|observations?|tarifs?|prix|public|durée|format|inscriptions?|infos?|informations?|type)$/iu;
const TRACK_HEADER_RE = /salle|parcours|track|amphi|room|espace|sc[èe]ne|auditorium|piste|fili[èe]re|^atelier\s*\S{1,3}$|^session\s*\S{1,3}$|^(?:a|b|c|d)$/iu;

function newTable(headers: readonly string[] | null): TableState {
  const state: TableState = { timeColumn: -1, titleColumn: -1, peopleColumn: -1, dateColumn: -1, locationColumn: -1, tracks: new Map(), lastSlot: null, day: null, under: null };
  if (!headers) return state;
  state.timeColumn = headers.findIndex((h) => TIME_HEADER_RE.test(h));
  state.dateColumn = headers.findIndex((h, k) => k !== state.timeColumn && DATE_HEADER_RE.test(h.trim()));
  const free = (k: number) => k !== state.timeColumn && k !== state.dateColumn;
  state.titleColumn = headers.findIndex((h, k) => free(k) && TITLE_HEADER_RE.test(h));
  const locations = headers.map((h, k) => (free(k) && k !== state.titleColumn && LOCATION_HEADER_RE.test(h.trim()) ? k : -1)).filter((k) => k >= 0);
  if (locations.length === 1) state.locationColumn = locations[0]!;
  state.peopleColumn = headers.findIndex((h, k) => free(k) && k !== state.titleColumn && PEOPLE_HEADER_RE.test(h));
  if (state.titleColumn < 0 && state.peopleColumn < 0 && state.locationColumn < 0) {
    headers.forEach((h, k) => {
      if (free(k) && TRACK_HEADER_RE.test(h.trim())) state.tracks.set(k, h.trim());
    });
    if (state.tracks.size < 2) state.tracks.clear();
    // "| Horaire | Salle Jean-Moulin | Salle des Tilleuls | Jardin partagé |": beside two rooms, another place is a track too.
    else {
      headers.forEach((h, k) => {
        if (free(k) && !state.tracks.has(k) && h.trim() && !NOT_TRACK_HEADER_RE.test(h.trim())) state.tracks.set(k, h.trim());
      });
      state.tracks = new Map([...state.tracks].sort((a, b) => a[0] - b[0]));
    }
  }
  return state;
}

function tableRow(
  line: Line,
  tables: Map<number, TableState>,
  ctx: AssemblyContext,
  days: DayTracker,
  drafts: SessionDraft[],
  endMarkers: { day: Day; time: ClockTime }[],
  current: readonly SessionDraft[],
): SessionDraft[] {
  const cells = line.cells ?? [];
  let state = line.header ? undefined : tables.get(line.containerId);
  if (!state) {
    // A table starts: under an entry announcing parallel sessions, its rows may be them.
    state = newTable(line.header ? cells.map((c) => c.text) : null);
    state.under = current.length === 1 && announcesParallel(current[0]!.title) ? current[0]! : null;
    tables.set(line.containerId, state);
    if (line.header) return [];
  }
  if (state.timeColumn < 0) {
    state.timeColumn = cells.findIndex((c) => {
      const t = scanTimes(c.text).times[0];
      return !!t && t.index <= 1;
    });
    if (state.timeColumn < 0) return state.under ? rowDrafts(line, state, state.under.slot, state.under.day, state.under.dateKnown, ctx, drafts, endMarkers) : [];
  }
  if (state.dateColumn < 0) {
    // A column of dates beside the times ("| Mer. 3 juillet | 9h-9h30 | Accueil |").
    state.dateColumn = cells.findIndex((c, k) => k !== state!.timeColumn && findDates(c.text)[0]?.index === 0 && !scanTimes(c.text).times.length);
  }
  const dateCell = state.dateColumn >= 0 ? cells[state.dateColumn] : undefined;
  const written = dateCell ? findDates(dateCell.text)[0]?.dates[0] : undefined;
  if (written && written.month !== null) {
    const r = resolveWritten(written, state.day ?? days.current ?? ctx.eventDays?.start ?? ctx.reference);
    if (r) state.day = r.day;
  }
  const timeCell = cells[state.timeColumn];
  if (!timeCell) return [];
  const scanned = scanTimes(timeCell.text).times;
  let slot: ScannedTime | null = scanned[0] ?? null;
  if (!slot) {
    if (timeCell.text.replace(/[\s\u00a0-]/g, '') !== '' || !state.lastSlot) return [];
    // "| | *Toute la journée : village des partenaires* |": an all-day note, not a session beside the row above.
    if (cells.some((c) => ALL_DAY_RE.test(foldWords(c.text)))) return [];
    slot = state.lastSlot;
  }
  state.lastSlot = slot;
  if (cells.some((c, k) => k !== state!.timeColumn && FREQUENCY_RE.test(foldWords(c.text)))) {
    notSessions(ctx, [slot], 'it is a timetable row (a service running at intervals)', timeCell);
    return [];
  }
  const day = state.day ?? days.current ?? ctx.eventDays?.start ?? ctx.reference;
  const known = !!(state.day ?? days.current ?? ctx.eventDays);
  return rowDrafts(line, state, slot, day, known, ctx, drafts, endMarkers, timeCell, scanned);
}

/** The sessions of one table row at `slot` on `day`: one per track, else one from its title cell. */
function rowDrafts(
  line: Line,
  state: TableState,
  slot: ScannedTime,
  day: Day,
  known: boolean,
  ctx: AssemblyContext,
  drafts: SessionDraft[],
  endMarkers: { day: Day; time: ClockTime }[],
  timeCell: Line | null = null,
  scanned: readonly ScannedTime[] = [],
): SessionDraft[] {
  const cells = line.cells ?? [];
  const where = timeCell ?? cells[0] ?? line;
  const taken = new Set([state.timeColumn, state.dateColumn, state.locationColumn]);
  // "| 10h00 | *Pause* | |": a row whose title cell is empty names its session in another cell.
  const titled = state.titleColumn >= 0 && cells[state.titleColumn]?.text.trim() ? state.titleColumn : cells.findIndex((c, k) => !taken.has(k) && c.text.trim() !== '');
  const columns = state.tracks.size ? [...state.tracks.keys()] : [titled];
  const made: SessionDraft[] = [];
  for (const column of columns) {
    const titleCell = cells[column];
    if (!titleCell || !titleCell.text.trim()) continue;
    // "| 13h30 Léna Guillou (LBMO) – Title | 13h30 Rémi Castel … |": a track's cell with its own time.
    const own = state.tracks.size ? scanTimes(titleCell.text).times[0] : undefined;
    const cellSlot = own && own.index <= 1 ? own : slot;
    const from = cellSlot === own ? own.index + own.text.length : 0;
    // "Titre<br>Name (ORG)", "Titre<br>Modération : X": the cell's first line is the title.
    const semi = titleCell.text.indexOf(';', from);
    const parts = extractTitle(titleCell, from, semi > 0 ? semi : titleCell.text.length);
    if (semi > 0) parts.people = [parts.people, titleCell.text.slice(semi + 1)].filter(Boolean).join(' ; ');
    if (!parts.title) notSessions(ctx, scanned.slice(0, 1), 'its row has no title', where);
    if (isEndMarker(parts.title)) {
      endMarkers.push({ day, time: slot.end ?? slot.start });
      diag(ctx, { severity: 'info', rule: 'end-marker', message: `"${squash(line.text).slice(0, 60)}" marks an end, not a session.` }, line.pointAt(0));
      continue;
    }
    if (!parts.title) continue;
    if (isInfoLabel(parts.title)) {
      // "| Durée | 16 heures |", "| Horaires | 9h-17h |": a table of practical information.
      if (timeCell) notSessions(ctx, [slot], practical(parts.title), timeCell);
      continue;
    }
    // "| 14:45 | Install party (jusqu'à 17h) — apportez votre machine ! |": the title states the end.
    const stated = cellSlot.end === null ? statedEnd(cellSlot, parts.title, parts) : { slot: cellSlot, title: parts.title };
    let peopleCell = state.peopleColumn >= 0 ? cells[state.peopleColumn] : undefined;
    if (!peopleCell && !state.tracks.size) {
      // No header names the speakers' column: a later cell that starts with a name.
      peopleCell = cells.find((c, k) => k > column && !taken.has(k) && !!matchName(c.text, 0, /^[^,(]{2,50}[(,]/u.test(c.text)));
    }
    const draft: SessionDraft = {
      title: stated.title,
      description: parts.description ? [parts.description] : [],
      location: parts.location ?? state.tracks.get(column) ?? (state.locationColumn >= 0 ? cells[state.locationColumn]?.text.trim() || null : null),
      peopleText: parts.people ? [parts.people] : [],
      lines: peopleCell ? [peopleCell] : [],
      day,
      dateKnown: known,
      slot: stated.slot,
      position: cellSlot === slot ? where.pointAt(0) : titleCell.pointAt(own?.index ?? 0),
      line,
      pendingTitle: false,
      announcement: timeCell ? undefined : (state.under ?? undefined),
    };
    drafts.push(draft);
    made.push(draft);
  }
  return made;
}

/** Turns drafts into sessions with instants in the programme's zone. */
export function finishSessions(drafts: readonly SessionDraft[], ctx: AssemblyContext): Session[] {
  const sessions: Session[] = [];
  for (const d of drafts) {
    const speakers = readSpeakers({ title: d.title, phrases: d.peopleText, lines: d.lines, line: d.line }, ctx.diagnostics);
    const title = d.title || tidy(d.description[0] ?? '') || speakers.map((p) => p.name).join(', ') || 'Session';
    const start = instant(d.day, d.slot.start, ctx.zone);
    let end: string | null = null;
    if (d.slot.end) {
      if (d.slot.endBeforeStart) {
        diag(ctx, {
          severity: 'warning',
          rule: 'end-before-start',
          message: `The range "${d.slot.text}" ends before it starts; the end was left out.`,
        }, d.position);
      } else {
        end = instant(d.day, d.slot.end, ctx.zone, d.slot.endNextDay ? 1 : 0).iso;
      }
    }
    if (!start.exists) {
      diag(ctx, { severity: 'warning', rule: 'nonexistent-time', message: `${formatClock(d.slot.start)} does not exist on ${dayKey(d.day)} in ${ctx.zone} (clocks go forward); the time after the gap was used.` }, d.position);
    } else if (start.ambiguous) {
      diag(ctx, { severity: 'info', rule: 'ambiguous-time', message: `${formatClock(d.slot.start)} happens twice on ${dayKey(d.day)} in ${ctx.zone} (clocks go back); the first one was used.` }, d.position);
    }
    if (!d.dateKnown) {
      diag(ctx, { severity: 'warning', rule: 'no-date', message: `No date found for "${title}" at ${formatClock(d.slot.start)}; the reference date ${dayKey(d.day)} was used.` }, d.position);
    }
    const description = d.description.map((x) => tidy(x)).filter(Boolean).join(' ').slice(0, 600) || null;
    sessions.push({
      id: sessionId(ctx.source, start.iso.slice(0, 16), title),
      title,
      kind: classifyKind(title, description),
      start: start.iso,
      end,
      day: dayKey(d.day),
      dateKnown: d.dateKnown,
      location: d.location,
      description,
      speakers,
      position: d.position,
    });
  }
  return sessions;
}
