/**
 * Reads one line of a page and says what it is in a programme: a timed entry
 * (a session, or a bare end marker), a day heading, or something else.
 */
import { liveText, type Line } from '../markdown/lines.js';
import { scanTimes, type ScannedTime, type TimeScan } from '../french/time.js';
import { findDates, findDayOfMonth, findDayOrdinal, isDateOnly, leadingWeekday, type DateExpression } from '../french/date.js';
import { ACTIVITY_WORDS, CLAUSE_VERBS, DEADLINE_CUES, DEADLINE_LABELS, OPENING_CUES, PAGE_META_CUES } from '../french/lexicon/cues.js';
import { DAY_PART_LABELS, TIME_LEADS } from '../french/lexicon/time-words.js';
import { alternation, fold, stripLeadingPictographs } from '../french/text.js';
import { isIndexLabel } from './title.js';

/** A timed entry: its time slots and where its title is written. */
export interface TimedEntry {
  type: 'timed';
  slots: ScannedTime[];
  /** The title zone in the line's text. */
  titleFrom: number;
  titleTo: number;
  /** A date written on the entry itself ("Vendredi 9 mai à 12h15 : …"). */
  date: DateExpression | null;
  /** Day of month with weekday but no month, written on the entry ("Jeudi 21, 9h"). */
  dayOfMonth: { day: number; weekday: number } | null;
  /** Where a speaker phrase after the time starts ("(10h – 12h20) — présidence : …"), if any. */
  peopleFrom?: number;
  /** A room written after the time ("| 9h00-12h30 | Amphithéâtre Descartes"), if any. */
  location?: string;
  /** A numbering label written before the time, with its separator: "SESSION 1 –" of "SESSION 1 – 9h20 / 10h40 – Title". */
  label?: string;
}

/** A day heading: sets the day of the entries below it. */
export interface DayHeading {
  type: 'day';
  date: DateExpression | null;
  dayOfMonth: { day: number; weekday: number } | null;
  ordinal: number | null;
  /** A heading that names only a weekday ("### Samedi"): 1 (Monday) to 7. */
  weekday?: number;
}

/** Why a time in a line was not taken as a session. */
export type SkipReason = 'deadline' | 'prose' | 'timecode' | 'heading';

/** A line with times that are not a programme entry. */
export interface Skipped {
  type: 'skipped';
  reason: SkipReason;
  times: ScannedTime[];
}

/** What a line is. */
export type Entry = TimedEntry | DayHeading | Skipped | { type: 'other' };

