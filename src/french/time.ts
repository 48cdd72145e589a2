/**
 * The French clock-time recogniser: "9h", "9h30", "9 h 30", "19H00", "9:30",
 * "10 heures", "midi", and the ranges built from them ("9h30 - 10h15",
 * "de 9h à 17h30", "[9h–10h]", "entre 9h et 11h", "10h00—11h00").
 *
 * One pass finds time tokens, a second joins neighbours into ranges, a third
 * sets aside what only looks like a time (durations "ateliers de 2h",
 * video timecodes "86:00", malformed "9h7").
 */
import type { ClockTime } from '../types.js';
import { DASHES, NAMED_TIMES, RANGE_SIGNS, DURATION_LEADS } from './lexicon/time-words.js';
import { alternation, normalizeSpaces } from './text.js';
import { memoize } from './memo.js';

/** A time or time range found in a string. */
export interface TimeRangeMatch {
  start: ClockTime;
  /** The end of the range, or `null` for a lone time. */
  end: ClockTime | null;
  /** Index of the expression in the searched string. */
  index: number;
  /** The expression as written (with "de"/"entre" when they introduce it). */
  text: string;
}

/** A time range with what the recogniser noticed about it. */
export interface ScannedTime extends TimeRangeMatch {
  /** True when the end is on the next day ("22h - 2h"). */
  endNextDay: boolean;
  /** True when the end is before the start and it cannot be an overnight range. */
  endBeforeStart: boolean;
  /** True when the expression is made of colon times only ("09:30-10:00"). */
  colonForm: boolean;
}

/** Something that looks like a time but is not one. */
export interface SetAside {
  kind: 'duration' | 'timecode' | 'malformed';
  index: number;
  text: string;
}

/** Everything found in one string. */
export interface TimeScan {
  times: ScannedTime[];
  setAside: SetAside[];
}

type Form = 'h' | 'heures' | 'colon' | 'dot' | 'named';

interface Token {
  hour: number;
  minute: number;
  index: number;
  end: number;
  form: Form;
}

const B = '(?<![\\p{L}\\p{N}])';
const A = '(?![\\p{L}\\p{N}])';
const H_RE = new RegExp(`${B}([01]?\\d|2[0-4]) ?[hH](?: ?([0-5]\\d))?${A}`, 'gu');
const HEURES_RE = new RegExp(`${B}([01]?\\d|2[0-4]) ?heures?(?: ?([0-5]\\d)${A})?${A}`, 'giu');
const COLON_RE = new RegExp(`(?<![\\p{L}\\p{N}:.,/])([01]?\\d|2[0-4]):([0-5]\\d)(?![\\p{N}]|:\\d)`, 'gu');
const DOT_RE = new RegExp(`(?<![\\p{L}\\p{N}.,])([01]?\\d|2[0-3])\\.([0-5]\\d)(?![\\p{N}.])`, 'gu');
/**
 * "midi", "minuit", but not the "midi" of "après-midi" (a part of the day, no
 * clock time), of "la Dépêche du Midi" or "le repas du midi", nor of "Midi-Pyrénées".
 */
const NAMED_RE = new RegExp(`${B}(?<!apr[èe]s[-‑ ])(?<![dD]u )(${alternation(NAMED_TIMES.keys())})${A}(?![-‑]\\p{L})`, 'giu');
const TIMECODE_RE = /(?<![\p{L}\p{N}:.])(\d{2,3}):([0-5]\d)(?![\p{N}])/gu;
/**
 * "9h7", "9 h 7": one digit of minutes. After a space the digit must not start
 * a word or another time ("9h 9h", "9h 5 ateliers" are not malformed times).
 */
const MALFORMED_RE = new RegExp(`${B}(\\d{1,2}) ?[hH](?:(\\d)(?![\\p{N}])| (\\d)(?![\\p{N}]| ?\\p{L}))`, 'gu');

