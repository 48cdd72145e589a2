import { describe, expect, it } from 'vitest';
import { OptionError, parseProgramme, DEFAULT_TIMEZONE } from '../src/parse.js';
import type { Programme, Session } from '../src/types.js';

/** [title, start, end] of every session. */
const summary = (p: Programme): [string, string, string | null][] => p.sessions.map((s) => [s.title, s.start, s.end]);
const rules = (p: Programme): string[] => p.diagnostics.map((d) => d.rule);
const only = (p: Programme): Session => {
  expect(p.sessions).toHaveLength(1);
  return p.sessions[0]!;
};

describe('parseProgramme: bold day headings, year from the front matter date', () => {
  const page = `---
title: Journée du numérique
date: 2018-03-01
---

# Journée du numérique

**25 avril**

* **9h30 - 10h15 :** Plénière de lancement
* **10h15 - 10h30 :** Pause café
* **10h30 - 12h :** Atelier données

**26 avril**

* **9h - 12h :** Table ronde
`;
  const p = parseProgramme(page);

  it('reads every session with its day, start and end', () => {
    expect(summary(p)).toEqual([
      ['Plénière de lancement', '2018-04-25T09:30:00+02:00', '2018-04-25T10:15:00+02:00'],
      ['Pause café', '2018-04-25T10:15:00+02:00', '2018-04-25T10:30:00+02:00'],
      ['Atelier données', '2018-04-25T10:30:00+02:00', '2018-04-25T12:00:00+02:00'],
      ['Table ronde', '2018-04-26T09:00:00+02:00', '2018-04-26T12:00:00+02:00'],
    ]);
  });

  it('gives kinds, days and positions', () => {
    expect(p.sessions.map((s) => [s.kind, s.day, s.dateKnown, s.position])).toEqual([
      ['plenary', '2018-04-25', true, { line: 10, column: 5 }],
      ['break', '2018-04-25', true, { line: 11, column: 5 }],
      ['workshop', '2018-04-25', true, { line: 12, column: 5 }],
      ['roundtable', '2018-04-26', true, { line: 16, column: 5 }],
    ]);
  });

  it('reads the page title and the event', () => {
    expect(p.title).toBe('Journée du numérique');
    expect(p.timezone).toBe('Europe/Paris');
    expect(p.source).toBeNull();
    expect(p.event).toEqual({
      title: 'Journée du numérique',
      start: '2018-04-25T09:30:00+02:00',
      end: null,
      location: null,
      url: null,
    });
    expect(p.diagnostics).toEqual([]);
  });

  it('the documented example works', () => {
    const q = parseProgramme('**25 avril 2018**\n\n* **9h30 - 10h15 :** Plénière de lancement');
    expect(summary(q)).toEqual([['Plénière de lancement', '2018-04-25T09:30:00+02:00', '2018-04-25T10:15:00+02:00']]);
  });
});

