/**
 * The French calendar-date recogniser: "25 avril", "1er juin", "Mardi 6 décembre",
 * "mercredi 18 janvier 2023", "le 25/04/2018", "mar. 6 déc.", and the lists and
 * ranges pages use for multi-day events ("25 et 26 avril 2018", "du 6 au 9
 * décembre", "jeudi 8 et vendredi 9 décembre", "7, 8 et 9 septembre 2021").
 *
 * Recognising and resolving are separate: `findDates` returns what is written
 * (the year may be missing), `resolveYear` picks the year against a reference
 * date and checks the weekday.
 */
import { DateTime } from 'luxon';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, FIRST_DAY_WORDS } from './lexicon/calendar.js';
import { DASHES } from './lexicon/time-words.js';
import { alternation, fold, normalizeSpaces } from './text.js';
import { memoize } from './memo.js';

/** Calendar days are checked in UTC: a written date is a day, whatever the machine's zone. */
const UTC = { zone: 'UTC' } as const;

/** A date as written: the year, the month or the weekday may be missing. */
export interface WrittenDate {
  year: number | null;
  month: number | null;
  day: number;
  /** ISO weekday 1 (Monday) … 7 (Sunday), when written. */
  weekday: number | null;
}

/** One date expression found in a string, with the dates it names. */
export interface DateExpression {
  /** The dates named, in order: one for "25 avril", two for "du 6 au 9", every day for "7, 8 et 9". */
  dates: WrittenDate[];
  /** `range` for "du … au …", `list` for "… et …", `single` otherwise. */
  kind: 'single' | 'list' | 'range';
  index: number;
  text: string;
}

/** What `parseFrenchDate` returns: the first date of a string. */
export interface FrenchDateMatch {
  year: number | null;
  month: number;
  day: number;
  weekday: number | null;
  index: number;
  text: string;
}

/** Options of `parseFrenchDate`. */
export interface FrenchDateOptions {
  /** ISO date (`YYYY-MM-DD`) against which a missing year is resolved. */
  referenceDate?: string;
}

