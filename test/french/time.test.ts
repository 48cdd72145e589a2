import { describe, expect, it } from 'vitest';
import { formatClock, parseTimeRange, scanTimes } from '../../src/french/time.js';

const at = (hour: number, minute = 0) => ({ hour, minute });

describe('parseTimeRange: lone clock times', () => {
  it.each([
    ['9h', 9, 0, '9h'],
    ['9h30', 9, 30, '9h30'],
    ['09h05', 9, 5, '09h05'],
    ['9 h 30', 9, 30, '9 h 30'],
    ['12 h', 12, 0, '12 h'],
    ['19H00', 19, 0, '19H00'],
    ['0h30', 0, 30, '0h30'],
    ['9:30', 9, 30, '9:30'],
    ['00:00', 0, 0, '00:00'],
    ['midi', 12, 0, 'midi'],
    ['Midi', 12, 0, 'Midi'],
    ['MIDI', 12, 0, 'MIDI'],
    ['minuit', 0, 0, 'minuit'],
    ['Minuit', 0, 0, 'Minuit'],
  ])('%s → %i:%i', (input, hour, minute, text) => {
    const r = parseTimeRange(input);
    expect(r).not.toBeNull();
    expect(r!.start).toEqual(at(hour, minute));
    expect(r!.end).toBeNull();
    expect(r!.index).toBe(0);
    expect(r!.text).toBe(text);
  });

  it.each([
    ['à 9h', 9, 0, 2, '9h'],
    ['à 10 heures', 10, 0, 2, '10 heures'],
    ['à 10 heures 30', 10, 30, 2, '10 heures 30'],
    ['à 10 heures30', 10, 30, 2, '10 heures30'],
    ['vers 14h', 14, 0, 5, '14h'],
    ['dès 9h', 9, 0, 4, '9h'],
    ['à partir de 14h', 14, 0, 12, '14h'],
    ['(début à 9h)', 9, 0, 9, '9h'],
    ['RDV le 5 à 18h', 18, 0, 11, '18h'],
    ['**9h30 :** Plénière', 9, 30, 2, '9h30'],
  ])('%s → %i:%i at %i', (input, hour, minute, index, text) => {
    const r = parseTimeRange(input);
    expect(r).not.toBeNull();
    expect(r!.start).toEqual(at(hour, minute));
    expect(r!.end).toBeNull();
    expect(r!.index).toBe(index);
    expect(r!.text).toBe(text);
  });
});