describe('parseProgramme: plain-line day headings', () => {
  it('list pages under "Lundi 5 décembre" lines', () => {
    const p = parseProgramme(`Programme de la semaine

Lundi 5 décembre

* 9h : Accueil des participants
* 10h : Conférence inaugurale

Mardi 6 décembre

* 14h - 16h : Atelier
`, { referenceDate: '2022-11-15' });
    expect(summary(p)).toEqual([
      ['Accueil des participants', '2022-12-05T09:00:00+01:00', null],
      ['Conférence inaugurale', '2022-12-05T10:00:00+01:00', null],
      ['Atelier', '2022-12-06T14:00:00+01:00', '2022-12-06T16:00:00+01:00'],
    ]);
    expect(p.sessions.map((s) => s.kind)).toEqual(['welcome', 'keynote', 'workshop']);
  });

  it('paragraph entries under paragraph day lines', () => {
    const p = parseProgramme(`---
date: 2022-11-20
---

Lundi 5 décembre

9h30 - 10h15 : Plénière

Mardi 6 décembre

10h : Atelier
`);
    expect(summary(p)).toEqual([
      ['Plénière', '2022-12-05T09:30:00+01:00', '2022-12-05T10:15:00+01:00'],
      ['Atelier', '2022-12-06T10:00:00+01:00', null],
    ]);
  });

  it('"Mardi 6 décembre" with the page published 2016-12-02 is 2016-12-06', () => {
    const p = parseProgramme(`---
date: 2016-12-02
---

## Mardi 6 décembre

* 9h30 - 10h : Accueil
`);
    expect(summary(p)).toEqual([['Accueil', '2016-12-06T09:30:00+01:00', '2016-12-06T10:00:00+01:00']]);
  });

  it('"18 janvier" on a page published 2022-12-27 is in 2023', () => {
    const p = parseProgramme(`---
date: 2022-12-27
---

**18 janvier**

* 10h : Atelier
`);
    expect(only(p).start).toBe('2023-01-18T10:00:00+01:00');
  });

  it('the referenceDate option wins over the front matter date', () => {
    const page = `---
date: 2022-12-27
---

**18 janvier**

* 10h : Atelier
`;
    expect(only(parseProgramme(page, { referenceDate: '2024-01-01' })).start).toBe('2024-01-18T10:00:00+01:00');
  });

  it('weekday-of-month headings within the event days from the title', () => {
    const p = parseProgramme(`# Forum du 20 au 22 juin 2023

## Mercredi 21

* 9h : Accueil

## Jeudi 22

* 9h : Atelier
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2023-06-21T09:00:00+02:00', null],
      ['Atelier', '2023-06-22T09:00:00+02:00', null],
    ]);
    expect(p.event.start).toBe('2023-06-20');
    expect(p.event.end).toBe('2023-06-22');
  });

  it('"Jour 2" headings count from the front matter event start', () => {
    const p = parseProgramme(`---
event_start_date: 2023-10-05
event_end_date: 2023-10-06
---

## Jour 1

* 9h : Accueil

## Jour 2

* 9h : Clôture
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2023-10-05T09:00:00+02:00', null],
      ['Clôture', '2023-10-06T09:00:00+02:00', null],
    ]);
    expect(p.event.start).toBe('2023-10-05T09:00:00+02:00');
    expect(p.event.end).toBe('2023-10-06');
  });

  it('multi-day title with one heading per day', () => {
    const p = parseProgramme(`# Rencontres les 8 et 9 décembre 2022

## Jeudi 8 décembre

* 9h : Accueil

## Vendredi 9 décembre

* 9h : Atelier
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2022-12-08T09:00:00+01:00', null],
      ['Atelier', '2022-12-09T09:00:00+01:00', null],
    ]);
    expect(p.event).toEqual({
      title: 'Rencontres les 8 et 9 décembre 2022',
      start: '2022-12-08T09:00:00+01:00',
      end: '2022-12-09',
      location: null,
      url: null,
    });
  });

  it('dates written on each entry', () => {
    const p = parseProgramme('* Lundi 5 décembre 2022, 9h : Accueil\n* Mardi 6 décembre 2022, 14h : Atelier');
    expect(summary(p)).toEqual([
      ['Accueil', '2022-12-05T09:00:00+01:00', null],
      ['Atelier', '2022-12-06T14:00:00+01:00', null],
    ]);
    expect(p.sessions.map((s) => s.position)).toEqual([
      { line: 1, column: 26 },
      { line: 2, column: 26 },
    ]);
  });

  it('a weekday that does not fit the date is reported', () => {
    const p = parseProgramme('**Mercredi 12 juin 2023**\n\n* 10h : Atelier');
    expect(only(p).start).toBe('2023-06-12T10:00:00+02:00');
    expect(p.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column])).toEqual([['weekday-mismatch', 'warning', 1, 3]]);
  });
});

describe('parseProgramme: heading entries', () => {
  it('"#### **\\[9h–10h\\] Accueil**" headings, with the next paragraph as description', () => {
    const p = parseProgramme(`---
date: 2023-01-02
---

## Mercredi 18 janvier

#### **\\[9h–10h\\] Accueil**

Café et croissants.

#### **\\[10h–11h30\\] Table ronde**
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2023-01-18T09:00:00+01:00', '2023-01-18T10:00:00+01:00'],
      ['Table ronde', '2023-01-18T10:00:00+01:00', '2023-01-18T11:30:00+01:00'],
    ]);
    expect(p.sessions.map((s) => [s.kind, s.description, s.position])).toEqual([
      ['welcome', 'Café et croissants', { line: 7, column: 9 }],
      ['roundtable', null, { line: 11, column: 9 }],
    ]);
  });

  it('"## 9h : Accueil" headings', () => {
    const p = parseProgramme(`# Journée le 12 juin 2023

## 9h : Accueil

Un café vous attend.

## 10h - 12h : Ateliers
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2023-06-12T09:00:00+02:00', null],
      ['Ateliers', '2023-06-12T10:00:00+02:00', '2023-06-12T12:00:00+02:00'],
    ]);
    expect(p.sessions[0]!.description).toBe('Un café vous attend');
  });
});

describe('parseProgramme: tables', () => {
  it('a GFM table with a time column', () => {
    const p = parseProgramme(`---
date: 2023-05-01
---

## Jeudi 8 juin 2023

| Horaire | Intitulé | Intervenants |
|---|---|---|
| 9h - 9h30 | Accueil | |
| 9h30 - 10h30 | Keynote | Stéphanie Schaer |
| 10h30 - 11h | Pause | |
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2023-06-08T09:00:00+02:00', '2023-06-08T09:30:00+02:00'],
      ['Keynote', '2023-06-08T09:30:00+02:00', '2023-06-08T10:30:00+02:00'],
      ['Pause', '2023-06-08T10:30:00+02:00', '2023-06-08T11:00:00+02:00'],
    ]);
    expect(p.sessions.map((s) => [s.kind, s.position])).toEqual([
      ['welcome', { line: 9, column: 3 }],
      ['keynote', { line: 10, column: 3 }],
      ['break', { line: 11, column: 3 }],
    ]);
  });

  it('a table without headers: the time column is found from the cells', () => {
    const p = parseProgramme(`**12 juin 2023**

| | |
|---|---|
| 9h | Accueil |
| 10h | Atelier |
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2023-06-12T09:00:00+02:00', null],
      ['Atelier', '2023-06-12T10:00:00+02:00', null],
    ]);
  });

  it('an HTML table', () => {
    const p = parseProgramme(`**12 juin 2023**

<table><tr><th>Heure</th><th>Programme</th></tr><tr><td>9h</td><td>Accueil</td></tr><tr><td>10h-11h</td><td>Atelier</td></tr></table>
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2023-06-12T09:00:00+02:00', null],
      ['Atelier', '2023-06-12T10:00:00+02:00', '2023-06-12T11:00:00+02:00'],
    ]);
  });
});

