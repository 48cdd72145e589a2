/**
 * `parseProgramme`: a French agenda page in, a typed `Programme` out.
 *
 * Markdown → lines → French recognisers → programme assembly → event.
 */
import type { Root } from 'mdast';
import type { Diagnostic, EventInfo, ParseOptions, Programme } from './types.js';
import { parseMarkdown } from './markdown/parse.js';
import { readFrontMatter } from './markdown/frontmatter.js';
import { treeToLines } from './markdown/lines.js';
import { parseIsoDay } from './french/date.js';
import { type Day, dayKey, instant, isValidZone, today } from './programme/calendar.js';
import { assemble, finishSessions } from './programme/assemble.js';
import { eventDays, eventHours, eventLocation, pageTitle, readFrontMatterInstant, referenceDay } from './programme/event.js';

/** The default zone of French agenda pages. */
export const DEFAULT_TIMEZONE = 'Europe/Paris';

/** Thrown for options that cannot be used (an unknown zone, a malformed reference date). */
export class OptionError extends Error {
  override name = 'OptionError';
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

/**
 * Builds the programme of a page from its mdast tree (parsed with front matter
 * and GFM) and its source text. Used by `parseProgramme` and `remarkDeroule`.
 */
export function programmeFromTree(tree: Root, source: string, options: ParseOptions = {}): Programme {
  const { zone, reference: explicit } = checkOptions(options);
  const diagnostics: Diagnostic[] = [];
  const fm = readFrontMatter(tree, diagnostics);
  const lines = treeToLines(tree, source);
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
  const reference = referenceDay(explicit, fm, lines, title, today(zone));
  const days = eventDays(fm, lines, title, reference);
  const ctx = { zone, source: options.source ?? null, reference, eventDays: days, diagnostics };
  const { drafts, endMarkers } = assemble(lines, ctx);
  const sessions = finishSessions(drafts, ctx);

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
  return programmeFromTree(parseMarkdown(markdown), markdown, options);
}