describe('parseTimeRange: ranges', () => {
  it.each([
    ['9h30 - 10h15', [9, 30], [10, 15], 0, '9h30 - 10h15'],
    ['9h-12h30', [9, 0], [12, 30], 0, '9h-12h30'],
    ['9h–10h', [9, 0], [10, 0], 0, '9h–10h'],
    ['9h—10h', [9, 0], [10, 0], 0, '9h—10h'],
    ['10h00—11h00', [10, 0], [11, 0], 0, '10h00—11h00'],
    ['21h30 – 23h', [21, 30], [23, 0], 0, '21h30 – 23h'],
    ['9h > 10h', [9, 0], [10, 0], 0, '9h > 10h'],
    ['9h30 → 10h', [9, 30], [10, 0], 0, '9h30 → 10h'],
    ['9h30 ⇒ 10h', [9, 30], [10, 0], 0, '9h30 ⇒ 10h'],
    ['9h30/10h', [9, 30], [10, 0], 0, '9h30/10h'],
    ['9h à 10h', [9, 0], [10, 0], 0, '9h à 10h'],
    ['9h a 10h', [9, 0], [10, 0], 0, '9h a 10h'],
    ['de 9h à 17h30', [9, 0], [17, 30], 0, 'de 9h à 17h30'],
    ['De 9h à 10h', [9, 0], [10, 0], 0, 'De 9h à 10h'],
    ['DE 9H A 10H', [9, 0], [10, 0], 0, 'DE 9H A 10H'],
    ['de 9 h 30 à 12 h', [9, 30], [12, 0], 0, 'de 9 h 30 à 12 h'],
    ['9 heures à 11 heures', [9, 0], [11, 0], 0, '9 heures à 11 heures'],
    ['[9h–10h]', [9, 0], [10, 0], 1, '9h–10h'],
    ['entre 9h et 11h', [9, 0], [11, 0], 0, 'entre 9h et 11h'],
    ['Entre 12h et 14h : Déjeuner', [12, 0], [14, 0], 0, 'Entre 12h et 14h'],
    ["de 14h jusqu'à 18h", [14, 0], [18, 0], 0, "de 14h jusqu'à 18h"],
    ['de 14h jusqu’à 18h', [14, 0], [18, 0], 0, 'de 14h jusqu’à 18h'],
    ['9h jusqu’à 10h', [9, 0], [10, 0], 0, '9h jusqu’à 10h'],
    ['20h30 jusque 22h', [20, 30], [22, 0], 0, '20h30 jusque 22h'],
    ['09:30-10:00', [9, 30], [10, 0], 0, '09:30-10:00'],
    ['9:30 - 10:45', [9, 30], [10, 45], 0, '9:30 - 10:45'],
    ['9.30-10.30', [9, 30], [10, 30], 0, '9.30-10.30'],
    ['midi - 14h', [12, 0], [14, 0], 0, 'midi - 14h'],
    ['9h - midi', [9, 0], [12, 0], 0, '9h - midi'],
    ['de midi à 14h', [12, 0], [14, 0], 0, 'de midi à 14h'],
    ['Accueil de 9h à 9h30', [9, 0], [9, 30], 8, 'de 9h à 9h30'],
    ['tous les jours de 9h à 18h', [9, 0], [18, 0], 15, 'de 9h à 18h'],
    ['**9h30 - 10h15 :** Plénière', [9, 30], [10, 15], 2, '9h30 - 10h15'],
  ] as const)('%s', (input, start, end, index, text) => {
    const r = parseTimeRange(input);
    expect(r).toEqual({ start: at(start[0], start[1]), end: at(end[0], end[1]), index, text });
  });

  it('"9h30 et 10h" without "entre" is two lone times, not a range', () => {
    const { times } = scanTimes('9h, 10h et 11h');
    expect(times.map((t) => [t.start, t.end, t.index])).toEqual([
      [at(9), null, 0],
      [at(10), null, 4],
      [at(11), null, 11],
    ]);
  });

  it('"12h ou 14h" is two lone times', () => {
    const { times } = scanTimes('12h ou 14h');
    expect(times.map((t) => [t.start, t.end])).toEqual([
      [at(12), null],
      [at(14), null],
    ]);
  });
});

describe('scanTimes: several ranges on one line', () => {
  it.each([
    ['de 10h à 12h et de 14h à 16h', [[10, 12, 0, 'de 10h à 12h'], [14, 16, 16, 'de 14h à 16h']]],
    ['9h à 11h et 14h à 16h', [[9, 11, 0, '9h à 11h'], [14, 16, 12, '14h à 16h']]],
    ['9h30 – 12h, 14h – 17h', [[9, 12, 0, '9h30 – 12h'], [14, 17, 12, '14h – 17h']]],
    ['10h-12h/14h-16h', [[10, 12, 0, '10h-12h'], [14, 16, 8, '14h-16h']]],
  ] as const)('%s', (input, expected) => {
    const { times } = scanTimes(input);
    expect(times.map((t) => [t.start.hour, t.end?.hour, t.index, t.text])).toEqual(expected);
  });
});