describe('parseProgramme: pages and lines that are not programmes', () => {
  it('a page with no programme has no sessions', () => {
    const p = parseProgramme(`# À propos

Nous sommes 5 organismes et 1 500 acteurs, version 4 du dispositif, 20% de hausse, DINUM20.
`);
    expect(p.sessions).toEqual([]);
    expect(p.diagnostics).toEqual([]);
    expect(p.title).toBe('À propos');
    expect(p.event).toEqual({ title: 'À propos', start: null, end: null, location: null, url: null });
  });

  it('list items with numbers that are not times', () => {
    const p = parseProgramme(`**12 juin 2023**

* 5 organismes partenaires
* Saison 2 du programme
* 20% de réduction
* pendant 6 à 12 mois
* ateliers de 2h
* 1 500 acteurs
* version 4
* DINUM20
`);
    expect(p.sessions).toEqual([]);
    expect(p.event.start).toBe('2023-06-12');
  });

  it('"Jusqu’au 26 mai 2023, 18h" is a deadline, not a session', () => {
    const p = parseProgramme(`---
date: 2023-04-01
---

# Appel à projets

Jusqu’au 26 mai 2023, 18h

Candidatures ouvertes.
`);
    expect(p.sessions).toEqual([]);
    expect(p.diagnostics).toEqual([
      {
        severity: 'info',
        rule: 'not-a-session',
        message: 'The time "18h" was not taken as a session: it reads as a deadline, not a programme entry.',
        line: 7,
        column: 23,
      },
    ]);
    expect(p.event.start).toBeNull();
  });

  it('a deadline in a list next to a real session', () => {
    const p = parseProgramme(`**12 juin 2023**

* Inscriptions jusqu’au 26 mai 2023, 18h
* 9h : Accueil
`);
    expect(summary(p)).toEqual([['Accueil', '2023-06-12T09:00:00+02:00', null]]);
    expect(rules(p)).toEqual(['not-a-session']);
  });

  it('times inside running text are reported, not taken', () => {
    const p = parseProgramme(`**12 juin 2023**

Nous vous attendons nombreux, les portes ouvrent à 9h et la journée se termine vers 18h.
`);
    expect(p.sessions).toEqual([]);
    expect(p.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['not-a-session', 3, 52],
      ['not-a-session', 3, 85],
    ]);
  });

  it('video timecodes are not sessions', () => {
    const p = parseProgramme(`**12 juin 2023**

* 00:00 Introduction
* 86:00-123:00 Débat
`);
    expect(p.sessions).toEqual([]);
    expect(p.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['not-a-session', 3],
      ['not-a-session', 4],
      ['not-a-session', 4],
    ]);
    for (const d of p.diagnostics) expect(d.message).toContain('timecode');
  });

  it('"Fin de la journée" is an end marker that gives the event end', () => {
    const p = parseProgramme(`**12 juin 2023**

* 9h : Accueil
* 17h : Fin de la journée
`);
    expect(summary(p)).toEqual([['Accueil', '2023-06-12T09:00:00+02:00', null]]);
    expect(p.event.end).toBe('2023-06-12T17:00:00+02:00');
    expect(p.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['end-marker', 'info', 4]]);
  });

  it.each(['fermeture de la salle', 'Fin des Assises', 'Fin des rencontres'])('"%s" is an end marker', (words) => {
    const p = parseProgramme(`**12 juin 2023**\n\n* 9h : Accueil\n* 22h : ${words}\n`);
    expect(summary(p)).toEqual([['Accueil', '2023-06-12T09:00:00+02:00', null]]);
    expect(p.event.end).toBe('2023-06-12T22:00:00+02:00');
  });
});

