/**
 * The event as a whole: its reference date (for years), its days, its hours,
 * its title and place. The visible page wins over the front matter.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ClockTime } from '../types.js';
import type { FrontMatter } from '../markdown/frontmatter.js';
import type { Line } from '../markdown/lines.js';
import { findDates, findYear, parseIsoDay, type DateExpression } from '../french/date.js';
import { scanTimes } from '../french/time.js';
import { HOURS_LABELS, EVENT_START_CUES, EVENT_END_CUES, EVENT_ANNOUNCE_CUES, MOVED_FROM_CUES, MOVED_TO_CUES, CONDITION_CUES, CLOSURE_CUES } from '../french/lexicon/cues.js';
import { alternation, fold, foldWords, squash } from '../french/text.js';
import { type Day, daysBetween, resolveWritten } from './calendar.js';
import { contentStart, isDateline, isDeadlineContext, isPastMention } from './entries.js';

/** A front matter date-time as written: the day, and the wall-clock time unless it is 00:00. */
export interface WrittenInstant {
  day: Day;
  time: ClockTime | null;
}

/** Reads `2023-06-01 14:00:00 +02:00` as written (the offset is not trusted); `null` for years before 1900. */
export function readFrontMatterInstant(value: string | null): WrittenInstant | null {
  if (!value) return null;
  const day = parseIsoDay(value);
  if (!day || day.year < 1900) return null;
  const m = /^\d{4}-\d{2}-\d{2}[ T](\d{2}):(\d{2})/.exec(value.trim());
  const time = m && !(m[1] === '00' && m[2] === '00') ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
  return { day, time };
}

/** The first title of the page: front matter title, else the first heading (its plain text), else a first paragraph. */
export function pageTitle(fm: FrontMatter, tree: Root, lines: readonly Line[]): string | null {
  const clean = (t: string) => squash(t.replace(/\{\{[%<][^}]*[%>]\}\}/g, ' ').replace(/\*+|_{2,}/g, ''));
  if (fm.title) return clean(fm.title) || null;
  const headings = tree.children.filter((c): c is Heading => c.type === 'heading');
  const heading = headings.find((h) => h.depth <= 2) ?? headings[0];
  if (heading) return clean(toString(heading)) || null;
  const para = lines.find((l) => l.block === 'paragraph' && l.text.length >= 12);
  return para ? clean(para.text) : null;
}

/**
 * The date against which years are resolved: the option, else the front matter
 * publication date, else a dateline ("Paris, le 02 décembre 2016"), else the
 * first year written in the title or the page; `null` when the page gives
 * none (the caller then uses today).
 */
export function referenceDay(explicit: Day | null, fm: FrontMatter, lines: readonly Line[], title: string | null): Day | null {
  if (explicit) return explicit;
  const published = readFrontMatterInstant(fm.date);
  if (published) return published.day;
  for (const line of lines) {
    if (!isDateline(line.text)) continue;
    const d = findDates(line.text)[0]?.dates[0];
    if (d && d.year !== null && d.month !== null) return { year: d.year, month: d.month, day: d.day };
  }
  const titleYear = title ? findYear(title) : null;
  if (titleYear) return { year: titleYear, month: 1, day: 1 };
  for (const text of [...fm.blurbs, ...lines.map((l) => l.text)]) {
    const d = findDates(text).find((e) => e.dates.some((x) => x.year !== null));
    const year = d?.dates.find((x) => x.year !== null)?.year;
    if (year) return { year, month: 1, day: 1 };
  }
  return null;
}

/** The days of the event: the first and last day named where the event is announced. */
export interface EventDays {
  start: Day;
  end: Day;
  /** Where the days were read: `line` is the first date of any line, the weakest source. */
  from: 'front-matter' | 'title' | 'blurb' | 'text' | 'line';
}

function daysOf(expr: DateExpression, reference: Day): { start: Day; end: Day } | null {
  const first = expr.dates[0];
  const last = expr.dates[expr.dates.length - 1];
  if (!first || !last) return null;
  const a = resolveWritten(first, reference);
  const b = resolveWritten(last, a?.day ?? reference);
  if (!a || !b) return null;
  return { start: a.day, end: b.day };
}

/** True when a line opens with a date followed by its hours ("📅 Mardi 9 juin 2026, de 11 h à 12 h"), nothing else. */
function opensWithDatedHours(text: string): boolean {
  const start = contentStart(text);
  const d = findDates(text).find((x) => x.index >= start);
  if (!d || d.index !== start || isDeadlineContext(text, d.index)) return false;
  const end = d.index + d.text.length;
  const times = scanTimes(text).times;
  const t = times.find((x) => x.index >= end);
  if (!t || !/^[\s,:;|·•–—-]*(?:(?:de|à|a|dès|à partir de)\s+)?$/iu.test(text.slice(end, t.index))) return false;
  const last = times[times.length - 1]!;
  return !/[\p{L}\p{N}]/u.test(text.slice(last.index + last.text.length));
}