describe('scanTimes: ends past midnight and ends before starts', () => {
  it.each([
    ['22h - 2h', [22, 0], [2, 0]],
    ['19h-6h', [19, 0], [6, 0]],
    ['23h-minuit', [23, 0], [0, 0]],
    ['20h-24h', [20, 0], [0, 0]],
    ['14h - minuit', [14, 0], [0, 0]],
  ] as const)('%s ends the next day', (input, start, end) => {
    const t = scanTimes(input).times[0];
    expect(t).toBeDefined();
    expect(t!.start).toEqual(at(start[0], start[1]));
    expect(t!.end).toEqual(at(end[0], end[1]));
    expect(t!.endNextDay).toBe(true);
    expect(t!.endBeforeStart).toBe(false);
  });

  it.each([
    ['14h - 10h', [14, 0], [10, 0]],
    ['18h-17h', [18, 0], [17, 0]],
    ['11h30 - 11h', [11, 30], [11, 0]],
  ] as const)('%s ends before it starts', (input, start, end) => {
    const t = scanTimes(input).times[0];
    expect(t).toBeDefined();
    expect(t!.start).toEqual(at(start[0], start[1]));
    expect(t!.end).toEqual(at(end[0], end[1]));
    expect(t!.endBeforeStart).toBe(true);
    expect(t!.endNextDay).toBe(false);
  });

  it.each(['9h30 - 10h15', 'minuit - 2h', '9h-9h', '21h30 – 23h'])('%s is an ordinary range', (input) => {
    const t = scanTimes(input).times[0];
    expect(t).toBeDefined();
    expect(t!.end).not.toBeNull();
    expect(t!.endNextDay).toBe(false);
    expect(t!.endBeforeStart).toBe(false);
  });
});

describe('scanTimes: a lone time with a dot', () => {
  it.each([
    ['14.00 — Ouverture de l’assemblée', 14, 0],
    ['**15.40** — Pause', 15, 40],
  ] as const)('heads an entry: %s', (input, hour, minute) => {
    expect(scanTimes(input).times[0]?.start).toEqual({ hour, minute });
  });
  it.each(['Prix : 12.50 €', 'version 3.10 — notes', 'un taux de 14.20 pour cent', '17.45'])('is a number elsewhere: %s', (input) => {
    expect(scanTimes(input).times).toEqual([]);
  });
});

describe('scanTimes: colonForm', () => {
  it.each([
    ['09:30-10:00', true],
    ['9:30', true],
    ['9h30', false],
    ['9h30 - 10:00', false],
    ['midi', false],
  ] as const)('%s → %s', (input, colon) => {
    expect(scanTimes(input).times[0]?.colonForm).toBe(colon);
  });
});