const LEAD_RE = /^(?:[\s\-–—•●▪■*+>|#[\](){}.:,·∙◦‣⁃]|\p{Extended_Pictographic}|\uFE0F|\u20E3|\u200D)*/u;
const AFTER_DATE_RE = /^[\s,:;|·/–—-]*(?:(?:à|a|dès|vers)\s+)?/iu;
/** "SESSION 1 – " before a time: a label and its dash or colon. */
const INDEX_LEAD_RE = /^[\s*_]*([\p{L}][\p{L} -]{2,30}?\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\.?)\s*([–—:-])\s*[*_]*$/u;
const ITEM_NUMBER_RE = /^\d{1,2}[.)]\s+/u;
const ACTIVITY_RE = new RegExp(`^(?:${alternation(ACTIVITY_WORDS)})(?![\\p{L}])`, 'u');
const OPENING_WORD_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(OPENING_CUES)})(?![\\p{L}])`, 'u');
/** The longest activity named before its times. */
const ACTIVITY_LEAD = 80;

/**
 * "Visites guidées de la chapelle à 10h, 14h et 16h", "Démonstration de mouture samedi et dimanche
 * à 11h": a line that names an activity first, then says when. Where the activity's name ends
 * (before `when`, the index of its first time or day), or `null`.
 */
export function activityLead(text: string, when: number): number | null {
  const start = contentStart(text);
  if (when - start > ACTIVITY_LEAD || when <= start) return null;
  const lead = text.slice(start, when);
  const folded = fold(lead.replace(/[*_]/g, ''));
  if (!ACTIVITY_RE.test(folded) || saysOpeningHours(lead) || CLAUSE_VERB_RE.test(lead)) return null;
  const end = start + lead.replace(/(?:[\s,:;–—-]|(?<![\p{L}])(?:à|a|dès|vers|le|les)(?![\p{L}]))*$/u, '').length;
  return end > start ? end : null;
}

/** True when words name opening hours rather than an activity ("Ouverture exceptionnelle", "horaires", "dernière entrée"). */
export function saysOpeningHours(words: string): boolean {
  return OPENING_WORD_RE.test(fold(words));
}

/** "Visite des salons d'honneur, à 11h et à 15h30, en présence de M. le Maire": an activity, then its times. */
function activityEntry(line: Line, scan: TimeScan): TimedEntry | null {
  if (line.block !== 'paragraph' && line.block !== 'listItem') return null;
  const text = line.text;
  const first = scan.times[0]!;
  const end = activityLead(text, first.index);
  if (end === null || !/^[\s,]*(?:(?:à|dès|vers)\s+)$/iu.test(text.slice(end, first.index))) return null;
  if (isDeadlineContext(text, first.index)) return null;
  const slots = slotsFrom(scan.times, 0, text);
  const last = slots[slots.length - 1]!;
  return { type: 'timed', slots, titleFrom: contentStart(text), titleTo: end, date: null, dayOfMonth: null, peopleFrom: last.index + last.text.length };
}

/** The words that lead a time closing a title: ", à partir de", ", dès", " à", ", entre", ", de". */
const TIME_LEAD_TAIL_RE = /[\s,]*(?:(?:à partir de|dès|vers|à|a|de|entre)\s*)?$/iu;

/**
 * "**Sam. 1er mars** — Repair café : on répare …, de 14h à 17h.", "**Ven. 7 mars** — Soirée jeux, à partir de 19 h.":
 * a day, a dash, a title, then the time in the same sentence. Not a deadline, nor a time after the first sentence.
 */
function datedSentenceEntry(line: Line, scan: TimeScan): TimedEntry | null {
  if (line.block !== 'paragraph' && line.block !== 'listItem') return null;
  const text = line.text;
  const start = contentStart(text);
  const d = findDates(text)[0];
  if (!d || d.index !== start || d.kind !== 'single') return null;
  const sep = /^\s*[—–:-]\s+/u.exec(text.slice(d.index + d.text.length));
  if (!sep) return null;
  const from = d.index + d.text.length + sep[0].length;
  const k = scan.times.findIndex((t) => t.index >= from);
  const t = scan.times[k];
  if (!t) return null;
  // A sentence end before the time, outside quotes ("« Quelle eau demain ? », 18h-20h" goes on).
  const between = text.slice(from, t.index).replace(/«[^»]*»|“[^”]*”/gu, '« »');
  // Nor a time inside brackets ("« … » (replay, 1 h 04)"): a length, a note.
  if (t.index - from > 200 || /[.!?]\s/u.test(between) || /\([^)]*$/u.test(between) || isDeadlineContext(text, t.index)) return null;
  const titleTo = from + TIME_LEAD_TAIL_RE.exec(text.slice(from, t.index))!.index;
  if (titleTo <= from) return null;
  const slots = slotsFrom(scan.times, k, text);
  const last = slots[slots.length - 1]!;
  return { type: 'timed', slots, titleFrom: from, titleTo, date: d, dayOfMonth: null, peopleFrom: last.index + last.text.length };
}

/** A French postcode: an address, not a title. */
const POSTCODE_RE = /(?<![\d\p{L}])\d{5}(?![\d\p{L}])/u;
const CLAUSE_VERB_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(CLAUSE_VERBS)})(?![\\p{L}])`, 'iu');
const SLOT_GAP_RE = /^\s*(?:,|et|puis|&|\/|;|ou)\s*(?:(?:à|a|de)\s+)?$/iu;
const DEADLINE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(DEADLINE_CUES)})(?![\\p{L}])`, 'iu');
const DEADLINE_LABEL_RE = new RegExp(`^[^\\p{L}]*(?:${alternation(DEADLINE_LABELS)})(?![\\p{L}])[^:.!?]{0,80}:`, 'iu');
const META_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(PAGE_META_CUES)})(?![\\p{L}])[^.]{0,30}$`, 'iu');
/** What may stand between a line's start (or its date) and its first time: brackets, a lead ("à partir de", TIME_LEADS), a part of the day ("Matin :"). */
const BEFORE_TIME_RE = new RegExp(`^[\\s[(]*(?:(?:${alternation(DAY_PART_LABELS)})\\s*:\\s*)?(?:(?:${alternation(TIME_LEADS)})\\s+)?$`, 'iu');
const DATELINE_RE = /^\p{Lu}[\p{L}'’ -]{1,40},\s+le\s+/u;
const PAST_AFTER_RE = /^\s*(?:dernier|dernière|passé|passée)\b/iu;

/** True when the words before `index` make a date or time there a deadline (or a page's own timestamp). */
export function isDeadlineContext(text: string, index: number): boolean {
  const lead = /^(?:le|les|du|au|Le|Les|Du|Au)\s+/u.exec(text.slice(index))?.[0].length ?? 0;
  const before = text.slice(Math.max(0, index - 40), index + lead);
  if (DEADLINE_RE.test(before) || META_RE.test(before)) return true;
  // "Date limite de dépôt des amendements à la résolution générale : vendredi 15 mai 2026, 12h".
  const label = DEADLINE_LABEL_RE.exec(text);
  return !!label && label[0].length <= index;
}

/** True for a press-note dateline ("Paris, le 02 décembre 2016"). */
export function isDateline(text: string): boolean {
  return DATELINE_RE.test(text.trim());
}

/** True when the date at `end` is said to be past ("le 5 janvier dernier"). */
export function isPastMention(text: string, end: number): boolean {
  return PAST_AFTER_RE.test(text.slice(end));
}

/**
 * The slots of an entry: "de 10h à 12h et de 14h à 16h" (two ranges) or
 * "19 h 30, 20 h 30 et 21 h 30" (three starts) give one session each.
 */
export function slotsFrom(times: ScannedTime[], first: number, text: string): ScannedTime[] {
  const slots = [times[first]!];
  for (let k = first + 1; k < times.length; k++) {
    const prev = slots[slots.length - 1]!;
    const t = times[k]!;
    if ((t.end === null) !== (prev.end === null)) break;
    if (!SLOT_GAP_RE.test(text.slice(prev.index + prev.text.length, t.index))) break;
    slots.push(t);
  }
  return slots;
}

/** A date or a weekday with its day of month, written exactly at `at`. */
function dateAt(text: string, at: number): { date: DateExpression | null; dayOfMonth: { day: number; weekday: number } | null; end: number } | null {
  const rest = text.slice(at);
  const d = findDates(rest)[0];
  if (d && d.index === 0) return { date: { ...d, index: d.index + at }, dayOfMonth: null, end: at + d.text.length };
  const dm = findDayOfMonth(rest);
  if (dm && dm.index === 0) return { date: null, dayOfMonth: { day: dm.day, weekday: dm.weekday }, end: at + dm.text.length };
  return null;
}

/** Index of the first word of a line, after bullets, brackets and pictographs. */
export function contentStart(text: string): number {
  // "1\. **18 h 30** – Appel nominal": an item number kept as text (an escaped ordered list).
  const rest = text.replace(LEAD_RE, '').replace(ITEM_NUMBER_RE, '').replace(LEAD_RE, '');
  const noPicto = stripLeadingPictographs(rest);
  return text.length - noPicto.length;
}

function leadingEntry(line: Line, scan: TimeScan): TimedEntry | null {
  const text = line.text;
  const first = scan.times[0];
  if (!first) return null;
  let at = contentStart(text);
  let date: DateExpression | null = null;
  let dayOfMonth: { day: number; weekday: number } | null = null;
  const d = dateAt(text, at);
  if (d && first.index >= d.end) {
    date = d.date;
    dayOfMonth = d.dayOfMonth;
    at = d.end + (AFTER_DATE_RE.exec(text.slice(d.end))?.[0].length ?? 0);
  }
  let label: string | undefined;
  if (first.index !== at) {
    // "[9h30]", "**De 10h à 11h**", "Matin : 9h–12h30": allow only brackets, marks and a part of the day before the time;
    // or a label that numbers the session ("**SESSION 1 – 9h20 / 10h40 – Antibiorésistance**").
    const between = text.slice(at, first.index);
    const numbered = date ? null : INDEX_LEAD_RE.exec(between);
    if (numbered && isIndexLabel(numbered[1] ?? '')) label = `${(numbered[1] ?? '').trim()} ${numbered[2]}`;
    else if (!BEFORE_TIME_RE.test(between)) return null;
  }
  const slots = slotsFrom(scan.times, 0, text);
  const last = slots[slots.length - 1]!;
  const titleFrom = last.index + last.text.length;
  // "Mardi 21 janvier 2025, de 14 h à 17 h 30, MSH Paris-Saclay": in running text, a dated time
  // followed by a comma is the event's own day and place, not an entry.
  // So is one followed by an address: "**Jeudi 19 septembre 2024 | 08:30 – 11:30 | CCI de l'Aube, …, 10000 Troyes**".
  if ((date || dayOfMonth) && line.block === 'paragraph' && (/^\s*,/u.test(text.slice(titleFrom)) || POSTCODE_RE.test(text.slice(titleFrom)))) return null;
  const entry: TimedEntry = { type: 'timed', slots, titleFrom, titleTo: text.length, date, dayOfMonth };
  if (label) entry.label = label;
  return entry;
}

function trailingEntry(line: Line, scan: TimeScan): TimedEntry | null {
  if (line.block !== 'heading' && line.block !== 'listItem' && line.block !== 'tableRow') return null;
  const text = line.text;
  for (const d of findDates(text)) {
    const end = d.index + d.text.length;
    const k = scan.times.findIndex((t) => t.index >= end);
    if (k < 0) continue;
    const t = scan.times[k]!;
    if (!/^[\s,:;–—-]*(?:(?:à|a|dès|vers|de)\s*)?$/iu.test(text.slice(end, t.index))) continue;
    if (isDeadlineContext(text, d.index)) continue;
    const slots = slotsFrom(scan.times, k, text);
    const last = slots[slots.length - 1]!;
    const before = d.index > contentStart(text);
    // "La rue des Tanneurs sera fermée à la circulation le samedi 21 juin de 7h à 1h": a sentence, not a title.
    if (before && CLAUSE_VERB_RE.test(text.slice(0, d.index))) return null;
    return {
      type: 'timed',
      slots,
      titleFrom: before ? 0 : last.index + last.text.length,
      titleTo: before ? d.index : text.length,
      date: d,
      dayOfMonth: null,
    };
  }
  return null;
}

/** "Atelier A : 14h-15h30", "**Visite du site** (10h – 11h30)": a range closing a list line, a heading or a bold title. */
function closingRangeEntry(line: Line, scan: TimeScan): TimedEntry | null {
  const text = line.text;
  const last = scan.times[scan.times.length - 1];
  if (!last || scan.times.length > 1) return null;
  const after = text.slice(last.index + last.text.length);
  const before = text.slice(0, last.index);
  const sep = /(?:\s[:–—|-]|,|\()\s*(?:de\s+)?$/u.exec(before);
  if (!sep || sep.index < 3 || isDeadlineContext(text, last.index)) return null;
  // A short paragraph of its own: "Déjeuner (12h30 – 13h30)", "Évaluation des acquis (QCM) – 15h30".
  // Not a sentence: no comma in the title, no full stop at the end.
  const alone = line.block === 'paragraph' && line.first && text.trim().length <= SHORT_ENTRY && /^\p{Lu}/u.test(text.trim()) && !before.slice(0, sep.index).includes(',') && !/[.!?]\s*$/u.test(text);
  // A lone time closes only such a paragraph, after a dash.
  if (last.end === null && !(alone && /^\s[–—-]/u.test(before.slice(sep.index)))) return null;
  // A paragraph is an entry when its title is bold: "**Session 1 – Dire l'événement (15h45–18h00)**".
  if (line.block !== 'heading' && line.block !== 'listItem' && !(line.block === 'paragraph' && (alone || boldUpTo(line, sep.index)))) return null;
  // "**Session 2 – Archives du risque** | 9h00-12h30 | Amphithéâtre Descartes": a range between bars, then the room.
  const room = before.slice(sep.index).trim() === '|' ? /^\s*\|\s*([^|]{1,80})$/u.exec(after) : null;
  // "**Session 1 : Archiver le web (10h00 – 12h20)** — présidence : …": a bracketed range may be followed by people.
  const tail = /^\s*\)\s*[—–]\s+(?=\S)/u.exec(after);
  if (!tail && !room && !/^[\s).\]]*$/u.test(after)) return null;
  if (tail && !before.endsWith('(')) return null;
  if (text.length > 140 + (tail ? 120 : 0)) return null;
  // "**Jeudi 19 septembre 2024 | 08:30 – 11:30 | CCI de l'Aube**": a date is no title, the line states the event.
  if (isDateOnly(text.slice(contentStart(text), sep.index))) return null;
  const entry: TimedEntry = { type: 'timed', slots: [last], titleFrom: 0, titleTo: sep.index, date: null, dayOfMonth: null };
  if (tail) entry.peopleFrom = last.index + last.text.length + tail[0].length;
  if (room) entry.location = (room[1] ?? '').trim();
  return entry;
}

