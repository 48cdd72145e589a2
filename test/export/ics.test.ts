import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProgramme, toICS } from '../../src/index.js';
import { foldLines } from '../../src/export/ics.js';
import type { Programme } from '../../src/types.js';
import { person, programme, readWithIcalJs, readWithNodeIcal, session, toUtc, unfold, type ReadEvent } from './helpers.js';

const STAMP = '2024-05-01T12:00:00Z';

/** Both readers, checked to agree, keyed by UID. */
function readBoth(feed: string): Map<string, ReadEvent> {
  const a = readWithIcalJs(feed).events;
  const b = readWithNodeIcal(feed).events;
  expect(b.map((e) => e.uid).sort()).toEqual(a.map((e) => e.uid).sort());
  const byUid = new Map(a.map((e) => [e.uid, e]));
  for (const e of b) {
    const other = byUid.get(e.uid)!;
    expect({ uid: e.uid, start: e.start, end: e.end, allDay: e.allDay, summary: e.summary }).toEqual({
      uid: other.uid,
      start: other.start,
      end: other.end,
      allDay: other.allDay,
      summary: other.summary,
    });
  }
  return byUid;
}

/** Every DTSTART/DTEND of a VEVENT is in a zone with a VTIMEZONE, in UTC, or a date: never floating. */
function expectNoFloatingTimes(feed: string): void {
  const text = unfold(feed);
  const zones = new Set([...text.matchAll(/BEGIN:VTIMEZONE\r\nTZID:([^\r]+)/g)].map((m) => m[1]));
  const events = text.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT/g) ?? [];
  for (const line of events.flatMap((e) => e.split('\r\n')).filter((l) => /^(DTSTART|DTEND)[;:]/.test(l))) {
    const tzid = line.match(/;TZID=([^;:]+)/)?.[1];
    if (tzid) expect(zones, line).toContain(tzid);
    else expect(line, 'floating time').toMatch(/;VALUE=DATE:\d{8}$|:\d{8}T\d{6}Z$/);
  }
}

const originalTZ = process.env.TZ;
afterEach(() => {
  if (originalTZ === undefined) delete process.env.TZ;
  else process.env.TZ = originalTZ;
});

