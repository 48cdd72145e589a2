/**
 * Layouts met on pages of the genre that the corpus does not show, each on a
 * small page written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../src/parse.js';
import type { Programme } from '../../src/types.js';

const parse = (md: string): Programme => parseProgramme(md, { referenceDate: '2024-01-10' });
const summary = (p: Programme) => p.sessions.map((s) => [s.start.slice(0, 16), s.end ? s.end.slice(11, 16) : null, s.title]);
const people = (p: Programme) => p.sessions.map((s) => [s.title, s.speakers.map((x) => [x.name, x.role, x.organisation])]);

describe('layouts of the genre', () => {
  it('reads a programme written in HTML, dated in an HTML paragraph', () => {
    const p = parse(
      '<p>Rendez-vous le <strong>mardi 12 mars 2024</strong> à Lyon.</p>\n\n<table><thead><tr><th>Heure</th><th>Séquence</th><th>Intervenants</th></tr></thead>\n<tbody><tr><td>9h00</td><td>Accueil</td><td></td></tr>\n<tr><td>9h30 à 10h30</td><td>Conférence</td><td>Claire Martin, directrice, Ville de Lyon<br>Paul Roux (ANCT)</td></tr></tbody></table>',
    );
    expect(summary(p)).toEqual([
      ['2024-03-12T09:00', null, 'Accueil'],
      ['2024-03-12T09:30', '10:30', 'Conférence'],
    ]);
    expect(people(p)[1]).toEqual(['Conférence', [['Claire Martin', 'directrice', 'Ville de Lyon'], ['Paul Roux', null, 'ANCT']]]);
  });

  it('gives one session to each talk listed under a time-only heading', () => {
    const p = parse('**12 mars 2024**\n\n### 17h00\n\n- Les données ouvertes, par Paul Durand\n- La sobriété numérique, par Anne Morel\n\n### 18h00 Cocktail\n');
    expect(summary(p)).toEqual([
      ['2024-03-12T17:00', null, 'Les données ouvertes'],
      ['2024-03-12T17:00', null, 'La sobriété numérique'],
      ['2024-03-12T18:00', null, 'Cocktail'],
    ]);
    expect(people(p).map(([, s]) => s)).toEqual([[['Paul Durand', null, null]], [['Anne Morel', null, null]], []]);
  });

  it('keeps the untimed items under a titled entry as its own content', () => {
    const p = parse('**12 mars 2024**\n\n- 14h-17h : Ateliers pratiques\n  - Atelier A, animé par Paul Durand\n  - Atelier B, animé par Anne Morel\n');
    expect(summary(p)).toEqual([['2024-03-12T14:00', '17:00', 'Ateliers pratiques']]);
    expect(p.sessions[0]?.speakers.map((x) => [x.name, x.part])).toEqual([['Paul Durand', 'moderator'], ['Anne Morel', 'moderator']]);
  });

  it('makes the items under "Ateliers au choix" parallel sessions at its time', () => {
    const p = parse('**12 mars 2024**\n\n- 14h-17h : Ateliers au choix\n  - Atelier A, animé par Paul Durand\n  - Atelier B, animé par Anne Morel\n');
    expect(summary(p)).toEqual([
      ['2024-03-12T14:00', '17:00', 'Atelier A'],
      ['2024-03-12T14:00', '17:00', 'Atelier B'],
    ]);
    expect(p.sessions.map((s) => s.speakers.map((x) => [x.name, x.part]))).toEqual([[['Paul Durand', 'moderator']], [['Anne Morel', 'moderator']]]);
  });

  it('reads a date column and parallel tracks in tables', () => {
    const dated = parse('| Jour | Heure | Activité |\n|---|---|---|\n| Mer. 3 juillet | 9h-9h30 | Accueil |\n| | 9h30-12h | Ateliers |\n| Jeu. 4 juillet | 9h-10h | Restitution |\n');
    expect(summary(dated)).toEqual([
      ['2024-07-03T09:00', '09:30', 'Accueil'],
      ['2024-07-03T09:30', '12:00', 'Ateliers'],
      ['2024-07-04T09:00', '10:00', 'Restitution'],
    ]);
    const tracks = parse('**5 juin 2024**\n\n| Horaire | Salle A | Salle B |\n|---|---|---|\n| 10h-11h | Open data — Léa Fontaine (Etalab) | Cartographie — Hugo Petit (IGN) |\n');
    expect(tracks.sessions.map((s) => [s.start.slice(11, 16), s.title, s.location, s.speakers.map((x) => x.name)])).toEqual([
      ['10:00', 'Open data', 'Salle A', ['Léa Fontaine']],
      ['10:00', 'Cartographie', 'Salle B', ['Hugo Petit']],
    ]);
  });

  it('does not take practical information or recording timecodes for sessions', () => {
    const info = parse('- **Date :** jeudi 22 mai 2025, de 9h30 à 17h\n- **Lieu :** Maison de la culture\n\n## Programme\n\n- 9h30 : Accueil\n');
    expect(summary(info)).toEqual([['2025-05-22T09:30', null, 'Accueil']]);
    const replay = parse('**5 octobre 2023**\n\n- 00:00 Introduction\n- 02:15 Allocution d’ouverture\n- 18:40 Table ronde\n');
    expect(replay.sessions).toEqual([]);
    expect(replay.diagnostics.filter((d) => d.rule === 'not-a-session')).toHaveLength(3);
  });

  it('reads "À 14 h, …" as an entry', () => {
    const p = parse('**2 décembre 2024**\n\nÀ 14 h, conférence d’ouverture.\n\nÀ 16h : atelier pratique.\n');
    expect(summary(p)).toEqual([
      ['2024-12-02T14:00', null, 'conférence d’ouverture'],
      ['2024-12-02T16:00', null, 'atelier pratique'],
    ]);
  });

  it('cuts speakers, durations and labelled lines from titles', () => {
    const p = parse(
      '**12 mars 2024**\n\n- 9h : Introduction, Dr Paul Keller, président de la société savante\n- 9h30 : Mot de la présidente, Fabienne Roche\n- 10h : Lightning talks (5 min chacun)\n- 11h : Clôture par M. le sous-préfet\n\n15:30 – 17:30 Pitchs devant le jury\nJury : Hélène Castaing (ARS), Marc Durieux (Inserm)\n',
    );
    expect(people(p)).toEqual([
      ['Introduction', [['Paul Keller', 'président', 'société savante']]],
      ['Mot de la présidente', [['Fabienne Roche', 'présidente', null]]],
      ['Lightning talks', []],
      ['Clôture', []],
      ['Pitchs devant le jury', [['Hélène Castaing', null, 'ARS'], ['Marc Durieux', null, 'Inserm']]],
    ]);
  });
});

describe('people in the layouts of the genre', () => {
  const one = (line: string) => people(parse(`**12 mars 2024**\n\n- 10h : Table ronde\n  - ${line}\n`))[0]?.[1];

  it.each([
    ['Ségolène Martin, directrice, Ville de Lorient', [['Ségolène Martin', 'directrice', 'Ville de Lorient']]],
    ['*Jeanne Vasseur (LIRMM, CNRS)*', [['Jeanne Vasseur', null, 'LIRMM, CNRS']]],
    ['Loïc CHAMPEAUX, président du Conseil régional de Bretagne', [['Loïc CHAMPEAUX', 'président', 'Conseil régional de Bretagne']]],
    ['Armelle Tanguy, DGS, Ville de Lorient', [['Armelle Tanguy', 'DGS', 'Ville de Lorient']]],
    ['Anne Roux, chercheuse en sciences politiques, Sciences Po Bordeaux', [['Anne Roux', 'chercheuse en sciences politiques', 'Sciences Po Bordeaux']]],
    ['Marie Dupré, secrétaire d’État chargée du Numérique', [['Marie Dupré', 'secrétaire d’État chargée du Numérique', null]]],
    ['Jean Blanc, préfet de la Vienne', [['Jean Blanc', 'préfet de la Vienne', null]]],
    ['Sylvie Laroche, présidente du conseil d’administration de l’OFB', [['Sylvie Laroche', 'présidente du conseil d’administration', 'OFB']]],
    ['Antoine Kuntz (Access42) — apportez votre ordinateur', [['Antoine Kuntz', null, 'Access42']]],
    ['Lina Aït-Saïd : *Explications contrefactuelles*', [['Lina Aït-Saïd', null, null]]],
  ])('%s', (line, expected) => {
    expect(one(line)).toEqual(expected);
  });

  it.each([
    ['Mot d’accueil de M. Jean Blanc, préfet, et de Mme Odile Carrère, présidente du département', [['Jean Blanc', 'préfet', null], ['Odile Carrère', 'présidente du département', null]]],
    ['Table ronde animée par Anne Morel, avec Paul Durand et Léa Fontaine', [['Anne Morel', null, null], ['Paul Durand', null, null], ['Léa Fontaine', null, null]]],
    ['Bilan financier présenté par le trésorier Gilles Aubert', [['Gilles Aubert', 'trésorier', null]]],
  ])('%s', (entry, expected) => {
    expect(people(parse(`**12 mars 2024**\n\n- 10h : ${entry}\n`))[0]?.[1]).toEqual(expected);
  });
});

describe('people in the layouts of the genre, third round', () => {
  const entry = (text: string) => people(parse(`**12 mars 2024**\n\n${text}\n`));

  it.each([
    ['### 09:45 – 10:30 DuckDB en production\n\n👤 Florent Guéguen — data engineer @ Crédit Mutuel Arkéa', [['DuckDB en production', [['Florent Guéguen', 'data engineer', 'Crédit Mutuel Arkéa']]]]],
    ['- 9:00–10:30 Cours 1 : Compression de réseaux de neurones (Lucie Carpentier, Inria Grenoble)', [['Cours 1 : Compression de réseaux de neurones', [['Lucie Carpentier', null, 'Inria Grenoble']]]]],
    ['- **10h30–10h50** — *Mélanges de régressions* — Anaïs Delorme (doctorante, Université de Lille)', [['Mélanges de régressions', [['Anaïs Delorme', 'doctorante', 'Université de Lille']]]]],
    ['- 10h : Keynote par Romain Perrault (Cerema) : « Donnée et territoires »', [['Keynote', [['Romain Perrault', null, 'Cerema']]]]],
    ['- 10h : Pitchs – session 1', [['Pitchs – session 1', []]]],
    ['- 10h : Pitchs devant le jury présidé par Aurore Ngatcha', [['Pitchs devant le jury', [['Aurore Ngatcha', null, null]]]]],
    ['- 10h : Atelier sécurité, avec un représentant de Cybermalveillance', [['Atelier sécurité', []]]],
    ['- 10h : Table ronde avec Bruno Cazeneuve (UGA), un représentant de la Région', [['Table ronde', [['Bruno Cazeneuve', null, 'UGA']]]]],
  ])('%s', (text, expected) => {
    expect(entry(text)).toEqual(expected);
  });
});

describe('layouts of the genre, fourth round', () => {
  it('a part of the day before the hours ("Matin : 9h–12h30 — Title"), "après-midi" holding no time', () => {
    const p = parse('### Jour 1 — lundi 16 mars 2026\n\n**Matin : 9h–12h30 — Comprendre le cadre**\n\n12h30–13h30 : Déjeuner\n\n**Après-midi : 13h30–17h — Le RGAA pas à pas**\n');
    expect(summary(p)).toEqual([
      ['2026-03-16T09:00', '12:30', 'Comprendre le cadre'],
      ['2026-03-16T12:30', '13:30', 'Déjeuner'],
      ['2026-03-16T13:30', '17:00', 'Le RGAA pas à pas'],
    ]);
  });

  it('a table of practical information is not a programme', () => {
    const p = parse('**16 mars 2026**\n\n| | |\n|---|---|\n| Public | Chefs de projet |\n| Durée | 16 heures |\n\n9h : Accueil\n');
    expect(summary(p)).toEqual([['2026-03-16T09:00', null, 'Accueil']]);
    expect(p.diagnostics.some((d) => d.rule === 'not-a-session' && d.message.includes('"16 heures"') && d.message.includes('Durée'))).toBe(true);
  });

  it('"J+16 — jeudi 2 avril 2026" is the 2nd of April, not a range from the 16th', () => {
    const p = parse('### Jour 1 — lundi 16 mars 2026\n\n9h : Accueil\n\n### J+16 — jeudi 2 avril 2026\n\n**14h–16h : Retour sur les mises en pratique**\n');
    expect(summary(p)).toEqual([
      ['2026-03-16T09:00', null, 'Accueil'],
      ['2026-04-02T14:00', '16:00', 'Retour sur les mises en pratique'],
    ]);
  });

  it('a people label opening the last sentence of a paragraph under a session', () => {
    const p = parse('**2 avril 2026**\n\n**14h–16h : Retour d’expérience**\n\nChaque stagiaire présente son audit (10 minutes par personne). Animation : Nadia BELKACEM.\n');
    expect(people(p)).toEqual([['Retour d’expérience', [['Nadia BELKACEM', null, null]]]]);
  });

  it('"Par le Dr …, et …, tous deux au laboratoire …": the honorific with its article, a body shared by both', () => {
    const p = parse(
      '### Sobriété énergétique\n\n**Jeudi 10 décembre 2026, à 11 heures**\n\nPar le Dr Karim HADDAD, ingénieur de recherche, et Lina ROSSI, doctorante, tous deux au laboratoire LOCIE (Université Savoie Mont Blanc).\n\n### Données\n\n**Jeudi 17 décembre 2026, à 11 heures**\n',
    );
    expect(people(p)).toEqual([
      [
        'Sobriété énergétique',
        [
          ['Karim HADDAD', 'ingénieur de recherche', 'laboratoire LOCIE (Université Savoie Mont Blanc)'],
          ['Lina ROSSI', 'doctorante', 'laboratoire LOCIE (Université Savoie Mont Blanc)'],
        ],
      ],
      ['Données', []],
    ]);
  });
});

describe('colloquium sessions written as bold paragraphs', () => {
  const md = `### Jour 1 — mercredi 3 juin 2026

**Session 1 – Dire l'événement (15h45–18h00)**
*Présidence de séance : Mme la Pr Hélène ROUX (Université Bordeaux Montaigne)*

- 15h45 — Julien PASQUIER (Nantes Université) : « Les relations imprimées »

**Session 2 – Archives du risque** | 9h00-12h30 | Amphithéâtre Descartes
Présidence de séance : Thomas BRIAND (CNRS)

| Heure | Intervenant·e | Communication |
|-------|---------------|---------------|
| 9h00 | Sophie KERMARREC (Archives départementales du Finistère) | Les fonds des sinistres |
| 10h00 | *Pause* | |

**12h30–14h00** Déjeuner (restaurant universitaire Roche-d'Argent)

Une phrase ordinaire, qui cite une plage (9h–12h).
`;

  it('a bold title closed by its range is a session, its chair a moderator, its room kept', () => {
    const p = parse(md);
    expect(summary(p)).toEqual([
      ['2026-06-03T15:45', '18:00', "Session 1 – Dire l'événement"],
      ['2026-06-03T15:45', null, 'Les relations imprimées'],
      ['2026-06-03T09:00', '12:30', 'Session 2 – Archives du risque'],
      ['2026-06-03T09:00', null, 'Les fonds des sinistres'],
      ['2026-06-03T10:00', null, 'Pause'],
      ['2026-06-03T12:30', '14:00', 'Déjeuner'],
    ]);
    expect(p.sessions[5]!.location).toBe("restaurant universitaire Roche-d'Argent");
    expect(p.sessions[0]!.speakers.map((x) => [x.name, x.part, x.organisation])).toEqual([['Hélène ROUX', 'moderator', 'Université Bordeaux Montaigne']]);
    expect(p.sessions[2]!.location).toBe('Amphithéâtre Descartes');
    expect(people(p)[3]).toEqual(['Les fonds des sinistres', [['Sophie KERMARREC', null, 'Archives départementales du Finistère']]]);
  });
});

describe('layouts of the genre, fifth round', () => {
  it('a night programme runs past midnight into the next day', () => {
    const p = parse("### Samedi 11 juillet 2026\n\n- **21h30** · Concert\n- **23h45** · Feu d'artifice\n- **00h15 – 02h00** · DJ set de clôture\n\n### Dimanche 12 juillet 2026\n\n- **10h** · Brunch\n");
    expect(summary(p)).toEqual([
      ['2026-07-11T21:30', null, 'Concert'],
      ['2026-07-11T23:45', null, "Feu d'artifice"],
      ['2026-07-12T00:15', '02:00', 'DJ set de clôture'],
      ['2026-07-12T10:00', null, 'Brunch'],
    ]);
  });

  it('short paragraphs closed by their time, "À partir de" leading a time, a zone note after it', () => {
    const p = parse(
      "**12 mars 2026**\n\n**À partir de 18h** : accueil en musique\n\nDéjeuner (12h30 – 13h30)\n\nÉvaluation des acquis (QCM) – 15h30\n\n**16h00 (heure de Paris) : Visioconférence**\n\nLe colloque se tient de 9h à 17h30 dans l'amphithéâtre.\n",
    );
    expect(summary(p)).toEqual([
      ['2026-03-12T18:00', null, 'accueil en musique'],
      ['2026-03-12T12:30', '13:30', 'Déjeuner'],
      ['2026-03-12T15:30', null, 'Évaluation des acquis (QCM)'],
      ['2026-03-12T16:00', null, 'Visioconférence'],
    ]);
  });

  it('an end with a remark, the next meeting and opening hours are not sessions', () => {
    const p = parse(
      "**12 février 2026**\n\n- 19h — Talks\n- 22h15 — Fin officielle, on continue au bar d'à côté 🍻\n- Prochaine séance : jeudi 13 novembre 2025 à 19h00.\n- **Exposants** : l'espace est ouvert le 12 février de 8h30 à 18h.\n",
    );
    expect(summary(p)).toEqual([['2026-02-12T19:00', null, 'Talks']]);
    expect(p.event.end).toBe('2026-02-12T22:15:00+01:00');
  });

  it('"**[16h15] Conclusion** par M. Philippe Garnier": the abbreviation ends no sentence', () => {
    const p = parse('**12 mars 2026**\n\n**\\[16h15\\] Conclusion** par M. Philippe Garnier-Loiseau\n');
    expect(people(p)).toEqual([['Conclusion', [['Philippe Garnier-Loiseau', null, null]]]]);
  });
});

describe('people in the layouts of the genre, fourth round', () => {
  it.each([
    [
      "Lecture musicale par la comédienne Maëlle N'Diaye et le violoncelliste Jean-Noël Bertrand-Lacoste",
      [["Maëlle N'Diaye", 'comédienne', null], ['Jean-Noël Bertrand-Lacoste', 'violoncelliste', null]],
    ],
    ['Formation\n\n  Intervenante : Me Sandrine Oudin', [['Sandrine Oudin', null, null]]],
    ['Échanges\n\n  Intervenants : Laurent Mathieu et un(e) référent(e) déontologue (selon disponibilité)', [['Laurent Mathieu', null, null]]],
    ['Mots d’accueil\n  - la directrice générale du CHU de La Réunion, Mme Lucie Hoarau-Payet', [['Lucie Hoarau-Payet', 'directrice générale', 'CHU de La Réunion']]],
  ])('%s', (entry, expected) => {
    expect(people(parse(`**12 mars 2024**\n\n- 10h : ${entry}\n`))[0]?.[1]).toEqual(expected);
  });

  it('a body named in a table cell is not a person', () => {
    const p = parse("**12 mars 2024**\n\n| Horaire | Séquence | Intervenants |\n|---|---|---|\n| 9h | Retours d'expérience | Ville de Sète ; Régie Eau d'Azur ; Anne Roth (Cerema) |\n");
    expect(people(p)).toEqual([["Retours d'expérience", [['Anne Roth', null, 'Cerema']]]]);
  });
});

describe('days of the month under a month title', () => {
  it('"Lundi 16" is not placed after a date met further down the page', () => {
    const p = parseProgramme(
      '---\ndate: 2026-10-30\n---\n\n# Novembre 2026\n\n### Lundi 16\n\n**18h30** – Club lecture ados\n\n### Mardi 17\n\n**20h** – Ciné-débat\n\n## À venir\n\n- Samedi 28 novembre : Nuit des jeux de société\n',
    );
    expect(summary(p)).toEqual([
      ['2026-11-16T18:30', null, 'Club lecture ados'],
      ['2026-11-17T20:00', null, 'Ciné-débat'],
    ]);
  });
});

describe('a programme pasted from a PDF, sixth round', () => {
  it('the date over the event hours, a bracket wrapped over a time, a sentence under the workshops', () => {
    const p = parse(
      'Jeudi 4 février 2027\n9h00 – 16h45\n\n9H00\nAccueil des participants – café\n\n12H15-13H45 Déjeuner libre\n(restaurant administratif, niveau -1, ouvert\nde 11h45 à 14h)\n\n14H30-15H30 Ateliers thématiques (au choix, inscription préalable)\nAtelier 1 – Urbanisme favorable à la santé (salle Rhône)\nAtelier 2 – Lutte contre l’ambroisie (salle Saône)\nChaque atelier est co-animé par un ingénieur de l’ARS et un partenaire.\n',
    );
    expect(summary(p)).toEqual([
      ['2027-02-04T09:00', null, 'Accueil des participants – café'],
      ['2027-02-04T12:15', '13:45', 'Déjeuner libre'],
      ['2027-02-04T14:30', '15:30', 'Atelier 1 – Urbanisme favorable à la santé'],
      ['2027-02-04T14:30', '15:30', 'Atelier 2 – Lutte contre l’ambroisie'],
    ]);
  });

  it('an all-day note in a table row without time is not a session', () => {
    const p = parse('**21 novembre 2025**\n\n| Horaire | Séquence |\n|---|---|\n| 16 h 45 | Verre de l’amitié |\n| | *Toute la journée : village des partenaires dans le hall* |\n');
    expect(summary(p)).toEqual([['2025-11-21T16:45', null, 'Verre de l’amitié']]);
  });
});

describe("the event's day", () => {
  it('a line opening with a date and its hours wins over a later sentence announcing another date', () => {
    const p = parse(
      '# Webinaire SIGNAL\n\n> 📅 **Mardi 9 juin 2026, de 11 h à 12 h**\n\n## Programme\n\n**11 h 00 – 11 h 50 | Présentation de la plateforme**\n\n## Inscription\n\nUne seconde session, au contenu identique, aura lieu le **jeudi 2 juillet 2026 à 14 h**.\n',
    );
    expect(p.event.start).toBe('2026-06-09T11:00:00+02:00');
    expect(summary(p)).toEqual([['2026-06-09T11:00', '11:50', 'Présentation de la plateforme']]);
  });
});

describe('a congress pasted from a PDF, seventh round', () => {
  it('a wrapped deadline is no session; ends in a people phrase; the day ends on "Fin des travaux de la journée"', () => {
    const p = parse(
      'Bureau national · Circulaire n° 2026-07 · 12 mars 2026\n\n# Congrès national 2026\n\nDijon – jeudi 4 et vendredi 5 juin 2026\n\nDate limite de dépôt des amendements à la résolution générale : vendredi 15 mai 2026,\n12h. Les amendements reçus après cette date ne seront pas examinés.\n\n**Jeudi 4 juin**\n\n9h45      Rapport d’activité\n11h45     Intervention de Mme Rachida Benali, secrétaire générale adjointe de la\n          Fédération autonome de l’enseignement (FAE), jusqu’à 12h30\n14h45-17h00  Commission B « Carrières et rémunérations » — salle Rameau — animée par\n          Didier Cassou\n14h45-17h00  Commission C « Égalité professionnelle » — salle Buffon — animatrice à\n          confirmer\n19h00     Fin des travaux de la journée\n20h00     Dîner du congrès (sur réservation, 38 €)\n\nTransports : retour conseillé par le train de\n17h12. Les frais de déplacement sont remboursés.\n',
    );
    expect(summary(p)).toEqual([
      ['2026-06-04T09:45', null, 'Rapport d’activité'],
      ['2026-06-04T11:45', '12:30', 'Intervention'],
      ['2026-06-04T14:45', '17:00', 'Commission B « Carrières et rémunérations »'],
      ['2026-06-04T14:45', '17:00', 'Commission C « Égalité professionnelle »'],
      ['2026-06-04T20:00', null, 'Dîner du congrès'],
    ]);
    expect(p.sessions.map((s) => s.location)).toEqual([null, null, 'salle Rameau', 'salle Buffon', null]);
    expect(people(p)[1]).toEqual(['Intervention', [['Rachida Benali', 'secrétaire générale adjointe', 'Fédération autonome de l’enseignement (FAE)']]]);
    // The letterhead's date says less than the line with weekdays: the event is on 4 and 5 June.
    expect(p.event.start?.slice(0, 10)).toBe('2026-06-04');
    expect(p.event.end?.slice(0, 10)).toBe('2026-06-04');
  });

  it('a talk titled after its speaker keeps its label; a speaker to be named leaves the title', () => {
    const p = parse(
      '**Lundi 6 octobre 2025**\n\n**10h00 – 11h00** Conférence invitée : Pr Anders Lindqvist (Université d’Uppsala) — « Recharge des aquifères »\n\n- 12h00 Des drones pour cartographier les résurgences ? — Intervenant à confirmer\n- 14h50 Incertitudes et ensembles — Prénom Nom (organisme)\n- 20h30 Apéro & networking (offert par notre hôte)\n',
    );
    expect(summary(p)).toEqual([
      ['2025-10-06T10:00', '11:00', 'Conférence invitée : « Recharge des aquifères »'],
      ['2025-10-06T12:00', null, 'Des drones pour cartographier les résurgences ?'],
      ['2025-10-06T14:50', null, 'Incertitudes et ensembles'],
      ['2025-10-06T20:30', null, 'Apéro & networking'],
    ]);
    expect(people(p)[0]).toEqual(['Conférence invitée : « Recharge des aquifères »', [['Anders Lindqvist', null, 'Université d’Uppsala']]]);
    expect(p.sessions.slice(1).every((s) => s.speakers.length === 0)).toBe(true);
    expect(p.diagnostics.filter((d) => d.rule === 'placeholder').map((d) => d.line)).toEqual([6]);
  });
});

describe('layouts of the genre, eighth round', () => {
  it('a bracketed "fin prévue vers" is the end, and leaves the details', () => {
    const p = parse('**12 mars 2026**\n\n**12 h** Clôture du forum, avec Odile Perrichon, vice-présidente, Région Centre-Val de Loire (fin prévue vers 12 h 45)\n');
    expect(summary(p)).toEqual([['2026-03-12T12:00', '12:45', 'Clôture du forum']]);
    expect(people(p)).toEqual([['Clôture du forum', [['Odile Perrichon', 'vice-présidente', 'Région Centre-Val de Loire']]]]);
  });

  it('two rooms whose cells carry their own times and speakers', () => {
    const p = parse(
      '**10 avril 2025**\n\n| Amphi A — *Écosystèmes* | Salle B — *Géosciences* |\n|---|---|\n| 13h30 Léna Guillou (LBMO) – Réponse du phytoplancton | 13h30 Rémi Castel (GéoLittoral) – Érosion des falaises |\n| 13h45 Youssef Amrani (IRPL) – Transfert du mercure | 13h45 [Nom à confirmer] (LOCH) – Courants de marée |\n',
    );
    expect(summary(p)).toEqual([
      ['2025-04-10T13:30', null, 'Réponse du phytoplancton'],
      ['2025-04-10T13:30', null, 'Érosion des falaises'],
      ['2025-04-10T13:45', null, 'Transfert du mercure'],
      ['2025-04-10T13:45', null, 'Courants de marée'],
    ]);
    expect(people(p).map(([, list]) => list)).toEqual([[['Léna Guillou', null, 'LBMO']], [['Rémi Castel', null, 'GéoLittoral']], [['Youssef Amrani', null, 'IRPL']], []]);
    expect(p.sessions.map((s) => s.location)).toEqual(['Amphi A — Écosystèmes', 'Salle B — Géosciences', 'Amphi A — Écosystèmes', 'Salle B — Géosciences']);
  });
});

describe('layouts of the genre, ninth round', () => {
  it('an agenda whose items keep their numbers as text ("1\\. **18 h 30** – …")', () => {
    const p = parse('**jeudi 26 septembre 2024**\n\n1\\. **18 h 30** – Appel nominal et désignation du secrétaire de séance\n\n2\\. Approbation du procès-verbal\n\n10\\. **19 h 15** – Présentation du rapport d’activité 2023\n');
    expect(summary(p)).toEqual([
      ['2024-09-26T18:30', null, 'Appel nominal et désignation du secrétaire de séance'],
      ['2024-09-26T19:15', null, 'Présentation du rapport d’activité 2023'],
    ]);
  });

  it('a date, "·" and the hours open a dated entry; an address after them is the event line', () => {
    const p = parse('**Jeudi 19 septembre 2024 | 08:30 – 11:30 | CCI de l’Aube, 1 boulevard Charles Baltet, 10000 Troyes**\n\n**Mardi 11 mars 2025** · 11 h – 12 h 15 · IA et données de santé\n');
    expect(summary(p)).toEqual([['2025-03-11T11:00', '12:15', 'IA et données de santé']]);
  });

  it('a sentence before a date is no title ("La rue sera fermée le samedi 21 juin de 7h à 1h")', () => {
    const p = parse('- Atelier vélo, samedi 21 juin de 14h à 16h\n- La rue des Tanneurs sera fermée à la circulation le samedi 21 juin de 7h à 1h du matin.\n');
    expect(summary(p)).toEqual([['2025-06-21T14:00', '16:00', 'Atelier vélo']]);
    expect(p.diagnostics.filter((d) => d.rule === 'not-a-session').map((d) => d.line)).toEqual([2]);
  });

  it('a room closing the time run, then a numbered workshop and its title', () => {
    const p = parse('**12 mars 2026**\n\n- **14h – 15h30, salle Loire** — Atelier A : Coopératives d’habitants, avec Pierre-Yves Marchal (Habitat Partagé 45)\n');
    expect(summary(p)).toEqual([['2026-03-12T14:00', '15:30', 'Atelier A : Coopératives d’habitants']]);
    expect(p.sessions[0]?.location).toBe('salle Loire');
  });
});

describe('a month of library events', () => {
  it('reads "/" after the date, ends restated inside the title, age notes and invitations to bring something', () => {
    const p = parse(
      '> ⚠️ La médiathèque sera **fermée le samedi 1er novembre** (Toussaint).\n\n* **Mercredi 5 novembre 2025, 15h** — Atelier origami (7-11 ans, sur inscription, 12 places)\n* **Samedi 8 novembre, 14h-17h** — Café-réparation numérique : apportez vos tablettes et smartphones !\n* **Mercredi 12 novembre** / 16h / Projection : « Le Voyage de Tao »\n* **Mercredi 26 novembre, 14h30** — Tournoi de jeux vidéo (Mario Kart), de 14h30 à 17h, dès 8 ans\n* **Vendredi 28 novembre, 19h** — Soirée jeux de société en famille, jusqu’à 22h, avec la ludothèque Le Dé Rouge\n',
    );
    expect(summary(p)).toEqual([
      ['2025-11-05T15:00', null, 'Atelier origami'],
      ['2025-11-08T14:00', '17:00', 'Café-réparation numérique'],
      ['2025-11-12T16:00', null, 'Projection : « Le Voyage de Tao »'],
      ['2025-11-26T14:30', '17:00', 'Tournoi de jeux vidéo (Mario Kart)'],
      ['2025-11-28T19:00', '22:00', 'Soirée jeux de société en famille'],
    ]);
    // The closing day is not the event's.
    expect(p.event.start?.slice(0, 10)).toBe('2025-11-05');
  });
});

describe('a seminar series and a congress table', () => {
  it('in an item, the speaker line comes before the title line; a note after the time is no title', () => {
    const p = parse(
      '* **Mardi 20 janvier 2026, 14h-16h**  \n  Camille Aubertin (Université de Lorraine, LOTERR)  \n  *Les « petites villes de demain » à l’épreuve de la mobilité*\n\n* **Mardi 24 février 2026, 14 h 30 – 16 h 30** ⚠️ *horaire décalé*  \n  Louise Abgrall, maîtresse de conférences, Université Rennes 2  \n  *Marcher en périphérie*\n',
    );
    expect(summary(p)).toEqual([
      ['2026-01-20T14:00', '16:00', 'Les « petites villes de demain » à l’épreuve de la mobilité'],
      ['2026-02-24T14:30', '16:30', 'Marcher en périphérie'],
    ]);
    expect(people(p).map(([, list]) => list)).toEqual([
      [['Camille Aubertin', null, 'Université de Lorraine, LOTERR']],
      [['Louise Abgrall', 'maîtresse de conférences', 'Université Rennes 2']],
    ]);
  });

  it('a numbered label with its kind ("**Plénière 1 — Grand témoin** : « … »") keeps its title, quotes and all', () => {
    const p = parse('**9 juin 2026**\n\n| Horaire | Séquence | Intervenants |\n|---|---|---|\n| 10h15 – 11h15 | **Plénière 1 — Grand témoin** : « 2050, c’est demain » | Pr Hugues Valadier, climatologue, Université de Tours |\n| 11h30 | **Keynote** : « Vingt ans de logiciel libre » — Patrice Lemoal (Adullact) | |\n');
    expect(summary(p)).toEqual([
      ['2026-06-09T10:15', '11:15', 'Plénière 1 — Grand témoin : « 2050, c’est demain »'],
      ['2026-06-09T11:30', null, 'Keynote : « Vingt ans de logiciel libre »'],
    ]);
  });
});

describe('ends stated in a table row', () => {
  it('"(jusqu\'à 17h)" inside a cell\'s title and "…, jusqu\'à 19:30" closing it are the row\'s end', () => {
    const p = parse('**27 septembre 2025**\n\n| Heure | Salle A |\n|---|---|\n| 14:45 | Install party 🐧 (jusqu’à 17h) — apportez votre machine ! |\n| 17:00 | Apéro communautaire, jusqu’à 19:30 |\n');
    expect(summary(p)).toEqual([
      ['2025-09-27T14:45', '17:00', 'Install party'],
      ['2025-09-27T17:00', '19:30', 'Apéro communautaire'],
    ]);
  });
});

describe('numbered session blocks with their talks', () => {
  it('"**SESSION 1 – 9h20 / 10h40 – Title**" is a session with its moderators; its talks are sessions of their own', () => {
    const p = parse(
      '**20 novembre 2025**\n\n**SESSION 1 – 9h20 / 10h40 – Antibiorésistance : où en est-on ?**\\\n*Modérateurs : Dr Caroline Vasseur (CPias Normandie) et Dr Malik Haddad (CH de Lisieux)*\n\n**9h20 – 9h50** Épidémiologie régionale des BMR\\\nDr Paul Mercier, praticien hygiéniste, CPias Normandie\n\n**10h40 – 11h00** Pause\n',
    );
    expect(summary(p)).toEqual([
      ['2025-11-20T09:20', '10:40', 'SESSION 1 – Antibiorésistance : où en est-on ?'],
      ['2025-11-20T09:20', '09:50', 'Épidémiologie régionale des BMR'],
      ['2025-11-20T10:40', '11:00', 'Pause'],
    ]);
    expect(people(p)).toEqual([
      ['SESSION 1 – Antibiorésistance : où en est-on ?', [['Caroline Vasseur', null, 'CPias Normandie'], ['Malik Haddad', null, 'CH de Lisieux']]],
      ['Épidémiologie régionale des BMR', [['Paul Mercier', 'praticien hygiéniste', 'CPias Normandie']]],
      ['Pause', []],
    ]);
  });
});

describe('end markers with a qualifier or a farewell', () => {
  it('"fin de séance prévisionnelle", "Fin des festivités, …" and "Au revoir et …" end the day; they are not sessions', () => {
    for (const [marker, end] of [
      ['21h30 : fin de séance prévisionnelle', '21:30'],
      ['23h30 : Fin des festivités, bonne nuit à toutes et à tous !', '23:30'],
      ['18:30 Au revoir et rendez-vous en 2025 !', '18:30'],
      ['14h30 : Fin du déplacement', '14:30'],
    ] as const) {
      const p = parse(`**12 mars 2024**\n\n- 18h00 : Conférence\n- ${marker}\n`);
      expect(summary(p)).toEqual([['2024-03-12T18:00', null, 'Conférence']]);
      expect(p.event.end?.slice(11, 16)).toBe(end);
    }
  });
});

describe('workshops to choose from, listed in a table without times', () => {
  it('each row under "Ateliers au choix" is a session at the entry\'s time, with its room and people', () => {
    const p = parse(
      '**24 juin 2025**\n\n### 13 h 30 – 15 h 30\n\nTrois ateliers au choix :\n\n| Atelier | Salle | Animation |\n|---|---|---|\n| 1 – Annoncer une mauvaise nouvelle | Salle Laennec | Dr Marc Tessier, psychiatre de liaison |\n| 2 – Directives anticipées | Salle Pinel | Jeanne Kergorlay, juriste, Espace éthique de Bretagne |\n\n### 15 h 45 Restitution\n',
    );
    expect(summary(p)).toEqual([
      ['2025-06-24T13:30', '15:30', 'Annoncer une mauvaise nouvelle'],
      ['2025-06-24T13:30', '15:30', 'Directives anticipées'],
      ['2025-06-24T15:45', null, 'Restitution'],
    ]);
    expect(p.sessions.map((s) => s.location)).toEqual(['Salle Laennec', 'Salle Pinel', null]);
    expect(people(p).slice(0, 2)).toEqual([
      ['Annoncer une mauvaise nouvelle', [['Marc Tessier', 'psychiatre de liaison', null]]],
      ['Directives anticipées', [['Jeanne Kergorlay', 'juriste', 'Espace éthique de Bretagne']]],
    ]);
  });

  it('a table without times under an entry that announces nothing stays out; practical notes in brackets leave titles', () => {
    const p = parse(
      '**24 juin 2025**\n\n- 12h15 : Déjeuner (self du personnel, bâtiment B)\n- 18h30 : Soirée au Kursaal (sur invitation)\n\n| Tarif | Montant |\n|---|---|\n| Adhérent | 10 € |\n| Public | 20 € |\n',
    );
    expect(summary(p)).toEqual([
      ['2025-06-24T12:15', null, 'Déjeuner'],
      ['2025-06-24T18:30', null, 'Soirée au Kursaal'],
    ]);
  });
});

describe('a meetup moved by a week, its talks under a time-only heading', () => {
  it('the day the page moves the event to wins over the front matter; a sentence introducing the talks is no title', () => {
    const p = parse(
      '+++\ntitle = "Meetup #27"\nevent_date = 2025-09-18T18:30:00+02:00\n+++\n\n> **Mise à jour** : le meetup est décalé d’une semaine, au **jeudi 25 septembre 2025**. Même lieu.\n\n## 19h15\n\nDeux talks de 20 minutes + questions :\n\n1. **PyO3 en production** — Camille Lefèvre\n2. **Packager une extension Rust** — J.-B. Morel (Clever Cloud)\n\n## 19h55 — Pause pizza\n',
    );
    expect(summary(p)).toEqual([
      ['2025-09-25T19:15', null, 'PyO3 en production'],
      ['2025-09-25T19:15', null, 'Packager une extension Rust'],
      ['2025-09-25T19:55', null, 'Pause pizza'],
    ]);
  });

  it('a move on a condition ("en cas d’alerte météo, … pourra être reporté au …") does not move the event', () => {
    const p = parse(
      '---\ntitle: Fête du village\nevent_start_date: 2024-07-13T18:00:00+02:00\n---\n\n- 18h : Bal\n- 22h30 : Feu d’artifice\n\nEn cas d’alerte météo, le feu d’artifice pourra être reporté au dimanche 14 juillet, 22h30.\n',
    );
    expect(p.event.start?.slice(0, 10)).toBe('2024-07-13');
  });
});

describe('a season of web broadcasts, each titled by its day heading', () => {
  it('"### Mardi 14 novembre 2023 — Title" over "**19H00-20H30 : Web-émission**": the heading names the session', () => {
    const p = parse(
      '### Mardi 14 novembre 2023 — Sobriété numérique : de quoi parle-t-on ?\n\n**19H00-20H30 : Web-émission**\n\nAnimation : Jean Lemoine.\n\n### Jeudi 7 décembre 2023 — Green IT: what works in schools?\n\n**19H00-20H30 : Web-émission** (en anglais)\n\n### Vendredi 8 décembre 2023 — Journée des partenaires\n\n- 9h : Accueil\n- 10h : Conférence\n',
    );
    expect(summary(p)).toEqual([
      ['2023-11-14T19:00', '20:30', 'Sobriété numérique : de quoi parle-t-on ?'],
      ['2023-12-07T19:00', '20:30', 'Green IT: what works in schools?'],
      ['2023-12-08T09:00', null, 'Accueil'],
      ['2023-12-08T10:00', null, 'Conférence'],
    ]);
  });
});

describe('people on the line under an entry', () => {
  it('"Avec la participation de Pr. …, et de …" names everyone', () => {
    const p = parse("**12 mars 2025**\n\n**19H00-20H30 : Web-émission**\n\nAvec la participation de Pr. Aminata N'Diaye, professeure, université de Lille, et de Grégoire Lefebvre, ingénieur, ADEME.\n");
    expect(people(p)[0]?.[1]).toEqual([
      ["Aminata N'Diaye", 'professeure', 'université de Lille'],
      ['Grégoire Lefebvre', 'ingénieur', 'ADEME'],
    ]);
  });

  it('"Allocution d’Hélène …" with the elided "de" names the speaker', () => {
    const p = parse('**12 mars 2025**\n\n**9H30 – 10H15** Ouverture des Assises\nAllocution d’Hélène Grosjean, vice-présidente, Région Bourgogne\n');
    expect(people(p)).toEqual([['Ouverture des Assises', [['Hélène Grosjean', 'vice-présidente', 'Région Bourgogne']]]]);
  });
});

describe('workshops in half-groups', () => {
  it('"Ateliers en demi-groupes :" lists parallel sessions; "Groupe A (salle 12) :" gives its room; a price in brackets leaves the title', () => {
    const p = parse(
      '**12 mars 2025**\n\n1. **de 10h30 à 12h** Ateliers en demi-groupes :\n   - Groupe A (salle 12) : *GeoGebra en CM2* — animé par Jean-Marc HERVÉ, professeur des écoles\n   - Groupe B (salle 14) : *Coder avec Scratch* — animé par Anne Morel, formatrice\n2. **Midi** Pause déjeuner (restauration au self, 4,50 €, à régler sur place)\n',
    );
    expect(summary(p)).toEqual([
      ['2025-03-12T10:30', '12:00', 'Groupe A : GeoGebra en CM2'],
      ['2025-03-12T10:30', '12:00', 'Groupe B : Coder avec Scratch'],
      ['2025-03-12T12:00', null, 'Pause déjeuner'],
    ]);
    expect(p.sessions.map((s) => s.location)).toEqual(['salle 12', 'salle 14', null]);
  });
});

describe('a grid of rooms', () => {
  it('beside two rooms, another place heading a column is a track too; a notes column is not', () => {
    const p = parse(
      '**17 mai 2025**\n\n| Horaire | Salle Jean-Moulin | Salle des Tilleuls | Jardin partagé | Notes |\n|---|---|---|---|---|\n| 10h – 11h30 | Réparer son vélo | Couture | Initiation au compostage | apporter ses outils |\n| 14h – 15h30 | Repair café | — | | |\n',
    );
    expect(summary(p)).toEqual([
      ['2025-05-17T10:00', '11:30', 'Réparer son vélo'],
      ['2025-05-17T10:00', '11:30', 'Couture'],
      ['2025-05-17T10:00', '11:30', 'Initiation au compostage'],
      ['2025-05-17T14:00', '15:30', 'Repair café'],
    ]);
    expect(p.sessions.map((s) => s.location)).toEqual(['Salle Jean-Moulin', 'Salle des Tilleuls', 'Jardin partagé', 'Salle Jean-Moulin']);
  });
});

describe('an official visit', () => {
  it('"Arrivée de Claire Vasseur en gare de …": the name leaves the title, the words after it stay', () => {
    const p = parse('**18 mars 2024**\n\n**9h50** – Arrivée de Claire Vasseur en gare de Lille-Flandres\n\n**11h10** – Échange de Claire Vasseur avec des étudiantes et étudiants boursiers\n');
    expect(people(p)).toEqual([
      ['Arrivée en gare de Lille-Flandres', [['Claire Vasseur', null, null]]],
      ['Échange avec des étudiantes et étudiants boursiers', [['Claire Vasseur', null, null]]],
    ]);
  });
});

describe('an agenda with times written with a dot', () => {
  it('"1. **14.00** — Title" and an honorific with a role on the next line', () => {
    const p = parse('**23 mai 2025**\n\n1. **14.00** — Ouverture de l’assemblée et vérification du quorum\n   *M. le Président Laurent Mercadier*\n2. **14.20 – 14.50** — Rapport moral\n3. Questions diverses\n');
    expect(summary(p)).toEqual([
      ['2025-05-23T14:00', null, 'Ouverture de l’assemblée et vérification du quorum'],
      ['2025-05-23T14:20', '14:50', 'Rapport moral'],
    ]);
    expect(people(p)[0]?.[1]).toEqual([['Laurent Mercadier', 'Président', null]]);
  });
});

describe('outings titled by their day heading', () => {
  it('"### Samedi 6 juillet · Title" then "RDV à 9h30 au parking…": the meeting time; two departures give two sessions', () => {
    const p = parse(
      '### Samedi 6 juillet 2024 · Les tourbières de Bellefontaine\n\nRDV à 9h30 au parking de l’église.\nDurée : environ 3 h\nGuide : Matthieu Girod, accompagnateur en moyenne montagne\n\n### Mardi 16 juillet 2024 · Nuit de la chouette\n\nRendez-vous à 20 h 30 au parking de la salle des fêtes ; fin de la sortie à 23 h.\n\n### Mercredi 7 août 2024 · Lire le paysage\n\nDeux départs : RDV à 9 h 30 ou à 14 h 30 au parking du belvédère.\n\n### Samedi 13 juillet 2024 · Chantier nature\n\nHoraires communiqués lors de l’inscription.\n',
    );
    expect(summary(p)).toEqual([
      ['2024-07-06T09:30', null, 'Les tourbières de Bellefontaine'],
      ['2024-07-16T20:30', '23:00', 'Nuit de la chouette'],
      ['2024-08-07T09:30', null, 'Lire le paysage'],
      ['2024-08-07T14:30', null, 'Lire le paysage'],
    ]);
    expect(p.sessions[0]?.location).toBe('parking de l’église');
    expect(people(p)[0]?.[1]).toEqual([['Matthieu Girod', 'accompagnateur en moyenne montagne', null]]);
  });
});

describe('a month agenda of dated sentences', () => {
  it('"**Sam. 1er mars** — Title, de 14h à 17h." is a session; a deadline and a length in brackets are not', () => {
    const p = parse(
      '**Sam. 1er mars 2025** — Repair café : on répare ensemble vélos et vêtements, de 14h à 17h.\n\n**Ven. 7 mars 2025** — Soirée jeux de société, à partir de 19 h. Auberge espagnole !\n\n**Jeu. 27 mars 2025** — Café-débat « Quelle eau demain ? », 18h-20h, avec Bernard Lacoste, hydrogéologue.\n\n**Ven. 21 mars 2025** — Dernier délai pour s’inscrire avant 18h.\n\n- 9 décembre 2025 — « Les données de mobilité » (replay, 1 h 04)\n',
    );
    expect(summary(p)).toEqual([
      ['2025-03-01T14:00', '17:00', 'Repair café'],
      ['2025-03-07T19:00', null, 'Soirée jeux de société'],
      ['2025-03-27T18:00', '20:00', 'Café-débat « Quelle eau demain ? »'],
    ]);
    expect(people(p)[2]?.[1]).toEqual([['Bernard Lacoste', 'hydrogéologue', null]]);
  });
});

describe('a weekend of days, one of them named by its weekday alone', () => {
  it('"## Vendredi 22 novembre" then "### Samedi — Saturday": the Saturday after it', () => {
    const p = parse('## Vendredi 22 novembre 2024 — Friday\n\n- 18:00 Welcome\n\n### Samedi — Saturday\n\n- 09:00 Breakfast / petit-déjeuner\n\n**Dimanche 24/11**\n\n- 10:00 Pitchs\n');
    expect(summary(p)).toEqual([
      ['2024-11-22T18:00', null, 'Welcome'],
      ['2024-11-23T09:00', null, 'Breakfast / petit-déjeuner'],
      ['2024-11-24T10:00', null, 'Pitchs'],
    ]);
  });
});