/** The longest paragraph read as an entry by a time closing it. */
const SHORT_ENTRY = 50;

/** True when a strong span covers the line's first word through `end` (its title is bold). */
function boldUpTo(line: Line, end: number): boolean {
  const start = contentStart(line.text);
  return line.spans.some((s) => s.kind === 'strong' && s.start <= start && s.end >= line.text.slice(0, end).trimEnd().length);
}

/** Reads a day heading: a heading, short paragraph or lone list line that names a day. */
export function readDayHeading(line: Line): DayHeading | null {
  const text = line.text;
  if (line.block === 'html' || line.block === 'tableRow') return null;
  if (isDateline(text)) return null;
  const start = contentStart(text);
  const short = text.length <= 80;
  const wholeEmphasis = line.spans.some((s) => (s.kind === 'strong' || s.kind === 'emphasis') && s.start <= start && s.end >= text.trimEnd().length - 2);
  if (line.block === 'paragraph' && !short) return null;
  if (line.block === 'listItem' && text.length > 40) return null;
  const dates = findDates(text);
  const date = dates[0] ?? null;
  const dm = findDayOfMonth(text);
  const ordinal = findDayOrdinal(text);
  const at = Math.min(date?.index ?? Infinity, dm?.index ?? Infinity, ordinal?.index ?? Infinity);
  if (at === Infinity) {
    const weekday = line.block === 'heading' || wholeEmphasis ? bareWeekday(text) : null;
    return weekday === null ? null : { type: 'day', date: null, dayOfMonth: null, ordinal: null, weekday };
  }
  if (date && isDeadlineContext(text, date.index)) return null;
  if (line.block !== 'heading') {
    // A paragraph or a list line is a day heading when the day comes first.
    if (at - start > (wholeEmphasis ? 30 : 12)) return null;
    if (line.block === 'listItem' && text.slice(at + (date?.text.length ?? dm?.text.length ?? 0)).replace(/[\s:;,.!-]/g, '') !== '') return null;
  }
  return {
    type: 'day',
    date,
    dayOfMonth: dm ? { day: dm.day, weekday: dm.weekday } : null,
    ordinal: ordinal ? ordinal.ordinal : null,
  };
}

