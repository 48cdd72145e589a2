/**
 * `parseProgramme`: a French agenda page in, a typed `Programme` out.
 *
 * Markdown → lines → French recognisers → programme assembly → event.
 */
import type { Root } from 'mdast';
import type { Diagnostic, EventInfo, ParseOptions, Programme, SourcePoint } from './types.js';
import { parseMarkdown } from './markdown/parse.js';
import { limitNesting, MAX_NESTING } from './markdown/nesting.js';
import { readFrontMatter } from './markdown/frontmatter.js';
import { treeToLines } from './markdown/lines.js';
import { findDates, parseIsoDay } from './french/date.js';
import type { Line } from './markdown/lines.js';
import { type Day, dayKey, instant, isValidZone, today } from './programme/calendar.js';
import { assemble, finishSessions } from './programme/assemble.js';
import { splitParallel } from './programme/parallel.js';
import { checkLinks, checkSessions } from './programme/checks.js';
import { eventDays, eventHours, eventLocation, pageTitle, readFrontMatterInstant, referenceDay } from './programme/event.js';

/** The default zone of French agenda pages. */
export const DEFAULT_TIMEZONE = 'Europe/Paris';

/** Thrown for options that cannot be used (an unknown zone, a malformed reference date). */
export class OptionError extends Error {
  override name = 'OptionError';
}

/** Thrown for input that cannot be read at all (larger than `maxInputBytes`). */
export class InputError extends Error {
  override name = 'InputError';
}

/** The default `maxInputBytes`: 5 MB. */
export const DEFAULT_MAX_INPUT_BYTES = 5 * 1024 * 1024;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function checkOptions(options: ParseOptions): { zone: string; reference: Day | null } {
  const zone = options.timezone ?? DEFAULT_TIMEZONE;
  if (!isValidZone(zone)) throw new OptionError(`Unknown time zone "${zone}": use an IANA name such as Europe/Paris.`);
  let reference: Day | null = null;
  if (options.referenceDate !== undefined) {
    reference = parseIsoDay(options.referenceDate);
    if (!reference) throw new OptionError(`Invalid reference date "${options.referenceDate}": use YYYY-MM-DD.`);
  }
  return { zone, reference };
}

/** A page with dates but no year anywhere: the year was taken from today. */
function reportAmbiguousYear(lines: readonly Line[], reference: Day, diagnostics: Diagnostic[]): void {
  for (const line of lines) {
    const d = findDates(line.text).find((e) => e.dates.some((x) => x.year === null && x.month !== null));
    if (!d) continue;
    const at = line.pointAt(d.index);
    diagnostics.push({
      severity: 'warning',
      rule: 'ambiguous-year',
      message: `"${d.text}" has no year and the page gives none: dates were placed on or after ${dayKey(reference)} (set referenceDate to choose).`,
      line: at.line,
      column: at.column,
    });
    return;
  }
}

/**
 * Builds the programme of a page from its mdast tree (parsed with front matter
 * and GFM) and its source text. Used by `parseProgramme` and `remarkDeroule`.
 */
