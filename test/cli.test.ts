import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { fakeIO } from './helpers/fake-io.js';

const io = fakeIO;

const PAGE = '**25 avril 2018**\n\n* **9h30 - 10h15 :** Plénière de lancement\n';

describe('deroule CLI', () => {
  it('prints the JSON programme of one page', () => {
    const t = io({ 'page.md': PAGE });
    expect(runCli(['--format', 'json', 'page.md'], t.api)).toBe(0);
    const p = JSON.parse(t.out());
    expect(p.sessions[0].start).toBe('2018-04-25T09:30:00+02:00');
    expect(p.sessions[0].end).toBe('2018-04-25T10:15:00+02:00');
    expect(p.sessions[0].title).toBe('Plénière de lancement');
    expect(p.source).toBe('page.md');
  });

  it('prints an array for several pages and exits 1 when one is unreadable', () => {
    const t = io({ 'a.md': PAGE });
    expect(runCli(['a.md', 'missing.md'], t.api)).toBe(1);
    expect(JSON.parse(t.out())).toHaveLength(1);
    expect(t.err()).toContain('cannot read missing.md');
  });

  it('names a file that is not UTF-8 and goes on', () => {
    const t = io({ 'bin.md': new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28]), 'a.md': PAGE });
    expect(runCli(['bin.md', 'a.md'], t.api)).toBe(1);
    expect(t.err()).toContain('cannot read bin.md: it is not UTF-8 text');
    expect(JSON.parse(t.out())).toHaveLength(1);
  });

  it.each([
    [['--format', 'xml', 'a.md'], 'unknown format "xml"'],
    [[], 'no FILE given'],
    [['--nope', 'a.md'], "Unknown option '--nope'"],
    [['--timezone', 'Mars/Olympus', 'a.md'], 'Unknown time zone "Mars/Olympus"'],
    [['--reference-date', '25/04/2018', 'a.md'], 'Invalid reference date'],
  ])('exits 2 on bad usage %j', (argv, message) => {
    const t = io({ 'a.md': PAGE });
    expect(runCli(argv, t.api)).toBe(2);
    expect(t.err()).toContain(message);
  });

  it('applies --reference-date to dates without a year', () => {
    const t = io({ 'p.md': 'Mardi 6 décembre\n\n- 10h00-11h00 : Conférence de presse\n' });
    expect(runCli(['--reference-date', '2016-12-02', 'p.md'], t.api)).toBe(0);
    expect(JSON.parse(t.out()).sessions[0].start).toBe('2016-12-06T10:00:00+01:00');
  });

  it('prints help', () => {
    const t = io({});
    expect(runCli(['--help'], t.api)).toBe(0);
    expect(t.out()).toContain('Usage: deroule');
  });
});
