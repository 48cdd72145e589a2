/**
 * VTIMEZONE blocks for the ICS export, from `timezones-ical-library` (a
 * browser-safe, dependency-free table of the IANA zones in iCalendar form).
 *
 * The library resolves links to the zone that holds their rules: asking for
 * `America/Guadeloupe` gives a block whose TZID is `America/Puerto_Rico`. The
 * TZID of the block is the one events must use, so this module returns both.
 */
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

/** A zone as written in the feed. */
export interface FeedZone {
  /** The TZID the events carry (the name of the block's zone). */
  tzid: string;
  /** The `BEGIN:VTIMEZONE` … `END:VTIMEZONE` block, CRLF line ends. */
  block: string;
}

let known: Set<string> | undefined;
const cache = new Map<string, FeedZone | null>();

function knownZones(): Set<string> {
  if (!known) {
    const list = tzlib_get_timezones(false);
    known = new Set(Array.isArray(list) ? list : []);
  }
  return known;
}

/**
 * The VTIMEZONE of an IANA zone, or `null` when the table does not know it
 * (then the export writes that programme's times in UTC).
 */
export function feedZone(zone: string): FeedZone | null {
  const hit = cache.get(zone);
  if (hit !== undefined) return hit;
  let result: FeedZone | null = null;
  // Checked first: the library logs to the console when asked for an unknown zone.
  if (knownZones().has(zone)) {
    const got = tzlib_get_ical_block(zone, false);
    const block = Array.isArray(got) ? got[0] : undefined;
    const tzid = block?.match(/^TZID:(.+?)\r?$/m)?.[1];
    if (block && tzid) result = { tzid, block: block.replace(/\r?\n/g, '\r\n') };
  }
  cache.set(zone, result);
  return result;
}