describe('scanTimes: things that are not times', () => {
  it.each([
    'après-midi',
    'Julien Marty, journaliste, La Dépêche du Midi',
    'le repas du midi',
    'Région Midi-Pyrénées',
    'Après-midi : ateliers',
    'apres-midi',
    '5 organismes',
    'version 4',
    'version 4.2',
    '20%',
    '3.5%',
    'DINUM20',
    '1 500 acteurs',
    'pendant 6 à 12 mois',
    'de 6 à 12 ans',
    'Saison 2',
    'les 2 et 3 juin',
    'le 25/04/2018',
    'en 2023',
    '2024',
    'iOS 17',
    'CO2',
    'A4',
    'mp3',
    'v2.30',
    'prix 12.50 €',
    '9.30',
    '12:30:00',
    '1:23:45',
    '25h',
    '9h60',
    '9h70',
    '24h',
    '24h00',
    '24h30',
    '24h/24',
    '48h',
    '7j/7',
    'J-2',
    "un atelier d’une heure",
    '(30 min)',
  ])('%s has no time', (input) => {
    expect(scanTimes(input).times).toEqual([]);
    expect(parseTimeRange(input)).toBeNull();
  });

  it.each([
    ['ateliers de 2h', 12, '2h'],
    ['ateliers de 2 heures', 12, '2 heures'],
    ['durée de 2h', 9, '2h'],
    ['durée 2h', 6, '2h'],
    ['(4 heures)', 1, '4 heures'],
    ['(2h)', 1, '2h'],
    ['(1h)', 1, '1h'],
    ['(1h30)', 1, '1h30'],
    ['pendant 1 heure', 8, '1 heure'],
    ['pendant 2 heures', 8, '2 heures'],
    ['en 2h', 3, '2h'],
    ['sur 2h', 4, '2h'],
    ['environ 3h', 8, '3h'],
  ])('%s: duration set aside', (input, index, text) => {
    const scan = scanTimes(input);
    expect(scan.times).toEqual([]);
    expect(scan.setAside).toEqual([{ kind: 'duration', index, text }]);
  });

  it('a time and a duration on the same line: only the time is kept', () => {
    const scan = scanTimes('à 9h, ateliers de 2h');
    expect(scan.times.map((t) => [t.start, t.index])).toEqual([[at(9), 2]]);
    expect(scan.setAside).toEqual([{ kind: 'duration', index: 18, text: '2h' }]);
  });

  it.each([
    ['86:00', [[0, '86:00']]],
    ['86:00-123:00', [[0, '86:00'], [6, '123:00']]],
    ['Partie 2 (99:30)', [[10, '99:30']]],
  ] as const)('%s: timecodes set aside', (input, expected) => {
    const scan = scanTimes(input);
    expect(scan.times).toEqual([]);
    expect(scan.setAside.map((s) => [s.kind, s.index, s.text])).toEqual(expected.map(([i, t]) => ['timecode', i, t]));
  });

  it.each(['9h7', '9H7'])('%s: malformed, set aside', (input) => {
    const scan = scanTimes(input);
    expect(scan.times).toEqual([]);
    expect(scan.setAside).toEqual([{ kind: 'malformed', index: 0, text: input }]);
  });
});

describe('scanTimes: spaces', () => {
  it.each([
    ['9\u00a0h\u00a030', 9, 30],
    ['9\u202fh\u202f30', 9, 30],
    ['de\u00a09h à\u00a010h', 9, 0],
    ['9h\u200b30', 9, 30],
  ])('%j', (input, hour, minute) => {
    expect(scanTimes(input).times[0]?.start).toEqual(at(hour, minute));
  });
});

describe('formatClock', () => {
  it.each([
    [at(9), '09:00'],
    [at(9, 5), '09:05'],
    [at(23, 59), '23:59'],
    [at(0), '00:00'],
  ])('%j → %s', (t, s) => {
    expect(formatClock(t)).toBe(s);
  });
});

describe('scanTimes: hour words and set-asides at the edges', () => {
  it('reads "10 heures" opening an entry as a time', () => {
    expect(scanTimes('10 heures : Accueil').times.map((t) => [t.start, t.end])).toEqual([[at(10), null]]);
  });

  it.each(['Durée : 1h30', 'Durée: 2h', 'durée 1h'])('sets "%s" aside as a duration', (text) => {
    const scan = scanTimes(text);
    expect(scan.times).toEqual([]);
    expect(scan.setAside.map((s) => s.kind)).toEqual(['duration']);
  });

  it.each(['9 h 7', '9h 7', '9h7'])('reports "%s" as malformed only', (text) => {
    const scan = scanTimes(text);
    expect(scan.times).toEqual([]);
    expect(scan.setAside).toEqual([{ kind: 'malformed', index: 0, text }]);
  });

  it.each([
    ['9h 9h', ['9h', '9h']],
    ['9h 5 ateliers', ['9h']],
    ['10h 2 salles', ['10h']],
  ])('"%s": a digit after a space that starts a word or a time is no minute', (text, times) => {
    const scan = scanTimes(text);
    expect(scan.times.map((t) => t.text)).toEqual(times);
    expect(scan.setAside.filter((s) => s.kind === 'malformed')).toEqual([]);
  });
});