describe('parseProgramme: several slots', () => {
  it('nested times (9h–13h containing 9h15–9h45) are separate sessions', () => {
    const p = parseProgramme(`---
date: 2023-05-01
---

**12 juin 2023**

* 9h–13h : Atelier collectif
  * 9h15–9h45 : Présentation des outils
  * 10h–10h30 : Démonstration
`);
    expect(summary(p)).toEqual([
      ['Atelier collectif', '2023-06-12T09:00:00+02:00', '2023-06-12T13:00:00+02:00'],
      ['Présentation des outils', '2023-06-12T09:15:00+02:00', '2023-06-12T09:45:00+02:00'],
      ['Démonstration', '2023-06-12T10:00:00+02:00', '2023-06-12T10:30:00+02:00'],
    ]);
  });

  it('"de 10h à 12h et de 14h à 16h" gives two sessions', () => {
    const p = parseProgramme(`**12 juin 2023**

* de 10h à 12h et de 14h à 16h : Atelier données
`);
    expect(summary(p)).toEqual([
      ['Atelier données', '2023-06-12T10:00:00+02:00', '2023-06-12T12:00:00+02:00'],
      ['Atelier données', '2023-06-12T14:00:00+02:00', '2023-06-12T16:00:00+02:00'],
    ]);
    expect(p.sessions.map((s) => s.position)).toEqual([
      { line: 3, column: 3 },
      { line: 3, column: 19 },
    ]);
    expect(p.sessions[0]!.id).not.toBe(p.sessions[1]!.id);
  });

  it('"9h30 – 12h, 14h – 17h" gives two sessions', () => {
    const p = parseProgramme(`**12 juin 2023**

* 9h30 – 12h, 14h – 17h : Ateliers
`);
    expect(summary(p)).toEqual([
      ['Ateliers', '2023-06-12T09:30:00+02:00', '2023-06-12T12:00:00+02:00'],
      ['Ateliers', '2023-06-12T14:00:00+02:00', '2023-06-12T17:00:00+02:00'],
    ]);
  });
});

