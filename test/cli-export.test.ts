import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { fakeIO } from './helpers/fake-io.js';
import { readWithIcalJs, readWithNodeIcal } from './export/helpers.js';

const io = fakeIO;

const A = '**25 avril 2018**\n\n* **9h30 - 10h15 :** Plénière de lancement\n* **10h30 :** Ateliers, tables rondes\n';
const B = '**26 avril 2018**\n\n* **14h00 - 15h00 :** =Table ronde\n';
const UNDATED = '# Notes\n\n- 10h00 - 11h00 : Réunion sans date\n';

describe('deroule --format ics', () => {
  it('writes one merged feed for several files', () => {
    const t = io({ 'a.md': A, 'b.md': B });
    expect(runCli(['--format', 'ics', 'a.md', 'b.md'], t.api)).toBe(0);
    const feed = t.out();
    expect(feed.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    const events = readWithIcalJs(feed).events;
    expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Plénière de lancement', '2018-04-25T07:30:00Z', '2018-04-25T08:15:00Z'],
      ['Ateliers, tables rondes', '2018-04-25T08:30:00Z', '2018-04-25T09:30:00Z'],
      ['=Table ronde', '2018-04-26T12:00:00Z', '2018-04-26T13:00:00Z'],
    ]);
    expect(readWithNodeIcal(feed).events).toHaveLength(3);
    expect(feed).toContain('X-WR-TIMEZONE:Europe/Paris');
    expect(t.err()).toBe('');
  });

  it('uses --domain in the UIDs, and the same UIDs on every run', () => {
    const run = (): string[] => {
      const t = io({ 'a.md': A });
      expect(runCli(['--format', 'ics', '--domain', 'mon-agenda', 'a.md'], t.api)).toBe(0);
      return readWithIcalJs(t.out()).events.map((e) => e.uid);
    };
    const first = run();
    expect(first.every((u) => u.endsWith('@mon-agenda'))).toBe(true);
    expect(run()).toEqual(first);
  });

  it('applies --whole-event, --include-undated and --duration', () => {
    const whole = io({ 'a.md': A });
    expect(runCli(['--format', 'ics', '--whole-event', 'a.md'], whole.api)).toBe(0);
    expect(readWithIcalJs(whole.out()).events).toHaveLength(1);

    const undated = io({ 'u.md': UNDATED });
    expect(runCli(['--format', 'ics', 'u.md'], undated.api)).toBe(0);
    expect(readWithIcalJs(undated.out()).events).toHaveLength(0);
    const included = io({ 'u.md': UNDATED });
    expect(runCli(['--format', 'ics', '--include-undated', 'u.md'], included.api)).toBe(0);
    expect(readWithIcalJs(included.out()).events.map((e) => e.summary)).toEqual(['Réunion sans date']);

    const longer = io({ 'a.md': A });
    expect(runCli(['--format', 'ics', '--duration', '90', 'a.md'], longer.api)).toBe(0);
    expect(readWithIcalJs(longer.out()).events[1]!.end).toBe('2018-04-25T10:00:00Z');
  });
});

describe('deroule --format csv', () => {
  it('writes one row per session for many files, with one header', () => {
    const t = io({ 'a.md': A, 'b.md': B });
    expect(runCli(['--format', 'csv', 'a.md', 'b.md'], t.api)).toBe(0);
    const rows = parse(t.out(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.file, r.day, r.start, r.end, r.title, r.kind])).toEqual([
      ['a.md', '2018-04-25', '2018-04-25T09:30:00+02:00', '2018-04-25T10:15:00+02:00', 'Plénière de lancement', 'plenary'],
      ['a.md', '2018-04-25', '2018-04-25T10:30:00+02:00', '', 'Ateliers, tables rondes', 'workshop'],
      ['b.md', '2018-04-26', '2018-04-26T14:00:00+02:00', '2018-04-26T15:00:00+02:00', "'=Table ronde", 'roundtable'],
    ]);
    expect(t.out().match(/^file,/gm)).toHaveLength(1);
    expect(t.out().startsWith('\uFEFF')).toBe(false);
  });

  it('starts with a BOM with --bom, once', () => {
    const t = io({ 'a.md': A, 'b.md': B });
    expect(runCli(['--format', 'csv', '--bom', 'a.md', 'b.md'], t.api)).toBe(0);
    expect(t.out().startsWith('\uFEFFfile,day,')).toBe(true);
    expect(t.out().match(/\uFEFF/g)).toHaveLength(1);
  });

  it('writes the header even when the first file is unreadable', () => {
    const t = io({ 'b.md': B });
    expect(runCli(['--format', 'csv', 'missing.md', 'b.md'], t.api)).toBe(1);
    expect(t.out().startsWith('file,day,')).toBe(true);
    expect(t.err()).toContain('cannot read missing.md');
  });

  it('writes one row per person per session with --by person', () => {
    const page = '**18 janvier 2023**\n\n- 10h00 - 11h00 : Table ronde avec Marie Dupont, directrice, DINUM et Jean Martin, Etalab\n';
    const t = io({ 'p.md': page });
    expect(runCli(['--format', 'csv', '--by', 'person', 'p.md'], t.api)).toBe(0);
    const [header] = t.out().split('\r\n');
    expect(header).toBe('file,name,role,organisation,acronym,part,session_title,start,session_id');
    const rows = parse(t.out(), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.name)).toContain('Marie Dupont');
    for (const r of rows) expect([r.file, r.session_title, r.start]).toEqual(['p.md', 'Table ronde', '2023-01-18T10:00:00+01:00']);
  });
});

