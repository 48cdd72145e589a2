import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../src/parse.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { treeToLines } from '../../src/markdown/lines.js';
import { readSeries } from '../../src/programme/series.js';

const sessions = (md: string) =>
  parseProgramme(md, { referenceDate: '2026-01-01' }).sessions.map((s) => [s.start.slice(0, 16), s.end?.slice(11, 16) ?? null, s.title, s.speakers.map((p) => p.name)]);
const lines = (md: string) => treeToLines(parseMarkdown(md), md);

const SEASON = `# Cycle de webinaires

## Programme de la saison

### 1. Ouvrir ses données sans se perdre

**Mardi 13 octobre 2026 · 11h00–12h00**

Intervenants : Julien MARCHAL (Région Occitanie), Amina TOURÉ (Cerema)

### 2. Cartographier les friches

**17/11/2026, de 14 h à 15 h 15**

Avec Thomas GIRAUD (DGALN).

### 3. Données et participation citoyenne

~~Jeudi 4 mars 2027, 11h00~~ **Reporté au jeudi 11 mars 2027, 11h00–12h00**

### 4. Clôture de saison

**Date à confirmer (fin mars 2027)**
`;

describe('series pages: titled headings each dated on the line below', () => {
  it('one session per heading, titled by it, with the people below it', () => {
    expect(sessions(SEASON)).toEqual([
      ['2026-10-13T11:00', '12:00', 'Ouvrir ses données sans se perdre', ['Julien MARCHAL', 'Amina TOURÉ']],
      ['2026-11-17T14:00', '15:15', 'Cartographier les friches', ['Thomas GIRAUD']],
      ['2027-03-11T11:00', '12:00', 'Données et participation citoyenne', []],
    ]);
  });

  it('a single heading dated below it is the event, not a session', () => {
    const md = '# Journée régionale\n\n## Programme\n\n**Jeudi 22 mai 2025, 9h30 – 17h**\n\nUne journée d’échanges.\n';
    expect(readSeries(lines(md)).size).toBe(0);
    expect(sessions(md)).toEqual([]);
  });

  it('sections whose first time is a sentence about hours, or an entry of its own, are no series', () => {
    const md =
      '### Ressources\n\nLe serveur Jupyter partagé est accessible de 8h à 22h le samedi.\n\n### Rendu des projets\n\nChaque équipe pousse son code sur son dépôt avant dimanche 12h.\n\n### Samedi 14 octobre\n\n- 9h : Accueil\n';
    expect(readSeries(lines(md)).size).toBe(0);
  });
});

describe('activity pages: a heading per activity, its days and hours in the text below', () => {
  it('weekdays of the event, several hours, a date, a range, a time after its lead', () => {
    const md = `# Journées du patrimoine

Les **samedi 19 et dimanche 20 septembre 2026**, le musée participe aux Journées européennes du patrimoine.

> **Ouverture exceptionnelle : samedi et dimanche de 10h à 18h**

### Visite guidée des réserves

Accompagnés d'un médiateur, découvrez les réserves.
Samedi et dimanche, visites à 10h et 15h.

### Conférence « Trois siècles d'histoire »

Dimanche 20 septembre à 11h, auditorium (80 places).
Par Odile Fauconnier, directrice des musées de Romorantin.

### Atelier familles

Samedi, de 14h à 16h30, en continu dans la salle pédagogique.

### Démonstration de taille de pierre

Dans le jardin, à partir de 15h le dimanche, avec Yannick LE GOFF, tailleur de pierre.
`;
    expect(sessions(md)).toEqual([
      ['2026-09-19T10:00', null, 'Visite guidée des réserves', []],
      ['2026-09-19T15:00', null, 'Visite guidée des réserves', []],
      ['2026-09-20T10:00', null, 'Visite guidée des réserves', []],
      ['2026-09-20T15:00', null, 'Visite guidée des réserves', []],
      ['2026-09-20T11:00', null, "Conférence « Trois siècles d'histoire »", ['Odile Fauconnier']],
      ['2026-09-19T14:00', '16:30', 'Atelier familles', []],
      ['2026-09-20T15:00', null, 'Démonstration de taille de pierre', ['Yannick LE GOFF']],
    ]);
  });
});

describe('site pages: a heading per place, its activities named on the line that dates them', () => {
  it('the activity titles its sessions; opening hours, a shuttle timetable and a closure are not sessions', () => {
    const md = `# Journées du patrimoine à Castelroux

<p><strong>Samedi 20 et dimanche 21 septembre 2025</strong>, la ville ouvre ses monuments.</p>

## Chapelle des Ursulines

Ouverture exceptionnelle samedi et dimanche de 10h à 18h (dernière entrée 17h30).

**Visites guidées de la chapelle à 10h et 16h, samedi et dimanche** (durée : 45 min).

## Hôtel de ville

<strong>Samedi 20 septembre</strong><br>
Visite des salons d'honneur, à 11h et à 15h30, en présence de M. le Maire, Bernard Lachaume.<br>

## Moulin de la Garenne

Démonstration de mouture **dimanche à 11h** par l'association Les Amis du moulin.

### Se déplacer

| Navette gratuite | Départ | Fréquence |
|---|---|---|
| Place du Marché → Moulin | de 9h30 à 18h30 | toutes les 30 minutes |
`;
    expect(sessions(md)).toEqual([
      ['2025-09-20T10:00', null, 'Visites guidées de la chapelle', []],
      ['2025-09-20T16:00', null, 'Visites guidées de la chapelle', []],
      ['2025-09-21T10:00', null, 'Visites guidées de la chapelle', []],
      ['2025-09-21T16:00', null, 'Visites guidées de la chapelle', []],
      ['2025-09-20T11:00', null, "Visite des salons d'honneur", ['Bernard Lachaume']],
      ['2025-09-20T15:30', null, "Visite des salons d'honneur", ['Bernard Lachaume']],
      ['2025-09-21T11:00', null, 'Démonstration de mouture', []],
    ]);
  });
});

describe('struck-out times', () => {
  it('a struck-out time in a programme is not a session', () => {
    expect(sessions('**12 mars 2026**\n\n- ~~9h00 : Accueil~~ (annulé)\n- 9h30 : Ouverture\n')).toEqual([['2026-03-12T09:30', null, 'Ouverture', []]]);
  });
});