describe('toICS: times', () => {
  const dst = programme([
    // 26 March 2023: Paris goes from +01:00 to +02:00 at 02:00.
    session('2023-03-26T01:30:00+01:00', '2023-03-26T03:30:00+02:00', 'Nuit du changement d’heure'),
    session('2023-03-26T09:00:00+02:00', '2023-03-26T10:00:00+02:00', 'Matinée de printemps'),
    // 29 October 2023: back from +02:00 to +01:00 at 03:00; 02:30 happens twice.
    session('2023-10-29T02:30:00+02:00', '2023-10-29T02:45:00+02:00', 'Première 2 h 30'),
    session('2023-10-29T02:30:00+01:00', '2023-10-29T02:45:00+01:00', 'Seconde 2 h 30'),
    session('2023-10-29T09:00:00+01:00', '2023-10-29T10:00:00+01:00', 'Matinée d’automne'),
  ]);

  it('puts sessions on 26 March and 29 October 2023 at the right UTC instants (both parsers)', () => {
    const feed = toICS(dst, { stamp: STAMP });
    const events = readBoth(feed);
    for (const s of dst.sessions) {
      const e = events.get(`${s.id}@deroule`)!;
      expect(e.start, s.title).toBe(toUtc(s.start));
      expect(e.end, s.title).toBe(toUtc(s.end!));
    }
    expect(events.get(`${dst.sessions[1]!.id}@deroule`)!.start).toBe('2023-03-26T07:00:00Z');
    expect(events.get(`${dst.sessions[4]!.id}@deroule`)!.start).toBe('2023-10-29T08:00:00Z');
  });

  it('writes Paris wall-clock times with TZID and a real VTIMEZONE, never floating', () => {
    const feed = toICS(dst, { stamp: STAMP });
    expect(feed).toContain('DTSTART;TZID=Europe/Paris:20230326T090000');
    expect(feed).toContain('DTSTART;TZID=Europe/Paris:20231029T090000');
    const vtz = unfold(feed).match(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris\r\n[\s\S]*?END:VTIMEZONE/)?.[0];
    expect(vtz).toBeDefined();
    expect(vtz).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(vtz).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expectNoFloatingTimes(feed);
    const { events } = readWithIcalJs(feed);
    expect(events.filter((e) => e.tzid === 'Europe/Paris')).toHaveLength(3);
  });

  it('writes the 02:30 that happens twice on 29 October in UTC, with a VTIMEZONE for UTC', () => {
    // RFC 5545 reads a repeated local time as the first occurrence; ical.js and
    // node-ical read it as the second: only UTC means the same to all.
    const feed = toICS(dst, { stamp: STAMP });
    const event = (title: string): string =>
      unfold(feed)
        .split('BEGIN:VEVENT')
        .find((v) => v.includes(`SUMMARY:${title}`))!;
    expect(event('Première 2 h 30')).toContain('DTSTART;TZID=Etc/UTC:20231029T003000');
    expect(event('Seconde 2 h 30')).toContain('DTSTART;TZID=Etc/UTC:20231029T013000');
    expect(event('Matinée d’automne')).toContain('DTSTART;TZID=Europe/Paris:20231029T090000');
    expect(feed).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Etc\/UTC/);
  });

  it('gives the same feed whatever the zone of the machine', () => {
    const feeds = ['UTC', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'].map((tz) => {
      process.env.TZ = tz;
      return toICS(dst, { stamp: STAMP });
    });
    for (const f of feeds) expect(f).toBe(feeds[0]);
    expect(new Date(2023, 0, 1).getTimezoneOffset()).toBe(-330); // the zone did change
  });

  it('keeps DTSTAMP in UTC with its Z although the calendar has a zone', () => {
    const feed = toICS(dst, { stamp: new Date(Date.UTC(2024, 4, 1, 12, 0, 0)) });
    const stamps = feed.split('\r\n').filter((l) => l.startsWith('DTSTAMP'));
    expect(stamps).toHaveLength(dst.sessions.length);
    for (const s of stamps) expect(s).toBe('DTSTAMP:20240501T120000Z');
    expect(feed).toContain('X-WR-TIMEZONE:Europe/Paris');
  });

  it('needs that fix: ical-generator alone drops the Z of DTSTAMP when the calendar has a zone', () => {
    // If this starts failing, ical-generator writes DTSTAMP right and the rewrite in toICS can go.
    const cal = ical({ timezone: 'Europe/Paris' });
    cal.createEvent({
      start: DateTime.fromISO('2024-05-02T10:00:00', { zone: 'Europe/Paris' }),
      timezone: 'Europe/Paris',
      stamp: DateTime.fromISO(STAMP, { zone: 'utc' }),
      summary: 'x',
    });
    expect(cal.toString()).toMatch(/^DTSTAMP:20240501T140000$/m);
  });

  it('reads programmes in another zone with that zone, and linked zones with the TZID of their block', () => {
    const noumea = programme([session('2024-03-05T09:00:00+11:00', '2024-03-05T10:00:00+11:00', 'Atelier à Nouméa')], {
      timezone: 'Pacific/Noumea',
    });
    const guadeloupe = programme([session('2024-03-05T09:00:00-04:00', null, 'Atelier à Pointe-à-Pitre')], {
      timezone: 'America/Guadeloupe',
      source: 'gp.md',
    });
    const feed = toICS([noumea, guadeloupe], { stamp: STAMP });
    expectNoFloatingTimes(feed);
    expect(feed).toContain('X-WR-TIMEZONE:Pacific/Noumea');
    expect(feed).toContain('DTSTART;TZID=Pacific/Noumea:20240305T090000');
    // America/Guadeloupe is a link: the block is America/Puerto_Rico's, and so is the TZID.
    expect(feed).toContain('DTSTART;TZID=America/Puerto_Rico:20240305T090000');
    const events = readBoth(feed);
    expect(events.get(`${noumea.sessions[0]!.id}@deroule`)!.start).toBe('2024-03-04T22:00:00Z');
    expect(events.get(`${guadeloupe.sessions[0]!.id}@deroule`)!.start).toBe('2024-03-05T13:00:00Z');
  });
});