describe('parseProgramme: time forms in entries', () => {
  it.each([
    ['9 h 30 : Accueil', 'Accueil', '2023-06-12T09:30:00+02:00', null],
    ['19H00 : Cocktail', 'Cocktail', '2023-06-12T19:00:00+02:00', null],
    ['09:30 - 10:00 : Accueil', 'Accueil', '2023-06-12T09:30:00+02:00', '2023-06-12T10:00:00+02:00'],
    ['Midi : Déjeuner', 'Déjeuner', '2023-06-12T12:00:00+02:00', null],
    ['Entre 12h et 14h : Déjeuner', 'Déjeuner', '2023-06-12T12:00:00+02:00', '2023-06-12T14:00:00+02:00'],
    ["de 14h jusqu'à 18h : Forum", 'Forum', '2023-06-12T14:00:00+02:00', '2023-06-12T18:00:00+02:00'],
    ['14h - minuit : Hackathon', 'Hackathon', '2023-06-12T14:00:00+02:00', '2023-06-13T00:00:00+02:00'],
    ['22h - 2h : Nuit du code', 'Nuit du code', '2023-06-12T22:00:00+02:00', '2023-06-13T02:00:00+02:00'],
  ])('* %s', (entry, title, start, end) => {
    const p = parseProgramme(`**12 juin 2023**\n\n* ${entry}\n`);
    const s = only(p);
    expect([s.title, s.start, s.end, s.day]).toEqual([title, start, end, '2023-06-12']);
  });
});

describe('parseProgramme: end before start', () => {
  it('leaves the end out and reports it', () => {
    const p = parseProgramme(`---
date: 2023-05-01
---

**12 juin 2023**

* 14h - 10h : Atelier données
`);
    const s = only(p);
    expect(s.start).toBe('2023-06-12T14:00:00+02:00');
    expect(s.end).toBeNull();
    expect(p.diagnostics).toEqual([
      {
        severity: 'warning',
        rule: 'end-before-start',
        message: 'The range "14h - 10h" ends before it starts; the end was left out.',
        line: 7,
        column: 3,
      },
    ]);
  });
});

describe('parseProgramme: time zones', () => {
  const dst = `---
date: 2023-03-01
---

**25 mars 2023**

* 10h : Atelier samedi

**26 mars 2023**

* 10h : Atelier dimanche
`;

  it('Europe/Paris: +01:00 on 2023-03-25, +02:00 on 2023-03-26', () => {
    expect(summary(parseProgramme(dst))).toEqual([
      ['Atelier samedi', '2023-03-25T10:00:00+01:00', null],
      ['Atelier dimanche', '2023-03-26T10:00:00+02:00', null],
    ]);
  });

  it.each([
    ['America/Montreal', '2023-06-12T10:00:00-04:00'],
    ['UTC', '2023-06-12T10:00:00Z'],
    ['Asia/Tokyo', '2023-06-12T10:00:00+09:00'],
    ['Europe/Paris', '2023-06-12T10:00:00+02:00'],
    ['America/Cayenne', '2023-06-12T10:00:00-03:00'],
  ])('timezone %s', (timezone, start) => {
    const p = parseProgramme('**12 juin 2023**\n\n* 10h : Atelier\n', { timezone });
    expect(p.timezone).toBe(timezone);
    expect(only(p).start).toBe(start);
  });

  it('the default zone is Europe/Paris', () => {
    expect(DEFAULT_TIMEZONE).toBe('Europe/Paris');
    expect(parseProgramme('x').timezone).toBe('Europe/Paris');
  });

  it('a time in the spring-forward gap is moved after it and reported', () => {
    const p = parseProgramme('**26 mars 2023**\n\n* 2h30 : Veille\n');
    expect(only(p).start).toBe('2023-03-26T03:30:00+02:00');
    expect(p.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['nonexistent-time', 'warning']]);
  });

  it('a time repeated by the fall-back change is reported as ambiguous', () => {
    const p = parseProgramme('**29 octobre 2023**\n\n* 2h30 : Veille\n');
    expect(only(p).day).toBe('2023-10-29');
    expect(p.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column])).toEqual([['ambiguous-time', 'info', 3, 3]]);
  });

  it('an ordinary time the day clocks go back has the winter offset', () => {
    const p = parseProgramme('**29 octobre 2023**\n\n* 10h : Atelier\n');
    expect(only(p).start).toBe('2023-10-29T10:00:00+01:00');
    expect(p.diagnostics).toEqual([]);
  });
});

