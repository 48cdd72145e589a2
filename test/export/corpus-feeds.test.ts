/**
 * Every corpus page's ICS feed, read back by two independent parsers (ical.js
 * with the feed's own VTIMEZONE blocks, node-ical with its own zone data):
 * same events, at the UTC instants of the programme. Skipped without the corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseProgramme, toICS } from '../../src/index.js';
import type { Programme, Session } from '../../src/types.js';
import { readWithIcalJs, readWithNodeIcal, toUtc } from './helpers.js';
import { CORPUS_PRESENT, corpusFiles, readCorpus } from '../helpers/pages.js';

const pages = corpusFiles();
const STAMP = '2024-05-01T12:00:00Z';
const HOUR = 3_600_000;

const load = (file: string): Programme => parseProgramme(readCorpus(file), { source: file });

/** The end the export should give: stated, else the next later start that day, else start + 1 h. */
function expectedEnd(s: Session, all: Session[]): string {
  const start = Date.parse(s.start);
  if (s.end && Date.parse(s.end) >= start) return toUtc(s.end);
  const later = all
    .filter((o) => o.day === s.day && o.dateKnown === s.dateKnown && Date.parse(o.start) > start)
    .map((o) => Date.parse(o.start));
  return toUtc(new Date(later.length ? Math.min(...later) : start + HOUR).toISOString());
}

describe.skipIf(!CORPUS_PRESENT)('corpus ICS feeds (skipped: ../shared/corpus is not beside the repository)', () => {
  it.each(pages)('%s: ical.js and node-ical read every session at its UTC instants', (file) => {
    const p = load(file);
    const feed = toICS(p, { stamp: STAMP });
    const a = readWithIcalJs(feed).events;
    const b = readWithNodeIcal(feed).events;
    const dated = p.sessions.filter((s) => s.dateKnown);
    const expected = dated.length ? dated.length : p.event.start ? 1 : 0;
    expect(a).toHaveLength(expected);
    expect(b).toHaveLength(expected);
    const byUid = new Map(b.map((e) => [e.uid, e]));
    for (const e of a) {
      const other = byUid.get(e.uid);
      expect(other, e.uid).toBeDefined();
      expect([other!.start, other!.end, other!.allDay, other!.summary]).toEqual([e.start, e.end, e.allDay, e.summary]);
    }
    if (dated.length) {
      for (const s of dated) {
        const e = a.find((x) => x.uid === `${s.id}@deroule`);
        expect(e, s.title).toBeDefined();
        expect([e!.start, e!.end, e!.summary]).toEqual([toUtc(s.start), expectedEnd(s, p.sessions), s.title]);
      }
    } else if (p.event.start) {
      const [e] = a;
      expect(e!.start).toBe(/^\d{4}-\d{2}-\d{2}$/.test(p.event.start) ? p.event.start : toUtc(p.event.start));
    }
  });

  it('merges every page into one feed with unique UIDs, read alike by both parsers', () => {
    const programmes = pages.map(load);
    const feed = toICS(programmes, { stamp: STAMP });
    const a = readWithIcalJs(feed).events;
    const b = readWithNodeIcal(feed).events;
    expect(a.length).toBeGreaterThan(100);
    expect(b).toHaveLength(a.length);
    expect(new Set(a.map((e) => e.uid)).size).toBe(a.length);
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    for (const line of feed.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(feed.match(/^DTSTAMP:.*$/gm)!.every((l) => l === 'DTSTAMP:20240501T120000Z')).toBe(true);
    const withUndated = readWithIcalJs(toICS(programmes, { stamp: STAMP, includeUndated: true })).events;
    const count = (p: Programme, sessions: number): number => sessions || (p.event.start ? 1 : 0);
    expect(a).toHaveLength(programmes.reduce((n, p) => n + count(p, p.sessions.filter((s) => s.dateKnown).length), 0));
    expect(withUndated).toHaveLength(programmes.reduce((n, p) => n + count(p, p.sessions.length), 0));
    expect(withUndated.length).toBeGreaterThan(a.length);
    const whole = readWithNodeIcal(toICS(programmes, { stamp: STAMP, wholeEvent: true })).events;
    expect(whole.length).toBe(programmes.filter((p) => p.event.start || p.sessions.some((s) => s.dateKnown)).length);
  });
});