describe('deroule --format jsonl', () => {
  it('writes one programme per line', () => {
    const t = io({ 'a.md': A, 'b.md': B });
    expect(runCli(['--format', 'jsonl', 'a.md', 'b.md'], t.api)).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { source: string }).source)).toEqual(['a.md', 'b.md']);
    expect(t.chunks).toHaveLength(2); // written a file at a time
  });
});

describe('progress bar', () => {
  const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`p${i}.md`, i % 2 ? A : B]));
  const names = Object.keys(files);

  it('is drawn on stderr when it is a terminal, and erased at the end', () => {
    const t = io(files, true);
    expect(runCli(['--format', 'csv', ...names], t.api)).toBe(0);
    expect(t.err()).toContain('120/120');
    expect(t.err()).toMatch(/\r\x1b\[K\[#+\.*\] \d+\/120/);
    expect(t.err().endsWith('\r\x1b[K')).toBe(true);
    expect(t.out()).not.toContain('\x1b');
    expect((parse(t.out(), { columns: true }) as unknown[]).length).toBe(180);
  });

  it('is never drawn when stderr is not a terminal', () => {
    const t = io(files, false);
    expect(runCli(['--format', 'csv', ...names], t.api)).toBe(0);
    expect(t.err()).toBe('');
  });

  it('is not drawn for one file, and makes way for error messages', () => {
    const one = io({ 'a.md': A }, true);
    expect(runCli(['--format', 'csv', 'a.md'], one.api)).toBe(0);
    expect(one.err()).toBe('');
    const t = io({ 'a.md': A }, true);
    expect(runCli(['--format', 'ics', 'a.md', 'missing.md', 'a.md'], t.api)).toBe(1);
    expect(t.err()).toMatch(/\r\x1b\[Kderoule: cannot read missing\.md/);
  });
});

describe('export options: bad usage', () => {
  it.each([
    [['--format', 'csv', '--by', 'day', 'a.md'], '--by must be session or person'],
    [['--format', 'json', '--by', 'person', 'a.md'], '--by applies to --format csv only'],
    [['--format', 'ics', '--bom', 'a.md'], '--bom applies to --format csv only'],
    [['--format', 'csv', '--domain', 'x.org', 'a.md'], '--domain applies to --format ics only'],
    [['--format', 'ics', '--domain', 'a b', 'a.md'], '--domain must be a name'],
    [['--format', 'ics', '--duration', '0', 'a.md'], '--duration must be a positive whole number'],
    [['--format', 'ics', '--duration', 'une heure', 'a.md'], '--duration must be a positive whole number'],
    [['--format', 'xml', 'a.md'], 'supported: json, jsonl, csv, ics'],
  ])('exits 2 on %j', (argv, message) => {
    const t = io({ 'a.md': A });
    expect(runCli(argv, t.api)).toBe(2);
    expect(t.err()).toContain(message);
    expect(t.out()).toBe('');
  });

  it('lists the export options in --help', () => {
    const t = io({});
    expect(runCli(['--help'], t.api)).toBe(0);
    for (const o of ['--format', 'jsonl', 'ics', '--by', '--bom', '--domain', '--whole-event', '--include-undated', '--duration']) {
      expect(t.out()).toContain(o);
    }
  });
});