describe('parseProgramme: options', () => {
  it.each(['Mars/Olympus', 'Paris', 'not a zone', ''])('an invalid timezone %j throws OptionError', (timezone) => {
    expect(() => parseProgramme('* 10h : Atelier', { timezone })).toThrow(OptionError);
  });

  it('OptionError says which zone is wrong', () => {
    expect(() => parseProgramme('x', { timezone: 'Mars/Olympus' })).toThrow('Unknown time zone "Mars/Olympus"');
    try {
      parseProgramme('x', { timezone: 'Mars/Olympus' });
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('OptionError');
    }
  });

  it.each(['2023-13-45', '18/01/2023', 'demain'])('an invalid referenceDate %j throws OptionError', (referenceDate) => {
    expect(() => parseProgramme('x', { referenceDate })).toThrow(OptionError);
  });

  it('source is kept and changes ids', () => {
    const page = '**12 juin 2023**\n\n* 10h : Atelier\n';
    const a = parseProgramme(page, { source: 'pages/agenda.md' });
    const b = parseProgramme(page, { source: 'pages/autre.md' });
    expect(a.source).toBe('pages/agenda.md');
    expect(a.sessions[0]!.id).not.toBe(b.sessions[0]!.id);
  });

  it('ids are stable and readable', () => {
    const page = '**12 juin 2023**\n\n* 10h : Atelier données\n';
    const a = parseProgramme(page);
    const b = parseProgramme(page);
    expect(a.sessions[0]!.id).toBe(b.sessions[0]!.id);
    expect(a.sessions[0]!.id).toMatch(/^20230612-1000-atelier-donnees-[0-9a-z]+$/);
  });
});

describe('parseProgramme: the event from the front matter', () => {
  it('event_start_date and event_end_date with times', () => {
    const p = parseProgramme(`---
title: Forum
event_start_date: 2023-10-05 09:00:00 +02:00
event_end_date: 2023-10-05 17:30:00 +02:00
lieu: Palais des congrès
url: /evenements/forum
---

* 9h30 : Accueil
* 10h : Plénière
`);
    expect(summary(p)).toEqual([
      ['Accueil', '2023-10-05T09:30:00+02:00', null],
      ['Plénière', '2023-10-05T10:00:00+02:00', null],
    ]);
    expect(p.sessions.every((s) => s.dateKnown)).toBe(true);
    expect(p.event).toEqual({
      title: 'Forum',
      start: '2023-10-05T09:00:00+02:00',
      end: '2023-10-05T17:30:00+02:00',
      location: 'Palais des congrès',
      url: '/evenements/forum',
    });
  });

  it('event_start_date without a time: the event starts with its first session', () => {
    const p = parseProgramme(`---
title: Forum
event_start_date: 2023-10-05
---

* 9h30 : Accueil
* 10h : Plénière
`);
    expect(p.sessions.map((s) => s.day)).toEqual(['2023-10-05', '2023-10-05']);
    expect(p.event.start).toBe('2023-10-05T09:30:00+02:00');
    expect(p.event.end).toBeNull();
  });

  it('an unusable event date is reported and ignored', () => {
    const p = parseProgramme(`---
event_start_date: 1800-01-01
---

* 10h : Atelier
`, { referenceDate: '2023-01-01' });
    expect(only(p).start).toBe('2023-01-01T10:00:00+01:00');
    expect(rules(p)).toEqual(['invalid-front-matter', 'no-date']);
    expect(p.event.start).toBeNull();
  });

  it('invalid YAML is reported and the body still read', () => {
    const p = parseProgramme(`---
title: [oops
---

**12 juin 2023**

* 10h : Atelier
`);
    expect(summary(p)).toEqual([['Atelier', '2023-06-12T10:00:00+02:00', null]]);
    expect(rules(p)).toEqual(['invalid-front-matter']);
    expect(p.diagnostics[0]!.severity).toBe('warning');
  });
});