const B = '(?<![\\p{L}\\p{N}])';
const A = '(?![\\p{L}\\p{N}])';
const FULL_WEEKDAYS = [...WEEKDAYS.keys()].filter((w) => !WEEKDAY_ABBREVIATIONS.has(w));
const WEEKDAY_SRC = `(?:${alternation(FULL_WEEKDAYS)}|(?:${alternation(WEEKDAY_ABBREVIATIONS)})\\.)`;
const FULL_MONTHS = [...MONTHS.keys()].filter((m) => !MONTH_ABBREVIATIONS.has(m));
const MONTH_SRC = `(?:${alternation(FULL_MONTHS)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
const DAY_SRC = `(?:${alternation(FIRST_DAY_WORDS)}|3[01]|[12]\\d|0?[1-9])`;
const DAY_ITEM_SRC = `(?:${WEEKDAY_SRC} +)?(?:le +)?${DAY_SRC}`;
const JOIN_SRC = `(?: ?, ?| +et +| +au +| +à +| ?[${DASHES}] ?)`;
const YEAR_SRC = '(?:19|20)\\d{2}';

/**
 * At most this many days listed before one month ("les 3, 10, 17 et 24 mai"):
 * a bound keeps the scan linear on long runs of numbers that never reach a month.
 */
const MAX_LISTED_DAYS = 16;
/** "25 et 26 avril 2018", "du mardi 6 au vendredi 9 décembre", "1er et 2 juillet (matin) 2019"; not the "16" of "J+16". */
const WORDY_RE = new RegExp(
  `${B}(?<!(?:jour|journée|journee|j|n°|no) ?)(?<!j ?[+-] ?)(?:(du|les|le|Du|Les|Le) +)?(${DAY_ITEM_SRC}(?:${JOIN_SRC}${DAY_ITEM_SRC}){0,${MAX_LISTED_DAYS - 1}}) +(${MONTH_SRC})(?: ?\\([^)]{1,20}\\))?(?:,? +(${YEAR_SRC}))?${A}`,
  'giu',
);
/** A month word anywhere: every wordy date holds one (a quick test before WORDY_RE). */
const MONTH_ANYWHERE_RE = new RegExp(MONTH_SRC, 'iu');
/** "25/04/2018", "mardi 25/04/2018". */
const NUMERIC_RE = new RegExp(`${B}(?:(${WEEKDAY_SRC}) +)?(?:le +)?(3[01]|[12]\\d|0?[1-9])/(1[0-2]|0?[1-9])/((?:19|20)?\\d{2})(?![\\p{N}/])`, 'giu');
/** "12/03", "mardi 5/03": day and two-digit month, no year. */
const SHORT_NUMERIC_RE = new RegExp(`${B}(?:(${WEEKDAY_SRC}) +)?(?:le +)?(3[01]|[12]\\d|0?[1-9])/(1[0-2]|0[1-9])(?![\\p{N}/])`, 'giu');
const ITEM_RE = new RegExp(`(?:(${WEEKDAY_SRC}) +)?(?:le +)?(${DAY_SRC})${A}`, 'giu');
const RANGE_JOIN_RE = /^(?: +au +| +à +| ?[-‐‑‒–—―−] ?)$/u;
const EXPR_JOIN_RE = /^(?: +au +| +à +| +et +| ?[-‐‑‒–—―−] ?| ?, ?)$/u;

function dayNumber(word: string): number {
  return FIRST_DAY_WORDS.has(word.toLowerCase()) ? 1 : Number(word);
}

function weekdayNumber(word: string | undefined): number | null {
  if (!word) return null;
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.get(w) ?? MONTHS.get(fold(w)) ?? null;
}

function wordyExpression(m: RegExpExecArray): DateExpression | null {
  const month = monthNumber(m[3] ?? '');
  if (!month) return null;
  const year = m[4] ? Number(m[4]) : null;
  const items = m[2] ?? '';
  const dates: WrittenDate[] = [];
  const joins: string[] = [];
  ITEM_RE.lastIndex = 0;
  let last = 0;
  for (let it = ITEM_RE.exec(items); it; it = ITEM_RE.exec(items)) {
    if (dates.length) joins.push(items.slice(last, it.index));
    last = it.index + it[0].length;
    const day = dayNumber(it[2] ?? '');
    if (day < 1 || day > 31) return null;
    dates.push({ year, month, day, weekday: weekdayNumber(it[1]) });
  }
  if (!dates.length) return null;
  const lead = (m[1] ?? '').toLowerCase();
  const isRange = joins.length === 1 && (/au|à|[-‐‑‒–—―−]/u.test(joins[0] ?? '') || lead === 'du');
  return { dates, kind: dates.length === 1 ? 'single' : isRange ? 'range' : 'list', index: m.index, text: m[0] };
}

function numericExpression(m: RegExpExecArray): DateExpression | null {
  const day = Number(m[2]);
  const month = Number(m[3]);
  let year = Number(m[4]);
  if (year < 100) year += 2000;
  const valid = DateTime.fromObject({ year, month, day }, UTC);
  if (!valid.isValid) return null;
  return {
    dates: [{ year, month, day, weekday: weekdayNumber(m[1]) }],
    kind: 'single',
    index: m.index,
    text: m[0],
  };
}

/**
 * Finds every date expression in `text`, in order. Neighbours joined by "au"
 * ("du 30 novembre au 9 décembre 2020") become one range, and a year written
 * once at the end is given to every date before it.
 */
export const findDates: (input: string) => DateExpression[] = memoize(findDatesUncached);

/** True when a text holds a date and nothing else but marks ("Jeudi 4 février 2027", "**12 mars** :"). */
export function isDateOnly(text: string): boolean {
  const d = findDates(text)[0];
  return !!d && !/[\p{L}\p{N}]/u.test(text.slice(0, d.index) + text.slice(d.index + d.text.length));
}

function findDatesUncached(input: string): DateExpression[] {
  const text = normalizeSpaces(input);
  // Three passes, each a sweep in text order; a later pass keeps only what
  // overlaps nothing already found.
  const wordy: DateExpression[] = [];
  // Cheap tests first: most lines name no month and hold no "/".
  WORDY_RE.lastIndex = 0;
  if (MONTH_ANYWHERE_RE.test(text)) {
    for (let m = WORDY_RE.exec(text); m; m = WORDY_RE.exec(text)) {
      const e = wordyExpression(m);
      if (e) wordy.push(e);
    }
  }
  if (!text.includes('/')) return joinNeighbours(text, wordy);
  const numeric: DateExpression[] = [];
  const freeOfWordy = sweep(wordy);
  NUMERIC_RE.lastIndex = 0;
  for (let m = NUMERIC_RE.exec(text); m; m = NUMERIC_RE.exec(text)) {
    const e = numericExpression(m);
    if (e && freeOfWordy(m.index, m.index + m[0].length)) numeric.push(e);
  }
  const found = [...wordy, ...numeric].sort((a, b) => a.index - b.index);
  const freeOfFound = sweep(found);
  const short: DateExpression[] = [];
  SHORT_NUMERIC_RE.lastIndex = 0;
  for (let m = SHORT_NUMERIC_RE.exec(text); m; m = SHORT_NUMERIC_RE.exec(text)) {
    if (!freeOfFound(m.index, m.index + m[0].length)) continue;
    const day = Number(m[2]);
    const month = Number(m[3]);
    if (!DateTime.fromObject({ year: 2024, month, day }, UTC).isValid) continue;
    short.push({ dates: [{ year: null, month, day, weekday: weekdayNumber(m[1]) }], kind: 'single', index: m.index, text: m[0] });
  }
  return joinNeighbours(text, short.length ? [...found, ...short].sort((a, b) => a.index - b.index) : found);
}

/**
 * A test "does [start, end) overlap none of `taken`" for spans asked in text
 * order: `taken` is sorted by index and never overlaps itself, so one pointer
 * moving forward answers every question (linear, not one scan per question).
 */
function sweep(taken: readonly DateExpression[]): (start: number, end: number) => boolean {
  let i = 0;
  return (start, end) => {
    while (i < taken.length && taken[i]!.index + taken[i]!.text.length <= start) i++;
    const t = taken[i];
    return !t || t.index >= end;
  };
}

/**
 * Joins neighbours written "25 avril, 26 avril", "du 30 novembre au 9
 * décembre 2020" into one expression; a date without a year takes the year
 * of the first later neighbour that has one.
 */
function joinNeighbours(text: string, sorted: readonly DateExpression[]): DateExpression[] {
  const groups: DateExpression[][] = [];
  const lastGaps: string[] = [];
  for (const e of sorted) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group && prev) {
      const gap = text.slice(prev.index + prev.text.length, e.index);
      if (EXPR_JOIN_RE.test(gap)) {
        group.push(e);
        lastGaps[groups.length - 1] = gap;
        continue;
      }
    }
    groups.push([e]);
  }
  return groups.map((group, g) => {
    if (group.length === 1) return group[0]!;
    let year: number | null = null;
    const dates: WrittenDate[][] = [];
    for (let k = group.length - 1; k >= 0; k--) {
      const own = group[k]!.dates;
      const ownYear = own[0]?.year ?? null;
      dates[k] = k === group.length - 1 ? own : own.map((d) => ({ ...d, year: d.year ?? year }));
      year = ownYear ?? year;
    }
    const first = group[0]!;
    const last = group[group.length - 1]!;
    return {
      dates: dates.flat(),
      kind: RANGE_JOIN_RE.test(lastGaps[g] ?? '') ? 'range' : 'list',
      index: first.index,
      text: text.slice(first.index, last.index + last.text.length),
    };
  });
}

/** An ISO calendar date. */
export interface ResolvedDate {
  year: number;
  month: number;
  day: number;
  /** Set when the written weekday matches no candidate year. */
  weekdayMismatch: boolean;
}

/** Parses `YYYY-MM-DD…` into its parts, or `null`. */
export function parseIsoDay(iso: string | undefined | null): { year: number; month: number; day: number } | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const d = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, UTC);
  return d.isValid ? { year: d.year, month: d.month, day: d.day } : null;
}

/**
 * Gives a date written without a year the year that puts it on or after the
 * reference date, unless a written weekday says otherwise: among the previous,
 * same and next year, the first candidate whose weekday matches wins (on or
 * after the reference first). Returns `null` when the date does not exist.
 */
export function resolveYear(
  date: WrittenDate & { month: number },
  reference: { year: number; month: number; day: number },
): ResolvedDate | null {
  if (date.year !== null) {
    const d = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, UTC);
    if (!d.isValid) return null;
    return { year: d.year, month: d.month, day: d.day, weekdayMismatch: date.weekday !== null && d.weekday !== date.weekday };
  }
  const ref = DateTime.fromObject({ year: reference.year, month: reference.month, day: reference.day }, UTC);
  const candidates = [reference.year, reference.year + 1, reference.year - 1]
    .map((year) => DateTime.fromObject({ year, month: date.month, day: date.day }, UTC))
    .filter((d) => d.isValid);
  if (!candidates.length) return null;
  const onOrAfter = candidates.filter((d) => d >= ref).sort((a, b) => a.toMillis() - b.toMillis());
  const before = candidates.filter((d) => d < ref).sort((a, b) => b.toMillis() - a.toMillis());
  const ordered = [...onOrAfter, ...before];
  if (date.weekday !== null) {
    const match = ordered.find((d) => d.weekday === date.weekday);
    if (match) return { year: match.year, month: match.month, day: match.day, weekdayMismatch: false };
  }
  const pick = ordered[0]!;
  return { year: pick.year, month: pick.month, day: pick.day, weekdayMismatch: date.weekday !== null };
}

/**
 * Returns the first calendar date written in `text` (with a month), or `null`.
 * With `referenceDate`, a missing year is resolved (see `resolveYear`).
 *
 * ```ts
 * parseFrenchDate('Mardi 6 décembre', { referenceDate: '2016-12-02' })
 * // → { year: 2016, month: 12, day: 6, weekday: 2, index: 0, text: 'Mardi 6 décembre' }
 * ```
 */
export function parseFrenchDate(text: string, options: FrenchDateOptions = {}): FrenchDateMatch | null {
  const expr = findDates(text)[0];
  const first = expr?.dates[0];
  if (!expr || !first || first.month === null) return null;
  let year = first.year;
  const ref = parseIsoDay(options.referenceDate);
  if (year === null && ref) {
    const resolved = resolveYear({ ...first, month: first.month }, ref);
    year = resolved?.year ?? null;
  }
  return { year, month: first.month, day: first.day, weekday: first.weekday, index: expr.index, text: expr.text };
}

const DAY_OF_MONTH_RE = new RegExp(`${B}(${WEEKDAY_SRC}) +(?:le +)?(${DAY_SRC})${A}(?! *(?:h|heures?|:)\\b)`, 'iu');

/**
 * Finds a weekday with a day of the month but no month ("Jeudi 21", "lundi 24"),
 * as day headings of a multi-day event write them.
 */
export function findDayOfMonth(input: string): { day: number; weekday: number; index: number; text: string } | null {
  const text = normalizeSpaces(input);
  const m = DAY_OF_MONTH_RE.exec(text);
  if (!m) return null;
  const weekday = weekdayNumber(m[1]);
  const day = dayNumber(m[2] ?? '');
  if (weekday === null || day < 1 || day > 31) return null;
  return { day, weekday, index: m.index, text: m[0] };
}

const WEEKDAY_ONLY_RE = new RegExp(`^(${WEEKDAY_SRC})${A}`, 'iu');
const WEEKDAY_WORD_RE = new RegExp(`${B}(${alternation([...WEEKDAYS.keys()].filter((w) => !WEEKDAY_ABBREVIATIONS.has(w)))})s?${A}`, 'giu');

/** The weekdays a text names in full ("Samedi et dimanche", "le dimanche"), in order, each once, with where each first stands. */
export function findWeekdays(text: string): { weekday: number; index: number }[] {
  const found: { weekday: number; index: number }[] = [];
  for (const m of normalizeSpaces(text).matchAll(WEEKDAY_WORD_RE)) {
    const w = weekdayNumber(m[1]);
    if (w !== null && !found.some((f) => f.weekday === w)) found.push({ weekday: w, index: m.index ?? 0 });
  }
  return found;
}

/** Returns the weekday a string starts with ("Mardi : …"), or `null`. */
export function leadingWeekday(text: string): number | null {
  const m = WEEKDAY_ONLY_RE.exec(normalizeSpaces(text).trim());
  return m ? weekdayNumber(m[1]) : null;
}

const ORDINAL_RE = /(?<![\p{L}\p{N}])(?:jour(?:née)?|j) ?(\d{1,2})(?:\uFE0F?\u20E3)?(?![\p{N}])|(?<![\p{L}\p{N}])(\d{1,2})(?:er|re|ère|e|ème|è)? (?:jour(?:née)?)(?![\p{L}])/iu;

/** Finds "Jour 2", "J2", "Jour 1️⃣", "2e journée": the n-th day of a multi-day event. */
export function findDayOrdinal(input: string): { ordinal: number; index: number; text: string } | null {
  const m = ORDINAL_RE.exec(normalizeSpaces(input));
  if (!m) return null;
  const ordinal = Number(m[1] ?? m[2]);
  if (!ordinal || ordinal > 31) return null;
  return { ordinal, index: m.index, text: m[0] };
}

const YEAR_RE = /(?<![\p{L}\p{N}])((?:19|20)\d{2})(?![\p{L}\p{N}])/u;

/** Returns the first plausible year (1900–2099) written in `text`, or `null`. */
export function findYear(text: string): number | null {
  const m = YEAR_RE.exec(text);
  return m ? Number(m[1]) : null;
}