/**
 * The days of the first date of `text` that is not a deadline or a past mention; with `stated`,
 * only a date written with its weekday or its hours ("jeudi 4 et vendredi 5 juin", "14 mars, de 9h à 12h").
 */
function firstEventDate(text: string, reference: Day, stated = false): { start: Day; end: Day } | null {
  for (const expr of findDates(text)) {
    if (isDeadlineContext(text, expr.index)) continue;
    if (isPastMention(text, expr.index + expr.text.length)) continue;
    if (CLOSURE_RE.test(text.slice(Math.max(0, expr.index - 30), expr.index))) continue;
    if (stated && expr.kind === 'single' && expr.dates[0]?.weekday == null && !HOURS_AFTER_RE.test(text.slice(expr.index + expr.text.length, expr.index + expr.text.length + 24))) continue;
    const days = daysOf(expr, reference);
    if (days) return days;
  }
  return null;
}

/** True when a line of the page (not a deadline) names `day`. */
function namesDay(lines: readonly Line[], day: Day, reference: Day): boolean {
  for (const line of lines) {
    for (const expr of findDates(line.text)) {
      if (isDeadlineContext(line.text, expr.index) || MOVED_FROM_RE.test(line.text.slice(Math.max(0, expr.index - 40), expr.index))) continue;
      const days = daysOf(expr, reference);
      if (days && daysBetween(days.start, day) >= 0 && daysBetween(day, days.end) >= 0) return true;
    }
  }
  return false;
}

const CLOSURE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(CLOSURE_CUES)})(?![\\p{L}])[^.;]*$`, 'iu');
const MOVED_FROM_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(MOVED_FROM_CUES)})(?![\\p{L}])`, 'iu');

/** Hours right after a date: "…, de 9h", " à 18h30". */
const HOURS_AFTER_RE = /^[\s,:–—-]*(?:(?:de|à|a|dès|entre)\s+)?\d{1,2}\s?(?:h|:)/iu;

const ANNOUNCE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(EVENT_ANNOUNCE_CUES)})(?![\\p{L}])`, 'iu');
const CONDITION_RE = new RegExp(`(?:^| )(?:${alternation(CONDITION_CUES)})(?: |$)`);
const MOVED_CUE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(MOVED_TO_CUES)})(?![\\p{L}])`, 'iu');
/** "décalé d'une semaine, au ", "reportée au ": the words just before the day an event moves to. */
const MOVED_TO_RE = new RegExp(`${MOVED_CUE_RE.source}[^.;!?]{0,30}?(?:^|[^\\p{L}])(?:au|à|le)\\s+$`, 'iu');

/** True when the sentence ending `text` states a condition ("En cas d'alerte météo, le feu pourra être reporté au"). */
function isConditional(text: string): boolean {
  return CONDITION_RE.test(foldWords(text.slice(text.search(/[^.!?]*$/u))));
}

/**
 * The days a sentence of the page announces ("… se tiendra le jeudi 12
 * septembre 2024 …", "… aura lieu le jeudi 4 juin 2026"): a date with an
 * announcing cue in the words just before it.
 */
function announcedDays(lines: readonly Line[], reference: Day): { start: Day; end: Day } | null {
  for (const line of lines) {
    // A line without a cue is passed over before its dates are looked for.
    if (line.block === 'tableRow' || !(ANNOUNCE_RE.test(line.text) || MOVED_CUE_RE.test(line.text))) continue;
    for (const expr of findDates(line.text)) {
      const before = line.text.slice(Math.max(0, expr.index - 40), expr.index);
      if (!ANNOUNCE_RE.test(before) && !(MOVED_TO_RE.test(before) && !isConditional(line.text.slice(0, expr.index)))) continue;
      const days = daysOf(expr, reference);
      if (days) return days;
    }
  }
  return null;
}

/**
 * Finds the event's days: front matter event dates (unless the page announces
 * another day: the visible page wins), else the title, the blurbs, a day the
 * page announces, the first date of the page text.
 */
