import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PERSON_COLUMNS, SESSION_COLUMNS, toCSV } from '../../src/index.js';
import { person, programme, session } from './helpers.js';

const p = programme(
  [
    session('2023-01-18T09:00:00+01:00', null, 'Accueil, café', { kind: 'welcome', location: 'Hall' }),
    session('2023-01-18T09:30:00+01:00', '2023-01-18T10:30:00+01:00', 'Table ronde "Données"\nsuite', {
      kind: 'roundtable',
      speakers: [
        person('Marie Dupont', { role: 'directrice', organisation: 'Direction interministérielle du numérique', organisationInfo: { name: 'Direction interministérielle du numérique', acronym: 'DINUM' } }),
        person('Jean Martin', { part: 'moderator', organisation: 'Etalab' }),
      ],
    }),
    session('2023-01-18T11:00:00+01:00', null, '=HYPERLINK("x","clic")', {
      location: '+33 1 23 45 67 89',
      speakers: [person('@pseudo', { role: '-directeur', organisation: '=1+1' })],
      dateKnown: false,
    }),
  ],
  { source: 'pages/journee.md' },
);

const rows = (csv: string): Record<string, string>[] => parse(csv, { columns: true, bom: true });

describe('toCSV by session', () => {
  const csv = toCSV(p);

  it('has one row per session with the documented columns', () => {
    const [header] = csv.split('\r\n');
    expect(header).toBe(SESSION_COLUMNS.join(','));
    const r = rows(csv);
    expect(r).toHaveLength(3);
    expect(r[0]).toEqual({
      file: 'pages/journee.md',
      day: '2023-01-18',
      start: '2023-01-18T09:00:00+01:00',
      end: '',
      title: 'Accueil, café',
      kind: 'welcome',
      location: 'Hall',
      speakers: '',
      date_known: 'true',
      id: p.sessions[0]!.id,
    });
    expect(r[1]!.speakers).toBe('Marie Dupont; Jean Martin');
    expect(r[1]!.end).toBe('2023-01-18T10:30:00+01:00');
    expect(r[2]!.date_known).toBe('false');
  });

  it('quotes commas, quotes and newlines so a CSV reader gets the text back', () => {
    const r = rows(csv);
    expect(r[0]!.title).toBe('Accueil, café');
    expect(r[1]!.title).toBe('Table ronde "Données"\nsuite');
  });

  it('prefixes a cell starting with =, +, -, @ with a single quote', () => {
    const r = rows(csv);
    expect(r[2]!.title).toBe('\'=HYPERLINK("x","clic")');
    expect(r[2]!.location).toBe("'+33 1 23 45 67 89");
    for (const row of rows(toCSV(p)).concat(rows(toCSV(p, { by: 'person' })))) {
      for (const cell of Object.values(row)) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('starts with a BOM only when asked, and is UTF-8', () => {
    expect(csv.startsWith('\uFEFF')).toBe(false);
    const withBom = toCSV(p, { bom: true });
    expect(withBom.startsWith('\uFEFFfile,')).toBe(true);
    expect(new TextEncoder().encode(withBom).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('can leave out the header, to append', () => {
    expect(toCSV(p, { header: false }).startsWith('pages/journee.md,')).toBe(true);
  });

  it('writes only the header for no programme', () => {
    expect(rows(toCSV([]))).toEqual([]);
    expect(toCSV([]).trim()).toBe(SESSION_COLUMNS.join(','));
  });
});

describe('toCSV by person', () => {
  it('has one row per person per session', () => {
    const csv = toCSV([p, { ...p, source: 'autre.md' }], { by: 'person' });
    expect(csv.split('\r\n')[0]).toBe(PERSON_COLUMNS.join(','));
    const r = rows(csv);
    expect(r).toHaveLength(6);
    expect(r[0]).toEqual({
      file: 'pages/journee.md',
      name: 'Marie Dupont',
      role: 'directrice',
      organisation: 'Direction interministérielle du numérique',
      acronym: 'DINUM',
      part: 'speaker',
      session_title: 'Table ronde "Données"\nsuite',
      start: '2023-01-18T09:30:00+01:00',
      session_id: p.sessions[1]!.id,
    });
    expect(r[1]).toMatchObject({ name: 'Jean Martin', part: 'moderator', organisation: 'Etalab', role: '' });
    expect(r[2]).toMatchObject({ name: "'@pseudo", role: "'-directeur", organisation: "'=1+1" });
    expect(r[3]!.file).toBe('autre.md');
  });

  it('rejects another value of by', () => {
    expect(() => toCSV(p, { by: 'day' as 'session' })).toThrow(RangeError);
  });
});