describe('parseProgramme: the day the page announces', () => {
  it('a moved event: the day the page announces wins over the front matter', () => {
    const p = parseProgramme(`---
title: Journée annuelle
event_start_date: 2026-06-02 09:00:00 +02:00
---

**Changement de date : la journée, initialement annoncée le 2 juin, aura lieu le jeudi 4 juin 2026.**

**9h** Accueil
`);
    expect(summary(p)).toEqual([['Accueil', '2026-06-04T09:00:00+02:00', null]]);
    expect(p.event.start?.slice(0, 10)).toBe('2026-06-04');
  });

  it('the front matter stays when the announced day is one of its days', () => {
    const p = parseProgramme(`---
event_start_date: 2023-12-07 09:00:00 +01:00
event_end_date: 2023-12-09 18:00:00 +01:00
---

Le forum se tiendra le 8 décembre 2023 à Lille.

* 9h30 : Accueil
`);
    expect(summary(p)).toEqual([['Accueil', '2023-12-07T09:30:00+01:00', null]]);
  });

  it('an announced date wins over an earlier date of the text', () => {
    const p = parseProgramme(`# Réunion publique sur le PPRi

La révision a été prescrite par arrêté du 14 mars 2023.

Une réunion publique se tiendra le **jeudi 12 septembre 2024 de 18h à 20h30**.

À 18h00, mot d'accueil du maire.
`);
    expect(summary(p)).toEqual([["mot d'accueil du maire", '2024-09-12T18:00:00+02:00', null]]);
  });
});

describe('parseProgramme: no date at all', () => {
  it('uses the reference date, marks dates unknown and reports each session', () => {
    const p = parseProgramme('# Programme\n\n* 9h : Accueil\n* 10h : Atelier\n', { referenceDate: '2024-02-10' });
    expect(summary(p)).toEqual([
      ['Accueil', '2024-02-10T09:00:00+01:00', null],
      ['Atelier', '2024-02-10T10:00:00+01:00', null],
    ]);
    expect(p.sessions.map((s) => s.dateKnown)).toEqual([false, false]);
    expect(p.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['no-date', 3, 3],
      ['no-date', 4, 3],
    ]);
    expect(p.event.start).toBeNull();
  });
});

describe('parseProgramme: clock changes', () => {
  it('takes the first of a wall-clock time that happens twice, and says so', () => {
    const p = parseProgramme('**29 octobre 2023**\n\n* 2h30 : Veille\n');
    expect(p.sessions[0]?.start).toBe('2023-10-29T02:30:00+02:00');
    expect(rules(p)).toContain('ambiguous-time');
  });

  it('reports a time skipped by the spring change', () => {
    const p = parseProgramme('**26 mars 2023**\n\n* 2h30 : Veille\n');
    expect(p.sessions[0]?.start).toBe('2023-03-26T03:30:00+02:00');
    expect(rules(p)).toContain('nonexistent-time');
  });
});