const ENGLISH_WEEKDAY_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** "Samedi", "Samedi — Saturday": a text that names a weekday and nothing else; its number, or `null`. */
function bareWeekday(text: string): number | null {
  const words = fold(text).replace(/[^\p{L}]+/gu, ' ').trim().split(' ');
  const weekday = leadingWeekday(words[0] ?? '');
  return weekday !== null && words.slice(1).every((w) => ENGLISH_WEEKDAY_RE.test(w)) ? weekday : null;
}

/** Says what a line is. `timecodes` is true when its list holds video timecodes. */
export function readEntry(line: Line, timecodes: boolean): Entry {
  // "~~Jeudi 4 mars, 11h00~~ Reporté au …": a struck-out time is cancelled.
  const scan = scanTimes(liveText(line));
  let times = scan.times;
  if (timecodes || scan.setAside.some((s) => s.kind === 'timecode')) {
    const kept = times.filter((t) => !t.colonForm);
    if (kept.length < times.length) {
      if (!kept.length) return { type: 'skipped', reason: 'timecode', times };
      times = kept;
    }
  }
  if (!times.length) return readDayHeading(line) ?? { type: 'other' };
  const s: TimeScan = { times, setAside: scan.setAside };
  const lead = leadingEntry(line, s);
  if (lead) return lead;
  const trail = trailingEntry(line, s) ?? closingRangeEntry(line, s) ?? activityEntry(line, s) ?? datedSentenceEntry(line, s);
  if (trail) return trail;
  const day = readDayHeading(line);
  if (day) return day;
  const deadline = times.some((t) => isDeadlineContext(line.text, t.index));
  return { type: 'skipped', reason: deadline ? 'deadline' : line.block === 'heading' ? 'heading' : 'prose', times };
}