describe('toICS: zones and stamps that are not the usual ones', () => {
  it('writes in UTC, with a VTIMEZONE, a programme whose zone has no VTIMEZONE', () => {
    const odd = programme([session('2024-03-05T09:00:00+02:00', null, 'Ailleurs')], { timezone: 'Mars/Olympus' });
    const feed = toICS(odd, { stamp: STAMP, timezone: 'Europe/Paris' });
    expect(feed).toContain('DTSTART;TZID=Etc/UTC:20240305T070000');
    expectNoFloatingTimes(feed);
    expect([...readBoth(feed).values()][0]!.start).toBe('2024-03-05T07:00:00Z');
  });

  it('rejects a calendar zone it cannot describe', () => {
    expect(() => toICS([], { timezone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('reads a stamp without offset as UTC, whatever the zone of the machine', () => {
    process.env.TZ = 'Asia/Tokyo';
    const feed = toICS([], { stamp: '2024-05-01T12:00:00' });
    expect(feed).toMatch(/X-WR-TIMEZONE:Europe\/Paris/);
    const p = programme([session('2024-05-02T10:00:00+02:00', null, 'x')]);
    expect(toICS(p, { stamp: '2024-05-01T12:00:00' })).toContain('DTSTAMP:20240501T120000Z');
    expect(() => toICS(p, { stamp: 'hier' })).toThrow(RangeError);
  });
});

describe('toICS: properties', () => {
  const p = programme(
    [
      session('2023-01-18T09:00:00+01:00', null, 'Accueil, café; croissants', { kind: 'welcome' }),
      session('2023-01-18T09:30:00+01:00', '2023-01-18T10:30:00+01:00', 'Table ronde : l’État, les communs; et après ?', {
        kind: 'roundtable',
        location: 'Salle Ségur, 2e étage',
        description: 'Première ligne.\nDeuxième ligne, avec virgule; et point-virgule.',
        speakers: [
          person('Marie Dupont', { honorific: 'Mme', role: 'directrice', organisation: 'Direction interministérielle du numérique', organisationInfo: { name: 'Direction interministérielle du numérique', acronym: 'DINUM' } }),
          person('Jean Martin', { part: 'moderator', organisation: 'Etalab' }),
          person('Zoé Leroy', { tentative: true }),
        ],
      }),
      session('2023-01-18T16:00:00+01:00', null, 'Clôture', { kind: 'closing' }),
    ],
    {
      event: { title: 'Journée Numérique & Territoires', start: '2023-01-18T09:00:00+01:00', end: null, location: '20 avenue de Ségur, Paris', url: 'https://agenda.invalid/journee' },
    },
  );
  const feed = toICS(p, { stamp: STAMP, domain: 'mon-agenda' });
  const events = readBoth(feed);
  const get = (i: number): ReadEvent => events.get(`${p.sessions[i]!.id}@mon-agenda`)!;

  it('has one VEVENT per session with UID = id@domain, SUMMARY, CATEGORIES and URL', () => {
    expect(events.size).toBe(3);
    expect(get(1).summary).toBe('Table ronde : l’État, les communs; et après ?');
    expect(get(1).categories).toEqual(['roundtable']);
    expect(get(0).categories).toEqual(['welcome']);
    expect(get(1).url).toBe('https://agenda.invalid/journee');
  });

  it('uses the session location, else the event location', () => {
    expect(get(1).location).toBe('Salle Ségur, 2e étage');
    expect(get(0).location).toBe('20 avenue de Ségur, Paris');
  });

  it('describes speakers with role and organisation, then the description', () => {
    expect(get(1).description).toBe(
      [
        'Intervenants :',
        '- Mme Marie Dupont, directrice, Direction interministérielle du numérique (DINUM)',
        '- Jean Martin, Etalab (modération)',
        '- Zoé Leroy (sous réserve)',
        '',
        'Première ligne.',
        'Deuxième ligne, avec virgule; et point-virgule.',
      ].join('\n'),
    );
  });

  it('escapes commas, semicolons and newlines', () => {
    const text = unfold(feed);
    expect(text).toContain('SUMMARY:Accueil\\, café\\; croissants');
    expect(text).toContain('SUMMARY:Table ronde : l’État\\, les communs\\; et après ?');
    expect(text).toContain('Première ligne.\\nDeuxième ligne\\, avec virgule\\; et point-virgule.');
    expect(get(0).summary).toBe('Accueil, café; croissants');
  });

  it('ends a session without end at the next session of the day, else after the default duration, and says so', () => {
    expect(get(0).end).toBe(toUtc('2023-01-18T09:30:00+01:00'));
    expect(get(0).description).toContain('Heure de fin estimée');
    expect(get(1).description).not.toContain('estimée');
    expect(get(2).end).toBe(toUtc('2023-01-18T17:00:00+01:00'));
    const longer = readBoth(toICS(p, { stamp: STAMP, defaultDuration: 90 }));
    expect(longer.get(`${p.sessions[2]!.id}@deroule`)!.end).toBe(toUtc('2023-01-18T17:30:00+01:00'));
  });

  it('writes X-WR-CALNAME (escaped) and X-WR-TIMEZONE', () => {
    const { calendar } = readWithIcalJs(feed);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Journée Numérique & Territoires');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    const named = toICS(p, { stamp: STAMP, name: 'Agenda, DINUM; 2023\nsuite' });
    // X- properties are TEXT by default (RFC 5545 §3.8.8.2): escaped like any text.
    expect(unfold(named)).toContain('X-WR-CALNAME:Agenda\\, DINUM\\; 2023\\nsuite');
    expect(readWithIcalJs(named).events).toHaveLength(3);
  });

  it('folds lines at 75 octets without splitting multi-byte characters', () => {
    const long = programme([
      session('2023-01-18T09:00:00+01:00', null, 'Éthique et intelligence artificielle : « lignes directrices » présentées à l’Assemblée — débat élargi 🇫🇷 ééééééééééééééééééééé'),
    ]);
    const f = toICS(long, { stamp: STAMP });
    const lines = f.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    // Every physical line is valid UTF-8 on its own (no character cut in two).
    const bytes = new TextEncoder().encode(f);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let startAt = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        expect(() => decoder.decode(bytes.subarray(startAt, i))).not.toThrow();
        startAt = i + 2;
      }
    }
    const [e] = readBoth(f).values();
    expect(e!.summary).toBe(long.sessions[0]!.title);
  });

  it('gives the same UIDs (and the same feed) on two runs', () => {
    const page = '**18 janvier 2023**\n\n- 9h30 - 10h15 : Plénière\n- 10h30 : Atelier, données; ouvertes\n- 10h30 : Atelier, données; ouvertes\n';
    const run = (): string => toICS(parseProgramme(page, { source: 'page.md' }), { stamp: STAMP });
    const [a, b] = [run(), run()];
    expect(a).toBe(b);
    const uids = readWithIcalJs(a).events.map((e) => e.uid);
    expect(uids).toHaveLength(3);
    expect(new Set(uids).size).toBe(3); // a repeated id gets a stable suffix
    expect(uids.every((u) => u.endsWith('@deroule'))).toBe(true);
  });

  it('rejects a bad domain or duration', () => {
    expect(() => toICS(p, { domain: 'a b' })).toThrow(RangeError);
    expect(() => toICS(p, { domain: '' })).toThrow(RangeError);
    expect(() => toICS(p, { defaultDuration: 0 })).toThrow(RangeError);
  });

  it('writes a valid empty calendar for no programme', () => {
    const empty = toICS([], { stamp: STAMP });
    expect(empty).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR$/);
    expect(readBoth(empty).size).toBe(0);
  });
});

describe('toICS: undated sessions, whole events, event-only pages', () => {
  const undated = programme([
    session('2022-01-01T09:30:00+01:00', '2022-01-01T10:30:00+01:00', 'Sans date', { dateKnown: false }),
    session('2022-03-02T09:30:00+01:00', '2022-03-02T10:30:00+01:00', 'Avec date'),
  ]);

  it('leaves out sessions with dateKnown: false unless asked', () => {
    const without = readBoth(toICS(undated, { stamp: STAMP }));
    expect([...without.values()].map((e) => e.summary)).toEqual(['Avec date']);
    const withThem = readBoth(toICS(undated, { stamp: STAMP, includeUndated: true }));
    expect(withThem.size).toBe(2);
    expect(withThem.get(`${undated.sessions[0]!.id}@deroule`)!.description).toContain('le jour est supposé');
  });

  it('emits the whole event as one VEVENT on request', () => {
    const p: Programme = programme(
      [
        session('2023-01-18T09:00:00+01:00', '2023-01-18T10:00:00+01:00', 'Ouverture'),
        session('2023-01-18T16:00:00+01:00', null, 'Clôture'),
      ],
      { event: { title: 'Journée', start: '2023-01-18T09:00:00+01:00', end: null, location: 'Paris', url: null } },
    );
    const events = [...readBoth(toICS(p, { stamp: STAMP, wholeEvent: true })).values()];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ summary: 'Journée', start: '2023-01-18T08:00:00Z', end: '2023-01-18T16:00:00Z', location: 'Paris' });
    expect(events[0]!.description).toContain('- 09:00 Ouverture');
    expect(events[0]!.description).toContain('Heure de fin estimée');
  });

  it('exports the event of a page with no session, all day when only its date is known', () => {
    const dated: Programme = programme([], {
      event: { title: 'Forum à Lille', start: '2021-09-07', end: '2021-09-09', location: 'Lille', url: null },
    });
    const timed: Programme = programme([], {
      source: 'webinaire.md',
      event: { title: 'Webinaire', start: '2023-06-29T11:45:00+02:00', end: '2023-06-29T12:45:00+02:00', location: 'En ligne', url: null },
    });
    const nothing: Programme = programme([], { source: 'vide.md', event: { title: 'Rien', start: null, end: null, location: null, url: null } });
    const feed = toICS([dated, timed, nothing], { stamp: STAMP });
    expect(feed).toContain('DTSTART;VALUE=DATE:20210907');
    expect(feed).toContain('DTEND;VALUE=DATE:20210910');
    expectNoFloatingTimes(feed);
    const events = [...readBoth(feed).values()];
    expect(events.map((e) => [e.summary, e.allDay, e.start, e.end])).toEqual([
      ['Forum à Lille', true, '2021-09-07', '2021-09-10'],
      ['Webinaire', false, '2023-06-29T09:45:00Z', '2023-06-29T10:45:00Z'],
    ]);
    expect(feed).toContain('X-WR-CALNAME:deroule');
  });

  it('ends a timed event whose last day only is known with its last session of that day', () => {
    const p: Programme = programme(
      [
        session('2018-04-25T09:00:00+02:00', '2018-04-25T17:00:00+02:00', 'Jour 1'),
        session('2018-04-26T09:00:00+02:00', '2018-04-26T12:30:00+02:00', 'Jour 2'),
      ],
      { event: { title: 'Assises', start: '2018-04-25T09:00:00+02:00', end: '2018-04-26', location: null, url: null } },
    );
    const [e] = readBoth(toICS(p, { stamp: STAMP, wholeEvent: true })).values();
    expect([e!.start, e!.end]).toEqual(['2018-04-25T07:00:00Z', '2018-04-26T10:30:00Z']);
    expect(e!.description).toContain('- 26/04 09:00 Jour 2');
  });
});

describe('foldLines', () => {
  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}🎤${'a'.repeat(30)}`;
    const folded = foldLines(line);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).toContain('🎤');
  });

  it('leaves short ASCII lines alone', () => {
    expect(foldLines('BEGIN:VEVENT\r\nEND:VEVENT')).toBe('BEGIN:VEVENT\r\nEND:VEVENT');
  });
});
