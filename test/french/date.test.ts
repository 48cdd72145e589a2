import { describe, expect, it } from 'vitest';
import {
  findDates,
  findDayOfMonth,
  findDayOrdinal,
  findYear,
  leadingWeekday,
  parseFrenchDate,
  parseIsoDay,
  resolveYear,
  type WrittenDate,
} from '../../src/french/date.js';

type D = [year: number | null, month: number, day: number, weekday: number | null];
const written = ([year, month, day, weekday]: D): WrittenDate => ({ year, month, day, weekday });

describe('findDates: single dates', () => {
  it.each([
    ['25 avril', [null, 4, 25, null], '25 avril'],
    ['1er juin', [null, 6, 1, null], '1er juin'],
    ['le 1re juin', [null, 6, 1, null], 'le 1re juin'],
    ['premier mai', [null, 5, 1, null], 'premier mai'],
    ['1er juillet 2019', [2019, 7, 1, null], '1er juillet 2019'],
    ['5 mai', [null, 5, 5, null], '5 mai'],
    ['Mardi 6 décembre', [null, 12, 6, 2], 'Mardi 6 décembre'],
    ['Lundi 5 décembre', [null, 12, 5, 1], 'Lundi 5 décembre'],
    ['mercredi 18 janvier 2023', [2023, 1, 18, 3], 'mercredi 18 janvier 2023'],
    ['samedi 1er avril 2023', [2023, 4, 1, 6], 'samedi 1er avril 2023'],
    ['Le 12 octobre', [null, 10, 12, null], 'Le 12 octobre'],
    ['le 3 août', [null, 8, 3, null], 'le 3 août'],
    ['le 3 aout', [null, 8, 3, null], 'le 3 aout'],
    ['15 fevrier', [null, 2, 15, null], '15 fevrier'],
    ['15 février 2024', [2024, 2, 15, null], '15 février 2024'],
    ['le 8 mars, 2022', [2022, 3, 8, null], 'le 8 mars, 2022'],
    ['mar. 6 déc.', [null, 12, 6, 2], 'mar. 6 déc.'],
    ['Mer. 7 juin', [null, 6, 7, 3], 'Mer. 7 juin'],
    ['Dim. 4 fév.', [null, 2, 4, 7], 'Dim. 4 fév.'],
    ['12 oct. 2022', [2022, 10, 12, null], '12 oct. 2022'],
    ['12 sept', [null, 9, 12, null], '12 sept'],
    ['le 25/04/2018', [2018, 4, 25, null], 'le 25/04/2018'],
    ['25/04/18', [2018, 4, 25, null], '25/04/18'],
    ['mardi 25/04/2018', [2018, 4, 25, 2], 'mardi 25/04/2018'],
  ] as const)('%s', (input, date, text) => {
    const found = findDates(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual({ dates: [written(date as unknown as D)], kind: 'single', index: 0, text });
  });

  it('an abbreviated weekday without its period is not a weekday', () => {
    expect(findDates('mer 7 juin')).toEqual([
      { dates: [{ year: null, month: 6, day: 7, weekday: null }], kind: 'single', index: 4, text: '7 juin' },
    ]);
  });

  it('a date inside a sentence keeps its index', () => {
    const [d] = findDates('Rendez-vous le 12 juin 2023 à Paris');
    expect(d).toBeDefined();
    expect(d!.index).toBe(12);
    expect(d!.text).toBe('le 12 juin 2023');
  });

  it('"J+16 — jeudi 2 avril" is one date: a day count is not the start of a range', () => {
    expect(findDates('J+16 — jeudi 2 avril 2026').map((f) => [f.text, f.dates.length])).toEqual([['jeudi 2 avril 2026', 1]]);
  });

  it('two unrelated dates stay apart', () => {
    const found = findDates('le 5 mai puis le 12 juin 2023');
    expect(found.map((f) => [f.text, f.dates[0]?.year ?? null])).toEqual([
      ['le 5 mai', null],
      ['le 12 juin 2023', 2023],
    ]);
  });
});

describe('findDates: lists and ranges', () => {
  it.each([
    ['25 et 26 avril 2018', 'list', [[2018, 4, 25, null], [2018, 4, 26, null]]],
    ['les 5 et 6 décembre', 'list', [[null, 12, 5, null], [null, 12, 6, null]]],
    ['jeudi 8 et vendredi 9 décembre', 'list', [[null, 12, 8, 4], [null, 12, 9, 5]]],
    ['7, 8 et 9 septembre 2021', 'list', [[2021, 9, 7, null], [2021, 9, 8, null], [2021, 9, 9, null]]],
    ['1er et 2 juillet (matin) 2019', 'list', [[2019, 7, 1, null], [2019, 7, 2, null]]],
    ['du 6 au 9 décembre', 'range', [[null, 12, 6, null], [null, 12, 9, null]]],
    ['du mardi 6 au vendredi 9 décembre', 'range', [[null, 12, 6, 2], [null, 12, 9, 5]]],
    ['du 6 au 9 déc. 2022', 'range', [[2022, 12, 6, null], [2022, 12, 9, null]]],
    ['2 au 4 juin', 'range', [[null, 6, 2, null], [null, 6, 4, null]]],
    ['6-9 décembre', 'range', [[null, 12, 6, null], [null, 12, 9, null]]],
    ['du 30 novembre au 9 décembre 2020', 'range', [[2020, 11, 30, null], [2020, 12, 9, null]]],
    ['30 novembre, 2 décembre et 4 janvier 2021', 'list', [[2021, 11, 30, null], [2021, 12, 2, null], [2021, 1, 4, null]]],
    ['30 novembre 2020, 2 décembre et 4 janvier 2021', 'list', [[2020, 11, 30, null], [2021, 12, 2, null], [2021, 1, 4, null]]],
    ['25/04, 26/04 et 27/04/2018', 'list', [[2018, 4, 25, null], [2018, 4, 26, null], [2018, 4, 27, null]]],
    ['les 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 et 16 mai', 'list', Array.from({ length: 16 }, (_, i) => [null, 5, i + 1, null])],
  ] as const)('%s → %s', (input, kind, dates) => {
    const found = findDates(input);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe(kind);
    expect(found[0]!.index).toBe(0);
    expect(found[0]!.text).toBe(input);
    expect(found[0]!.dates).toEqual(dates.map((d) => written(d as unknown as D)));
  });
});

describe('findDates: long runs', () => {
  it('more days listed before a month than MAX_LISTED_DAYS keep the last sixteen', () => {
    const input = `${Array.from({ length: 20 }, (_, i) => i + 1).join(', ')} mai`;
    const found = findDates(input);
    expect(found).toHaveLength(1);
    expect(found[0]!.dates.map((d) => d.day)).toEqual(Array.from({ length: 16 }, (_, i) => i + 5));
  });

  it('numbers that never reach a month are not dates, however many', () => {
    expect(findDates(`${'1, 2, 3, '.repeat(5000)} et 4`)).toEqual([]);
  });

  it('a thousand numeric dates joined by commas make one list, each date once', () => {
    const found = findDates(Array.from({ length: 1000 }, () => '25/04/2018').join(', '));
    expect(found).toHaveLength(1);
    expect(found[0]!.dates).toHaveLength(1000);
  });
});

describe('findDates: not dates', () => {
  it.each([
    '5 organismes',
    'version 4',
    '20%',
    'DINUM20',
    '1 500 acteurs',
    'Saison 2',
    'ateliers de 2h',
    'pendant 6 à 12 mois',
    '32 mars',
    '3 marsupiaux',
    'mai 2023',
    'en mars',
    'jeudi 12',
    'Mardi : atelier',
    '25/13/2018',
    '31/04/2020',
    '10 mai2023',
    '9h30 - 10h15',
  ])('%s', (input) => {
    expect(findDates(input)).toEqual([]);
    expect(parseFrenchDate(input)).toBeNull();
  });
});

describe('parseFrenchDate', () => {
  it('returns the written parts without a reference', () => {
    expect(parseFrenchDate('25 avril')).toEqual({ year: null, month: 4, day: 25, weekday: null, index: 0, text: '25 avril' });
  });

  it('documented example: Mardi 6 décembre against 2016-12-02', () => {
    expect(parseFrenchDate('Mardi 6 décembre', { referenceDate: '2016-12-02' })).toEqual({
      year: 2016, month: 12, day: 6, weekday: 2, index: 0, text: 'Mardi 6 décembre',
    });
  });

  it.each([
    ['18 janvier', '2022-12-27', 2023],
    ['mercredi 18 janvier', '2022-12-27', 2023],
    ['25 avril', '2018-04-01', 2018],
    ['25 avril', '2018-04-25', 2018],
    ['25 avril', '2018-04-26', 2019],
    ['29 février', '2023-01-10', 2024],
    ['Lundi 5 décembre', '2022-06-01', 2022],
    ['Mardi 5 décembre', '2022-11-01', 2023],
    ['Lundi 5 décembre', '2023-01-10', 2022],
    ['jeudi 8 et vendredi 9 décembre', '2022-10-01', 2022],
    ['mercredi 18 janvier 2023', '2010-01-01', 2023],
  ])('%s with reference %s → %i', (input, referenceDate, year) => {
    expect(parseFrenchDate(input, { referenceDate })?.year).toBe(year);
  });

  it('an unusable reference date leaves the year missing', () => {
    expect(parseFrenchDate('25 avril', { referenceDate: 'pas une date' })?.year).toBeNull();
  });

  it('text without a date gives null', () => {
    expect(parseFrenchDate('rien', { referenceDate: '2022-11-01' })).toBeNull();
  });
});

describe('resolveYear', () => {
  const ref = { year: 2016, month: 12, day: 2 };

  it('picks the year on or after the reference with a matching weekday', () => {
    expect(resolveYear({ year: null, month: 12, day: 6, weekday: 2 }, ref)).toEqual({ year: 2016, month: 12, day: 6, weekdayMismatch: false });
  });

  it('a date before the reference goes to the next year', () => {
    expect(resolveYear({ year: null, month: 1, day: 18, weekday: null }, { year: 2022, month: 12, day: 27 })).toEqual({
      year: 2023, month: 1, day: 18, weekdayMismatch: false,
    });
  });

  it('a weekday can pull the date to the previous year', () => {
    // 6 December was a Sunday in 2015, a Tuesday in 2016, a Wednesday in 2017.
    expect(resolveYear({ year: null, month: 12, day: 6, weekday: 7 }, ref)).toEqual({ year: 2015, month: 12, day: 6, weekdayMismatch: false });
  });

  it('a weekday that matches no candidate flags a mismatch and keeps the first candidate', () => {
    // 6 December: Sunday 2015, Tuesday 2016, Wednesday 2017; Friday matches none.
    expect(resolveYear({ year: null, month: 12, day: 6, weekday: 5 }, ref)).toEqual({ year: 2016, month: 12, day: 6, weekdayMismatch: true });
  });

  it('a written year is kept and its weekday checked', () => {
    expect(resolveYear({ year: 2016, month: 12, day: 6, weekday: 3 }, ref)).toEqual({ year: 2016, month: 12, day: 6, weekdayMismatch: true });
    expect(resolveYear({ year: 2016, month: 12, day: 6, weekday: 2 }, ref)).toEqual({ year: 2016, month: 12, day: 6, weekdayMismatch: false });
  });

  it.each([
    [{ year: null, month: 2, day: 30, weekday: null }],
    [{ year: null, month: 4, day: 31, weekday: null }],
    [{ year: 2023, month: 2, day: 29, weekday: null }],
  ])('a date that does not exist gives null: %j', (date) => {
    expect(resolveYear(date, ref)).toBeNull();
  });
});

describe('parseIsoDay', () => {
  it.each([
    ['2023-01-18', { year: 2023, month: 1, day: 18 }],
    ['2023-01-18T10:00:00+01:00', { year: 2023, month: 1, day: 18 }],
    [' 2016-12-02 ', { year: 2016, month: 12, day: 2 }],
  ])('%s', (input, expected) => {
    expect(parseIsoDay(input)).toEqual(expected);
  });

  it.each(['2023-13-45', '2023-02-30', '18/01/2023', '', null, undefined])('%j → null', (input) => {
    expect(parseIsoDay(input)).toBeNull();
  });
});

describe('findDayOfMonth', () => {
  it.each([
    ['Jeudi 21', 21, 4, 'Jeudi 21'],
    ['lundi 24 :', 24, 1, 'lundi 24'],
    ['Mardi 1er', 1, 2, 'Mardi 1er'],
    ['Jeudi 21 juin', 21, 4, 'Jeudi 21'],
    ['Programme du vendredi 9', 9, 5, 'vendredi 9'],
  ])('%s → %i (weekday %i)', (input, day, weekday, text) => {
    const r = findDayOfMonth(input);
    expect(r).not.toBeNull();
    expect(r!.day).toBe(day);
    expect(r!.weekday).toBe(weekday);
    expect(r!.text).toBe(text);
  });

  it.each(['jeudi 9h', 'Vendredi 10h', 'jeudi 21 h', 'le 21', 'Saison 2', 'jeudi'])('%s → null', (input) => {
    expect(findDayOfMonth(input)).toBeNull();
  });
});

describe('findDayOrdinal', () => {
  it.each([
    ['Jour 2', 2],
    ['J2', 2],
    ['Jour 1️⃣', 1],
    ['2e journée', 2],
    ['2ème jour', 2],
    ['1ère journée', 1],
    ['Journée 3', 3],
  ])('%s → %i', (input, ordinal) => {
    expect(findDayOrdinal(input)?.ordinal).toBe(ordinal);
  });

  it.each(['Bonjour 2', 'J-2', 'Jour 40', 'Saison 2', 'version 4'])('%s → null', (input) => {
    expect(findDayOrdinal(input)).toBeNull();
  });
});

describe('findYear', () => {
  it.each([
    ['en 2023', 2023],
    ['Bilan 2019-2020', 2019],
    ['Forum 1999', 1999],
  ])('%s → %i', (input, year) => {
    expect(findYear(input)).toBe(year);
  });

  it.each(['DINUM2020', '1 500', '1899', '2100', 'v2023', '20%', 'version 4'])('%s → null', (input) => {
    expect(findYear(input)).toBeNull();
  });
});

describe('leadingWeekday', () => {
  it.each([
    ['Mardi : atelier', 2],
    ['dimanche', 7],
    ['  Vendredi matin', 5],
    ['jeu. 8', 4],
  ])('%s → %i', (input, weekday) => {
    expect(leadingWeekday(input)).toBe(weekday);
  });

  it.each(['Le mardi', 'Mardisque', 'jeu 8'])('%s → null', (input) => {
    expect(leadingWeekday(input)).toBeNull();
  });
});