export function eventDays(fm: FrontMatter, lines: readonly Line[], title: string | null, reference: Day): EventDays | null {
  const start = readFrontMatterInstant(fm.eventStart);
  if (start) {
    const end = readFrontMatterInstant(fm.eventEnd);
    const front = { start: start.day, end: end && daysBetween(start.day, end.day) >= 0 ? end.day : start.day };
    const announced = announcedDays(lines, reference);
    // "initialement annoncée le 2 juin, aura lieu le jeudi 4 juin": a day outside the front matter's days,
    // unless the page names the front matter's day too (the announcement is then about another meeting).
    const moved =
      announced &&
      (daysBetween(front.start, announced.start) < 0 || daysBetween(front.end, announced.start) > 0) &&
      !namesDay(lines, front.start, reference);
    return moved ? { ...announced, from: 'text' } : { ...front, from: 'front-matter' };
  }
  if (title) {
    const d = firstEventDate(title, reference);
    if (d) return { ...d, from: 'title' };
  }
  for (const blurb of fm.blurbs) {
    const d = firstEventDate(blurb, reference);
    if (d) return { ...d, from: 'blurb' };
  }
  // "📅 **Mardi 9 juin 2026, de 11 h à 12 h**": a line opening with a date and its hours states the event's day,
  // before any sentence that announces another ("une seconde session aura lieu le jeudi 2 juillet").
  for (const line of lines) {
    if (line.block === 'tableRow' || !opensWithDatedHours(line.text)) continue;
    const d = firstEventDate(line.text, reference);
    if (d) return { ...d, from: 'text' };
  }
  const announced = announcedDays(lines, reference);
  if (announced) return { ...announced, from: 'text' };
  // A date as a letterhead writes it ("Circulaire n° 2026-07 · 12 mars 2026") says less than one written
  // with its weekday or its hours ("Dijon – jeudi 4 et vendredi 5 juin 2026"): those are read first.
  for (const stated of [true, false]) {
    for (const line of lines) {
      if (isDateline(line.text)) continue;
      const d = firstEventDate(line.text, reference, stated);
      if (d) return { ...d, from: 'line' };
    }
  }
  return null;
}

const HOURS_LABEL_RE = new RegExp(`^(?:${alternation(HOURS_LABELS)})\\b`, 'iu');
const START_CUE_RE = new RegExp(`(?:${alternation(EVENT_START_CUES)})\\s*$`, 'iu');
const END_CUE_RE = new RegExp(`(?:${alternation(EVENT_END_CUES)})\\s*$`, 'iu');

/** The event's hours: opening hours fields, then prose next to the event's date, then cues. */
export function eventHours(fm: FrontMatter, lines: readonly Line[], title: string | null): { start: ClockTime | null; end: ClockTime | null } {
  for (const field of fm.fields) {
    if (!HOURS_LABEL_RE.test(fold(field.label)) && !HOURS_LABEL_RE.test(field.label)) continue;
    const t = scanTimes(field.content).times[0];
    if (t) return { start: t.start, end: t.end };
  }
  // "Horaires : 9h à 17h30", "**Horaires d'ouverture : de 10h à 18h**" in the page.
  for (const line of lines) {
    const m = /^(?:[\p{L}' ]{0,20}\s)?(?:horaires?|heures d['’]ouverture|ouverture)(?:\s+d['’]ouverture)?\s*:\s*(.*)$/iu.exec(line.text);
    if (!m) continue;
    const t = scanTimes(m[1] ?? '').times[0];
    if (t && t.end) return { start: t.start, end: t.end };
  }
  const texts = [title ?? '', ...fm.blurbs, ...lines.filter((l) => l.block !== 'tableRow').map((l) => l.text)];
  for (const text of texts) {
    const dates = findDates(text);
    if (!dates.length) continue;
    // One scan of the line, then for each date the first time after it (scanning
    // what follows each date again would be quadratic on a long line).
    const times = scanTimes(text).times;
    let next = 0;
    for (const d of dates) {
      const dateEnd = d.index + d.text.length;
      while (next < times.length && times[next]!.index < dateEnd) next++;
      if (isDeadlineContext(text, d.index)) continue;
      const t = times[next];
      if (t && /^[\s,]*(?:(?:à|de|dès|entre|à partir de)\s*)?$/iu.test(text.slice(dateEnd, t.index))) {
        return { start: t.start, end: t.end };
      }
    }
  }
  let start: ClockTime | null = null;
  let end: ClockTime | null = null;
  for (const line of lines) {
    for (const t of scanTimes(line.text).times) {
      // The cue stands just before the time: look at a short window, not the whole line.
      const before = line.text.slice(Math.max(0, t.index - 40), t.index);
      if (!start && START_CUE_RE.test(before)) start = t.start;
      else if (!end && END_CUE_RE.test(before) && !isDeadlineContext(line.text, t.index)) end = t.end ?? t.start;
    }
    if (start) return { start, end };
  }
  return { start: null, end: null };
}

/** The place of the event: front matter venue and address, else a "Lieu :" / "Adresse :" line. */
export function eventLocation(fm: FrontMatter, lines: readonly Line[]): string | null {
  const parts = [fm.place, fm.address].filter((p): p is string => !!p).map((p) => squash(p).replace(/,$/, ''));
  if (parts.length) return [...new Set(parts)].join(', ');
  for (const line of lines) {
    const m = /^(?:lieu|adresse|où|venue)\s*:\s*(.+)$/iu.exec(line.text);
    if (m && m[1]) return squash(m[1]);
  }
  return null;
}