export function programmeFromTree(tree: Root, source: string, options: ParseOptions = {}): Programme {
  const { zone, reference: explicit } = checkOptions(options);
  const diagnostics: Diagnostic[] = [];
  const fm = readFrontMatter(tree, diagnostics);
  const unreadable: SourcePoint[] = [];
  const lines = treeToLines(tree, source, unreadable);
  for (const at of unreadable) {
    diagnostics.push({
      severity: 'error',
      rule: 'unreadable',
      message: 'This HTML block nests too deeply to be read; it was left out.',
      line: at.line,
      column: at.column,
    });
  }
  const title = pageTitle(fm, tree, lines);
  if (fm.eventStart && !readFrontMatterInstant(fm.eventStart)) {
    diagnostics.push({
      severity: 'warning',
      rule: 'invalid-front-matter',
      message: `The front matter event date "${fm.eventStart}" is not a usable date; it was ignored.`,
      line: fm.line,
      column: 1,
    });
  }
  const written = referenceDay(explicit, fm, lines, title);
  // Today only when the page gives no year: reading the clock in a zone is not free.
  const reference = written ?? today(zone);
  if (!written) reportAmbiguousYear(lines, reference, diagnostics);
  const days = eventDays(fm, lines, title, reference);
  const ctx = { zone, source: options.source ?? null, reference, eventDays: days, title, diagnostics };
  const { drafts, endMarkers } = assemble(lines, ctx);
  const sessions = finishSessions(splitParallel(drafts), ctx);
  checkSessions(sessions, diagnostics);
  checkLinks(lines, diagnostics);

  const hours = eventHours(fm, lines, title);
  const fmStart = readFrontMatterInstant(fm.eventStart);
  const fmEnd = readFrontMatterInstant(fm.eventEnd);
  const event: EventInfo = { title, start: null, end: null, location: eventLocation(fm, lines), url: fm.url };
  const firstDay = days?.start ?? null;
  const startTime = hours.start ?? fmStart?.time ?? null;
  if (firstDay) {
    const first = sessions.find((s) => s.day === dayKey(firstDay));
    const time = startTime ?? (first ? { hour: Number(first.start.slice(11, 13)), minute: Number(first.start.slice(14, 16)) } : null);
    event.start = time ? instant(firstDay, time, zone).iso : dayKey(firstDay);
  } else if (sessions[0] && sessions[0].dateKnown) {
    event.start = sessions[0].start;
  }
  const lastDay = days?.end ?? null;
  const lastMarker = endMarkers[endMarkers.length - 1];
  const endTime = hours.end ?? fmEnd?.time ?? null;
  if (lastDay && endTime) event.end = instant(lastDay, endTime, zone).iso;
  else if (lastMarker && lastMarker.day) event.end = instant(lastMarker.day, lastMarker.time, zone).iso;
  else if (lastDay && firstDay && dayKey(lastDay) !== dayKey(firstDay)) event.end = dayKey(lastDay);

  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { title, timezone: zone, source: options.source ?? null, event, sessions, diagnostics };
}

/**
 * Reads a French agenda page (Markdown, front matter allowed) and returns its programme.
 *
 * ```ts
 * const programme = parseProgramme('**25 avril 2018**\n\n* **9h30 - 10h15 :** Plénière de lancement');
 * programme.sessions[0].start; // '2018-04-25T09:30:00+02:00'
 * ```
 */
export function parseProgramme(markdown: string, options: ParseOptions = {}): Programme {
  const max = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (markdown.length > max || utf8Length(markdown) > max) {
    throw new InputError(`The page is larger than ${max} bytes (maxInputBytes); split it or raise the limit.`);
  }
  try {
    const limited = limitNesting(markdown);
    const programme = programmeFromTree(parseMarkdown(limited.text), limited.text, options);
    if (!limited.flattened.length) return programme;
    for (const { line, column } of limited.flattened) {
      programme.diagnostics.push({
        severity: 'warning',
        rule: 'deep-nesting',
        message: `This line opens more than ${MAX_NESTING} lists or quotes; the marks past that depth were read as text.`,
        line,
        column,
      });
    }
    programme.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    return programme;
  } catch (error) {
    // Nesting thousands of levels deep overflows the stack of the Markdown tools: say so, never crash.
    if (!(error instanceof RangeError)) throw error;
    const { zone } = checkOptions(options);
    return {
      title: null,
      timezone: zone,
      source: options.source ?? null,
      event: { title: null, start: null, end: null, location: null, url: null },
      sessions: [],
      diagnostics: [
        {
          severity: 'error',
          rule: 'unreadable',
          message: `The page could not be read: its Markdown nests too deeply (${error.message}).`,
          line: 1,
          column: 1,
        },
      ],
    };
  }
}