describe('parseProgramme: whole-programme checks', () => {
  const rulesAt = (p: Programme, rule: string) => p.diagnostics.filter((d) => d.rule === rule).map((d) => [d.line, d.column]);

  it('reports a session written twice', () => {
    const p = parseProgramme('**12 mars 2024**\n\n- 9h : Accueil\n- 9h : Accueil\n');
    expect(rulesAt(p, 'duplicate-session')).toEqual([[4, 3]]);
  });

  it('reports sessions that overlap without nesting, not nested or parallel ones', () => {
    const p = parseProgramme('**12 mars 2024**\n\n- 9h-12h : Plénière\n- 9h30-10h : Discours\n- 11h-13h : Atelier\n- 11h-13h : Autre atelier\n');
    expect(rulesAt(p, 'overlapping-sessions')).toEqual([[5, 3], [6, 3]]);
  });

  it('names the session that ends first among those a session overlaps, once per session', () => {
    const p = parseProgramme('**12 mars 2024**\n\n- 9h-11h : Long\n- 9h-10h : Court\n- 9h30-12h : Chevauche\n- 9h30-10h30 : Tient dans Long\n');
    expect(p.diagnostics.filter((d) => d.rule === 'overlapping-sessions').map((d) => [d.line, d.message])).toEqual([
      [5, '"Chevauche" starts before "Court" ends, and neither holds the other.'],
      [6, '"Tient dans Long" starts before "Court" ends, and neither holds the other.'],
    ]);
  });

  it('a thousand sessions in one slot overlap nothing', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `- 9h-10h : Atelier ${i}`).join('\n');
    const p = parseProgramme(`**12 mars 2024**\n\n${items}\n- 9h30-10h30 : Suite\n`);
    expect(p.sessions).toHaveLength(1001);
    expect(rulesAt(p, 'overlapping-sessions')).toEqual([[1003, 3]]);
  });

  it('reports a link left as template text', () => {
    const p = parseProgramme('[S’inscrire](<lien à ajouter>) et [programme](#)\n\n<a href="lien à ajouter">Inscription</a>\n');
    expect(rulesAt(p, 'placeholder')).toEqual([[1, 2], [1, 36], [3, 26]]);
  });

  it('reports a front matter value left as template text, at its place in the page', () => {
    const page = '---\ntitle: Journée\nchamps_informations:\n- intitule: Inscription\n  contenu: lien à ajouter\n- intitule: Intervenants\n  contenu: à venir\n---\n\n**12 mars 2024**\n\n- 9h : Accueil\n';
    const p = parseProgramme(page);
    expect(rulesAt(p, 'placeholder')).toEqual([[5, 12]]);
    expect(page.split('\n')[4]!.slice(11)).toBe('lien à ajouter');
  });

  it('reports a malformed time with its place', () => {
    const p = parseProgramme('**12 mars 2024**\n\n- 9h7 : Accueil\n');
    expect(p.sessions).toEqual([]);
    expect(rulesAt(p, 'unparsed-time')).toEqual([[3, 3]]);
  });

  it('warns once when dates have no year and the page gives none', () => {
    const p = parseProgramme('**Mardi 12 mars**\n\n- 9h : Accueil\n\n**Mercredi 13 mars**\n\n- 9h : Accueil\n');
    expect(rulesAt(p, 'ambiguous-year')).toEqual([[1, 3]]);
    expect(rulesAt(parseProgramme('**Mardi 12 mars**\n\n- 9h : Accueil\n', { referenceDate: '2024-01-01' }), 'ambiguous-year')).toEqual([]);
  });

  it('refuses input larger than maxInputBytes with a clear error', () => {
    expect(() => parseProgramme('é'.repeat(600), { maxInputBytes: 1000 })).toThrow(/larger than 1000 bytes/);
    expect(parseProgramme('é'.repeat(400), { maxInputBytes: 1000 }).sessions).toEqual([]);
  });
});

describe('parseProgramme: pages too deep for the Markdown tools', () => {
  it('reads a line nested 10 000 levels deep up to the cap, with a deep-nesting warning', () => {
    const p = parseProgramme(`${'> '.repeat(10000)}9h Accueil\n`);
    expect(p.diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([
      ['deep-nesting', 'warning', 1],
      ['not-a-session', 'info', 1],
    ]);
  });

  it('leaves out an HTML block nested too deep for the HTML tools, and reads the rest of the page', () => {
    const page = `**25 avril 2018**\n\n- 9h : Accueil\n\n${'<table><tr><td>'.repeat(3000)}10h\n\n- 11h : Clôture\n`;
    const p = parseProgramme(page);
    expect(p.sessions.map((s) => [s.start, s.title])).toEqual([
      ['2018-04-25T09:00:00+02:00', 'Accueil'],
      ['2018-04-25T11:00:00+02:00', 'Clôture'],
    ]);
    expect(p.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column])).toEqual([['unreadable', 'error', 5, 1]]);
  });
});

describe('parseProgramme: the front matter day against announced meetings', () => {
  it('the front matter stays when the page names its day and announces another meeting', () => {
    const p = parseProgramme(`---
event_start_date: 2026-03-14 09:00:00 +01:00
---

Le collège vous ouvre ses portes le **samedi 14 mars 2026, de 9h à 12h30**.

* **9h** : ouverture des portes, accueil des familles

- Une réunion d'information pour les familles aura lieu le jeudi 2 avril 2026.
`);
    expect(summary(p)).toEqual([['ouverture des portes, accueil des familles', '2026-03-14T09:00:00+01:00', null]]);
    expect(p.event.start).toBe('2026-03-14T09:00:00+01:00');
  });
});