/** Nothing but marks before a time that heads an entry. */
const LEADS_NOTHING_RE = /^[^\p{L}\p{N}]*$/u;
/** A separator after a time that heads an entry: "14.00 — Title", "14.00 : Title" ("9.30" alone is a number). */
const HEAD_SEPARATOR_RE = /^[*_\s]*[—–:|-]\s/u;
const DASH_CLASS = `[${DASHES}${RANGE_SIGNS}]`;
const RANGE_GAP_RE = new RegExp(`^ ?(?:${DASH_CLASS}|à|a|au|jusqu['’]?à|jusque|et) ?$`, 'iu');
const INTRO_BEFORE_RE = /(?:^|[^\p{L}])(de|entre|De|Entre|DE|ENTRE) $/u;
const ENTRE_BEFORE_RE = /(?:^|[^\p{L}])entre $/iu;
const DURATION_BEFORE_RE = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:${DURATION_LEADS.join('|')}|de|d['’]une?)|\\() ?:? ?$`,
  'iu',
);
const PARTIR_DE_RE = /(?:partir|jusqu['’]à|jusque) de $/iu;
const TIME_WORD_BEFORE_RE = /(?:^|[^\p{L}])(?:à|a|vers|dès|des|jusqu['’]à|partir de|entre|de) ?$/iu;

function collect(re: RegExp, text: string, form: Form, out: Token[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let hour: number;
    let minute: number;
    if (form === 'named') {
      const named = NAMED_TIMES.get((m[1] ?? '').toLowerCase());
      if (!named) continue;
      hour = named.hour;
      minute = named.minute;
    } else {
      hour = Number(m[1]);
      minute = m[2] ? Number(m[2]) : 0;
    }
    if (hour === 24 && minute !== 0) continue;
    out.push({ hour, minute, index: m.index, end: m.index + m[0].length, form });
  }
}

function tokens(text: string): Token[] {
  const found: Token[] = [];
  collect(H_RE, text, 'h', found);
  collect(HEURES_RE, text, 'heures', found);
  collect(COLON_RE, text, 'colon', found);
  collect(DOT_RE, text, 'dot', found);
  collect(NAMED_RE, text, 'named', found);
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Token[] = [];
  for (const t of found) {
    const last = kept[kept.length - 1];
    if (last && t.index < last.end) continue;
    kept.push(t);
  }
  return kept;
}

function minutes(t: ClockTime): number {
  return t.hour * 60 + t.minute;
}

function clock(t: Token): ClockTime {
  return { hour: t.hour, minute: t.minute };
}

function isDuration(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.index - 24), t.index);
  if (t.form === 'heures') {
    // "10 heures : Accueil" opens an entry: a time.
    if (/^[\s\-–—•*+>|#[\](]*$/u.test(text.slice(0, t.index)) && !DURATION_BEFORE_RE.test(before)) return false;
    return !TIME_WORD_BEFORE_RE.test(before) || /(?:^|[^\p{L}])de ?$/iu.test(before);
  }
  if (t.form !== 'h') return false;
  if (PARTIR_DE_RE.test(before)) return false;
  if (!DURATION_BEFORE_RE.test(before)) return false;
  // "(début à 9h)" is a time; "(2h)" and "ateliers de 2h" are durations.
  return true;
}

/**
 * Finds every time and time range in `text`, with durations, timecodes and
 * malformed times set aside.
 */
export const scanTimes: (input: string) => TimeScan = memoize(scanTimesUncached);

/** A digit or a named time ("midi") anywhere: a line without one holds no time (a quick test first). */
const MAY_HOLD_TIME_RE = new RegExp(`\\d|${alternation(NAMED_TIMES.keys())}`, 'iu');

function scanTimesUncached(input: string): TimeScan {
  if (!MAY_HOLD_TIME_RE.test(input)) return { times: [], setAside: [] };
  const text = normalizeSpaces(input);
  const setAside: SetAside[] = [];
  TIMECODE_RE.lastIndex = 0;
  for (let m = TIMECODE_RE.exec(text); m; m = TIMECODE_RE.exec(text)) {
    if (Number(m[1]) > 24) setAside.push({ kind: 'timecode', index: m.index, text: m[0] });
  }
  MALFORMED_RE.lastIndex = 0;
  for (let m = MALFORMED_RE.exec(text); m; m = MALFORMED_RE.exec(text)) {
    setAside.push({ kind: 'malformed', index: m.index, text: m[0] });
  }
  // Tokens inside a malformed time are not times; both lists are in text order, so one sweep does.
  const malformed = setAside.filter((s) => s.kind === 'malformed');
  let next = 0;
  const toks = tokens(text).filter((t) => {
    while (next < malformed.length && malformed[next]!.index + malformed[next]!.text.length <= t.index) next++;
    const m = malformed[next];
    return !(m && m.index < t.end && t.index < m.index + m.text.length);
  });
  const times: ScannedTime[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1];
    let paired = false;
    if (b) {
      const gap = text.slice(a.end, b.index);
      const before = text.slice(Math.max(0, a.index - 8), a.index);
      const gapOk = RANGE_GAP_RE.test(gap) && (!/^ ?et ?$/iu.test(gap) || ENTRE_BEFORE_RE.test(before));
      const dotsOk = (a.form === 'dot') === (b.form === 'dot');
      if (gapOk && dotsOk) {
        paired = true;
        i++;
        const intro = INTRO_BEFORE_RE.exec(before);
        const index = intro ? a.index - (intro[1]!.length + 1) : a.index;
        const start = clock(a);
        let end: ClockTime = clock(b);
        let endNextDay = false;
        let endBeforeStart = false;
        if (end.hour === 24) {
          end = { hour: 0, minute: 0 };
          endNextDay = true;
        } else if (minutes(end) < minutes(start)) {
          if ((start.hour >= 18 && end.hour <= 6) || minutes(end) === 0) endNextDay = true;
          else endBeforeStart = true;
        }
        times.push({
          start,
          end,
          index,
          text: text.slice(index, b.end),
          endNextDay,
          endBeforeStart,
          colonForm: a.form === 'colon' && b.form === 'colon',
        });
      }
    }
    if (paired) continue;
    // "14.00" alone is a time only where it heads an entry ("**14.00** — Ouverture"): else a number.
    if (a.form === 'dot' && !(LEADS_NOTHING_RE.test(text.slice(0, a.index)) && HEAD_SEPARATOR_RE.test(text.slice(a.end)))) continue;
    if (a.hour === 24) continue;
    if (isDuration(text, a)) {
      setAside.push({ kind: 'duration', index: a.index, text: text.slice(a.index, a.end) });
      continue;
    }
    times.push({
      start: clock(a),
      end: null,
      index: a.index,
      text: text.slice(a.index, a.end),
      endNextDay: false,
      endBeforeStart: false,
      colonForm: a.form === 'colon',
    });
  }
  return { times, setAside };
}

/**
 * Returns the first time or time range written in `text`, or `null`.
 *
 * ```ts
 * parseTimeRange('**9h30 - 10h15 :** Plénière')
 * // → { start: { hour: 9, minute: 30 }, end: { hour: 10, minute: 15 }, index: 2, text: '9h30 - 10h15' }
 * ```
 */
export function parseTimeRange(text: string): TimeRangeMatch | null {
  const first = scanTimes(text).times[0];
  if (!first) return null;
  return { start: first.start, end: first.end, index: first.index, text: first.text };
}

/** Formats a clock time as `HH:MM`. */
export function formatClock(t: ClockTime): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}
