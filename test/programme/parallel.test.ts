import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../src/parse.js';
import { announcesParallel } from '../../src/programme/parallel.js';

const DAY = '**12 mars 2024**\n\n';
const sessions = (body: string) =>
  parseProgramme(DAY + body, { referenceDate: '2024-01-01' }).sessions.map((s) => ({
    start: s.start.slice(11, 16),
    end: s.end?.slice(11, 16) ?? null,
    title: s.title,
    location: s.location,
    speakers: s.speakers.map((p) => p.name),
  }));

describe('announcesParallel', () => {
  it.each(['Ateliers en parallèle', 'Ateliers au choix (inscription préalable)', 'Sessions parallèles', 'Tables rondes simultanées'])('%s', (title) => {
    expect(announcesParallel(title)).toBe(true);
  });

  it.each(['Ateliers pratiques', 'Parallélisme et GPU', 'Déjeuner', 'Choix des sujets'])('%s does not', (title) => {
    expect(announcesParallel(title)).toBe(false);
  });
});

describe('parallel sessions listed under one entry', () => {
  it('one session per list item, at the entry time, with its own place and people', () => {
    expect(
      sessions(`### 14h00 – 17h00 | Ateliers en parallèle

- **Atelier 1 – Sobriété des usages** (salle Seine), animé par Paul Dargent, chargé de mission
- **Atelier 2 – Solutions fondées sur la nature** (salle Loire), animé par Inès Moreau (OFB)

### 17h00 | Clôture
`),
    ).toEqual([
      { start: '14:00', end: '17:00', title: 'Atelier 1 – Sobriété des usages', location: 'salle Seine', speakers: ['Paul Dargent'] },
      { start: '14:00', end: '17:00', title: 'Atelier 2 – Solutions fondées sur la nature', location: 'salle Loire', speakers: ['Inès Moreau'] },
      { start: '17:00', end: null, title: 'Clôture', location: null, speakers: [] },
    ]);
  });

  it('paragraphs, each with its people on the next line; the list wins over a paragraph before it', () => {
    expect(
      sessions(`### 11h – 11h45 : sessions en parallèle

**Salle Condorcet** – Mesurer l’impact d’un produit<br>
Avec Yasmina Lakhdar, coach

**Salle Olympe de Gouges** – Recruter des développeuses<br>
Avec Jérémie Vallot, chef du pôle Talents
`).map((s) => [s.title, s.speakers]),
    ).toEqual([
      ['Mesurer l’impact d’un produit', ['Yasmina Lakhdar']],
      ['Recruter des développeuses', ['Jérémie Vallot']],
    ]);
    expect(
      sessions(`#### 13h30–15h30 Ateliers en parallèle
2e séquence

* Atelier 1 — Rédiger un cahier des charges
* Atelier 2 — Évaluer le coût complet d’un logiciel libre
`).map((s) => s.title),
    ).toEqual(['Atelier 1 — Rédiger un cahier des charges', 'Atelier 2 — Évaluer le coût complet d’un logiciel libre']);
  });

  it('an announcement with one item, or none, stays one session', () => {
    expect(sessions('- 14h : Ateliers au choix : card sorting, tests guérilla\n- 16h : Clôture\n').map((s) => s.title)).toEqual([
      'Ateliers au choix : card sorting, tests guérilla',
      'Clôture',
    ]);
    expect(sessions('### 14h Ateliers au choix\n\n- Atelier unique\n').map((s) => s.title)).toEqual(['Ateliers au choix']);
  });

  it('without a parallel cue the list stays the description of one session', () => {
    expect(sessions('### 14h–16h Ateliers pratiques\n\n* Exercice de crise\n* Sauvegardes\n').map((s) => s.title)).toEqual(['Ateliers pratiques']);
  });
});
