import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../src/parse.js';
import type { Person, PersonPart, Programme } from '../../src/types.js';

/** What a test says about a person: every field, `undefined` where absent. */
interface Expected {
  name: string;
  honorific?: string;
  role?: string | null;
  organisation?: string | null;
  part?: PersonPart;
  tentative?: boolean;
  acronym?: string;
}

const view = (p: Person) => ({
  name: p.name,
  honorific: p.honorific,
  role: p.role,
  organisation: p.organisation,
  part: p.part,
  tentative: p.tentative,
  acronym: p.organisationInfo?.acronym,
});

const want = (e: Expected) => ({
  name: e.name,
  honorific: e.honorific,
  role: e.role ?? null,
  organisation: e.organisation ?? null,
  part: e.part ?? 'speaker',
  tentative: e.tentative,
  acronym: e.acronym,
});

const DAY = '**12 mars 2024**\n\n';
const parse = (body: string): Programme => parseProgramme(DAY + body, { referenceDate: '2024-01-01' });
/** [title, people] of every session. */
const people = (p: Programme) => p.sessions.map((s) => [s.title, s.speakers.map(view)]);
const session = (title: string, list: Expected[]) => [title, list.map(want)];
/** Placeholder diagnostics as [quoted text, line, column]. */
const placeholders = (p: Programme) =>
  p.diagnostics.filter((d) => d.rule === 'placeholder').map((d) => [/"([^"]+)"/.exec(d.message)?.[1], d.line, d.column]);

describe('people lists under a session', () => {
  it('a bold **Intervenants** line and bullets with role and organisation', () => {
    const p = parse(`* **9h30 :** Table ronde sur la donnée

**Intervenants**

* **Patrick Dupuis**, chef de la mission transformation numérique de l’État, direction interministérielle du numérique (DINUM)
* **Sophie Bernard**, directrice de programme, ANCT

* **11h :** Atelier suivant
`);
    expect(people(p)).toEqual([
      session('Table ronde sur la donnée', [
        {
          name: 'Patrick Dupuis',
          role: 'chef de la mission transformation numérique de l’État',
          organisation: 'direction interministérielle du numérique (DINUM)',
          acronym: 'DINUM',
        },
        { name: 'Sophie Bernard', role: 'directrice de programme', organisation: 'ANCT', acronym: 'ANCT' },
      ]),
      session('Atelier suivant', []),
    ]);
    expect(p.sessions[0]!.speakers[0]!.organisationInfo).toEqual({
      name: 'direction interministérielle du numérique (DINUM)',
      acronym: 'DINUM',
      expanded: 'Direction interministérielle du numérique',
    });
  });

  it.each([
    ['**Intervenants**', 'speaker'],
    ['**Intervenants :**', 'speaker'],
    ['Intervenants :', 'speaker'],
    ['Intervenant·e·s :', 'speaker'],
    ['Intervenant(e)s :', 'speaker'],
    ['Intervenantes :', 'speaker'],
    ['Speakers', 'speaker'],
    ['Speakers :', 'speaker'],
    ['Avec :', 'speaker'],
    ['Panélistes :', 'speaker'],
    ['Animation :', 'moderator'],
    ['Modération :', 'moderator'],
    ['**Modératrice :**', 'moderator'],
    ['Animateur :', 'moderator'],
    ['Invités :', 'guest'],
    ['**Invité·e·s :**', 'guest'],
    ['Grand témoin :', 'guest'],
  ] as [string, PersonPart][])('the label %j gives the part %s', (label, part) => {
    const p = parse(`## 9h30 - 10h30 : Table ronde

${label}

* Patrick Dupuis, chef de projet, DITP
* Claire Martin (CNIL)

## 11h : Pause
`);
    expect(people(p)).toEqual([
      session('Table ronde', [
        { name: 'Patrick Dupuis', role: 'chef de projet', organisation: 'DITP', acronym: 'DITP', part },
        { name: 'Claire Martin', organisation: 'CNIL', acronym: 'CNIL', part },
      ]),
      session('Pause', []),
    ]);
  });

  it('several labels under one session, each with its part', () => {
    const p = parse(`## 9h30 - 10h30 : Table ronde

Intervenant·e·s :

* Patrick Dupuis, chef de projet, DITP
* Claire Martin (CNIL)

Modération :

* Julie Leroy, Etalab

## 11h : Pause
`);
    expect(people(p)).toEqual([
      session('Table ronde', [
        { name: 'Patrick Dupuis', role: 'chef de projet', organisation: 'DITP', acronym: 'DITP' },
        { name: 'Claire Martin', organisation: 'CNIL', acronym: 'CNIL' },
        { name: 'Julie Leroy', organisation: 'Etalab', part: 'moderator' },
      ]),
      session('Pause', []),
    ]);
  });

  it('people belong to the timed entry above them, until the next one', () => {
    const p = parse(`### 9h30 Table ronde

Speakers

- Patrick Dupuis, ANSSI
- Claire Martin, Insee

### 10h30 Atelier

Avec :

- Paul Durand, DINUM

Animation :

- Marie Curie, ANCT

### 12h Déjeuner
`);
    expect(people(p)).toEqual([
      session('Table ronde', [
        { name: 'Patrick Dupuis', organisation: 'ANSSI', acronym: 'ANSSI' },
        { name: 'Claire Martin', organisation: 'Insee', acronym: 'INSEE' },
      ]),
      session('Atelier', [
        { name: 'Paul Durand', organisation: 'DINUM', acronym: 'DINUM' },
        { name: 'Marie Curie', organisation: 'ANCT', acronym: 'ANCT', part: 'moderator' },
      ]),
      session('Déjeuner', []),
    ]);
  });

  it('labels nested under the entry bullet', () => {
    const p = parse(`* **9h30** Table ronde
  * Intervenants :
    * Jean Dupont, DINUM
    * Claire Martin, ANCT
  * Modération :
    * Paul Durand, DITP
* **10h30** Atelier
  * Speakers :
    * Julie Leroy, Etalab
`);
    expect(people(p)).toEqual([
      session('Table ronde', [
        { name: 'Jean Dupont', organisation: 'DINUM', acronym: 'DINUM' },
        { name: 'Claire Martin', organisation: 'ANCT', acronym: 'ANCT' },
        { name: 'Paul Durand', organisation: 'DITP', acronym: 'DITP', part: 'moderator' },
      ]),
      session('Atelier', [{ name: 'Julie Leroy', organisation: 'Etalab' }]),
    ]);
  });

  it('people written on the label line itself', () => {
    const p = parse(`## 9h30 Atelier

* Intervenants : Jean Dupont (DINUM), Claire Martin (ANCT)
* Modération : Paul Durand, DITP

## 10h30 Atelier 2

Avec : Julie Leroy, Etalab et Marc Petit, Insee

## 11h30 Atelier 3

Intervenantes : Anne Girard (DITP) et Luc Moreau (ANSSI)

**Modératrice :** Claire Roux, ANCT
`);
    expect(people(p)).toEqual([
      session('Atelier', [
        { name: 'Jean Dupont', organisation: 'DINUM', acronym: 'DINUM' },
        { name: 'Claire Martin', organisation: 'ANCT', acronym: 'ANCT' },
        { name: 'Paul Durand', organisation: 'DITP', acronym: 'DITP', part: 'moderator' },
      ]),
      session('Atelier 2', [
        { name: 'Julie Leroy', organisation: 'Etalab' },
        { name: 'Marc Petit', organisation: 'Insee', acronym: 'INSEE' },
      ]),
      session('Atelier 3', [
        { name: 'Anne Girard', organisation: 'DITP', acronym: 'DITP' },
        { name: 'Luc Moreau', organisation: 'ANSSI', acronym: 'ANSSI' },
        { name: 'Claire Roux', organisation: 'ANCT', acronym: 'ANCT', part: 'moderator' },
      ]),
    ]);
  });
});

describe('people named inline', () => {
  it.each([
    [
      '* 9h30 : Table ronde avec Sophie Bernard, Luc Moreau et Anne Girard',
      'Table ronde',
      [{ name: 'Sophie Bernard' }, { name: 'Luc Moreau' }, { name: 'Anne Girard' }],
    ],
    [
      '* 9h30 : Table ronde avec Marc ALDEBERT (DINUM) et le fondateur de Green IT',
      'Table ronde',
      [{ name: 'Marc ALDEBERT', organisation: 'DINUM', acronym: 'DINUM' }],
    ],
    [
      '* 10h30 : Conférence par Claire Martin, directrice interministérielle du numérique (DINUM)',
      'Conférence',
      [{ name: 'Claire Martin', role: 'directrice interministérielle du numérique', organisation: 'DINUM', acronym: 'DINUM' }],
    ],
    [
      '* 10h : Présentation de la feuille de route par Claire Martin, directrice, ANCT',
      'Présentation de la feuille de route',
      [{ name: 'Claire Martin', role: 'directrice', organisation: 'ANCT', acronym: 'ANCT' }],
    ],
    [
      '* 11h : Intervention de Paul Durand (Etalab)',
      'Intervention',
      [{ name: 'Paul Durand', organisation: 'Etalab' }],
    ],
    [
      '* 11h : Introduction par Marie Curie, directrice de la DITP',
      'Introduction',
      [{ name: 'Marie Curie', role: 'directrice', organisation: 'DITP', acronym: 'DITP', part: 'host' }],
    ],
    [
      "* 11h30 : Discours d'introduction par Claire MARTIN, directrice interministérielle du numérique (DINUM)",
      "Discours d'introduction",
      [{ name: 'Claire MARTIN', role: 'directrice interministérielle du numérique', organisation: 'DINUM', acronym: 'DINUM', part: 'host' }],
    ],
    ['* 12h : Clôture par Paul Durand, ANCT', 'Clôture', [{ name: 'Paul Durand', organisation: 'ANCT', acronym: 'ANCT', part: 'host' }]],
    [
      '* 12h : Conclusion de la matinée par Mme Anne Petit, déléguée, ANSSI',
      'Conclusion de la matinée',
      [{ name: 'Anne Petit', honorific: 'Mme', role: 'déléguée', organisation: 'ANSSI', acronym: 'ANSSI', part: 'host' }],
    ],
    ['* 14h : Table ronde animée par Julie Leroy (Etalab)', 'Table ronde', [{ name: 'Julie Leroy', organisation: 'Etalab', part: 'moderator' }]],
    ['* 15h : Débat modérée par Jean Dupont, CNIL', 'Débat', [{ name: 'Jean Dupont', organisation: 'CNIL', acronym: 'CNIL', part: 'moderator' }]],
    [
      '* 13h : Atelier animé par Dr Marc Durand, INSEE',
      'Atelier',
      [{ name: 'Marc Durand', honorific: 'Dr', organisation: 'INSEE', acronym: 'INSEE', part: 'moderator' }],
    ],
    [
      '* 14h : Atelier modéré par Pr Louise Bernard, CNRS',
      'Atelier',
      [{ name: 'Louise Bernard', honorific: 'Pr', organisation: 'CNRS', acronym: 'CNRS', part: 'moderator' }],
    ],
    ['* 9h : Marc ALDEBERT (DINUM) : la donnée publique', 'la donnée publique', [{ name: 'Marc ALDEBERT', organisation: 'DINUM', acronym: 'DINUM' }]],
  ] as [string, string, Expected[]][])('%s', (line, title, expected) => {
    expect(people(parse(line + '\n'))).toEqual([session(title, expected)]);
  });

  it('a long "avec" list with acronyms in brackets, an unnamed person left out', () => {
    const p = parse(
      '* **9h45 – 10h40 :** Table ronde **« données territoriales »**: quel accompagnement pour les collectivités, avec Marc ALDEBERT (DINUM), Jacques Petit (fondateur Observatoire data publica), Jean-Marie Lambert (délégué général Open data France) et un représentant du projet Rudi (Rennes).\n* **11h :** Suite\n',
    );
    expect(people(p)).toEqual([
      session('Table ronde « données territoriales »', [
        { name: 'Marc ALDEBERT', organisation: 'DINUM', acronym: 'DINUM' },
        { name: 'Jacques Petit', role: 'fondateur', organisation: 'Observatoire data publica' },
        { name: 'Jean-Marie Lambert', role: 'délégué général', organisation: 'Open data France' },
      ]),
      session('Suite', []),
    ]);
  });

  it('cue lines under the entry: animée par, introduction par, clôture par, accueil par, avec', () => {
    const p = parse(`* 9h : Plénière

  Accueil par Claire Martin, maire adjointe

  Avec Jean Dupont (sous réserve) et Anne Petit, ANCT (sous réserve)
* 10h30 : Plénière

  Animée par Julie Leroy, cheffe de projet, Etalab
* 11h : Plénière d'ouverture

  Introduction par Mme Claire Dubois, directrice, Insee

  Clôture par M. Paul Martin, président de la CNIL
`);
    expect(people(p)).toEqual([
      session('Plénière', [
        { name: 'Claire Martin', role: 'maire adjointe', part: 'host' },
        { name: 'Jean Dupont', tentative: true },
        { name: 'Anne Petit', organisation: 'ANCT', acronym: 'ANCT', tentative: true },
      ]),
      session('Plénière', [{ name: 'Julie Leroy', role: 'cheffe de projet', organisation: 'Etalab', part: 'moderator' }]),
      session("Plénière d'ouverture", [
        { name: 'Claire Dubois', honorific: 'Mme', role: 'directrice', organisation: 'Insee', acronym: 'INSEE', part: 'host' },
        { name: 'Paul Martin', honorific: 'M.', role: 'président', organisation: 'CNIL', acronym: 'CNIL', part: 'host' },
      ]),
    ]);
  });

  it('the part comes from the cue of each line, whatever the title', () => {
    const p = parse(`* 16h : Table ronde finale

  Clôture par Jean Dupont, directeur, ANCT
* 17h : Plénière

  Introduction par Claire Martin, directrice de la DINUM

  Discours d'introduction par Paul Roux, président de la CNIL

  Modération : Anne Petit (ANSSI)

  Invitée : Julie Leroy, cheffe de service, Pôle emploi
* 19h : Cocktail
`);
    expect(people(p)).toEqual([
      session('Table ronde finale', [{ name: 'Jean Dupont', role: 'directeur', organisation: 'ANCT', acronym: 'ANCT', part: 'host' }]),
      session('Plénière', [
        { name: 'Claire Martin', role: 'directrice', organisation: 'DINUM', acronym: 'DINUM', part: 'host' },
        { name: 'Paul Roux', role: 'président', organisation: 'CNIL', acronym: 'CNIL', part: 'host' },
        { name: 'Anne Petit', organisation: 'ANSSI', acronym: 'ANSSI', part: 'moderator' },
        { name: 'Julie Leroy', role: 'cheffe de service', organisation: 'Pôle emploi', part: 'guest' },
      ]),
      session('Cocktail', []),
    ]);
  });

  it('***Invité* :** lines, "avec" sequences and a closing, all in one plenary', () => {
    const p = parse(`* **15h00 – 17h00 : Plénière**
  <br>Introduction par Sophie Girard, directrice interministérielle du numérique
<br>
<br>**Séquence 1 : « Faire mieux »** avec Sophie Girard, Pierre Leroux et Ishan Patel
  <br>***Invité* :** Paul Durand, directeur général adjoint en charge de la DSI de Pôle Emploi
<br>
<br>**Séquence 2** avec Prénom Nom interne
  <br>***Invité* :** Benoît Marchal, fonction entité (PIX)
<br>
<br>**Séquence 3** avec Prénom Nom interne
  <br>***Invité* :** Gaël Rossi, conseiller numérique à la Présidence de la République
<br>
<br>**Clôture** par Sophie Girard, directrice interministérielle du numérique
* **17h00 : Forum**
`);
    expect(people(p)).toEqual([
      session('Plénière', [
        { name: 'Sophie Girard', role: 'directrice interministérielle du numérique', part: 'host' },
        { name: 'Pierre Leroux' },
        { name: 'Ishan Patel' },
        { name: 'Paul Durand', role: 'directeur général adjoint en charge de la DSI', organisation: 'Pôle Emploi', part: 'guest' },
        { name: 'Benoît Marchal', organisation: 'PIX', part: 'guest' },
        { name: 'Gaël Rossi', role: 'conseiller numérique', organisation: 'Présidence de la République', part: 'guest' },
      ]),
      session('Forum', []),
    ]);
    expect(p.sessions[0]!.speakers[3]!.organisationInfo).toEqual({ name: 'Pôle Emploi', expanded: 'Pôle emploi' });
    expect(placeholders(p).filter(([text]) => text === 'Prénom Nom')).toEqual([
      ['Prénom Nom', 9, 25],
      ['Prénom Nom', 12, 25],
    ]);
  });

  it('***Invité* :** after a bullet entry', () => {
    const p = parse(`* **9h30 :** Table ronde

***Invité* :** Paul Durand, directeur général adjoint en charge de la DSI de Pôle Emploi
`);
    expect(people(p)).toEqual([
      session('Table ronde', [{ name: 'Paul Durand', role: 'directeur général adjoint en charge de la DSI', organisation: 'Pôle Emploi', part: 'guest' }]),
    ]);
  });
});

describe('layouts found on unseen pages', () => {
  it('a line of several people under the entry, each with a role; a weak name followed by its role', () => {
    const p = parse(`* **10h20 – 10h50**<br>**Démonstration**<br>Nicolas Perrin, product owner, et Ouria Belkacem, développeuse, équipe Passerelle
`);
    expect(people(p)).toEqual([
      session('Démonstration', [
        { name: 'Nicolas Perrin', role: 'product owner' },
        { name: 'Ouria Belkacem', role: 'développeuse', organisation: 'équipe Passerelle' },
      ]),
    ]);
  });

  it('"Name – role – organisation" bullets without a label, the first name unknown', () => {
    const p = parse(`1. 11h30 – Table ronde
   * Duc-Anh Lê – développeur – association Framasoft
`);
    expect(people(p)).toEqual([session('Table ronde', [{ name: 'Duc-Anh Lê', role: 'développeur', organisation: 'association Framasoft' }])]);
  });

  it('talks listed under a session, each speaker after a dash; a dash before no name gives nobody', () => {
    const p = parse(`- 14h : Lightning talks
  - Polars vs Pandas en 5 min — Maël Daniel
  - Quarto pour les rapports — Léna Corre (Insee Bretagne)
  - Un bot Mastodon — (talk annulé)
  - Visite guidée — Salle Bleue
`);
    expect(people(p)).toEqual([
      session('Lightning talks', [
        { name: 'Maël Daniel' },
        { name: 'Léna Corre', organisation: 'Insee Bretagne' },
      ]),
    ]);
  });

  it('a label that states a role gives it to the one person it names', () => {
    const p = parse('## 14h30 Soutenance\n\nDirecteur de thèse : Jean-Pierre Lemaître (CNRS, LS2N)\n\nChargée de mission : Léa Roux\n');
    expect(people(p)).toEqual([
      session('Soutenance', [
        { name: 'Jean-Pierre Lemaître', role: 'Directeur de thèse', organisation: 'CNRS, LS2N' },
        { name: 'Léa Roux', role: 'Chargée de mission' },
      ]),
    ]);
  });

  it('a name after "l’association" is the association, not a person', () => {
    const p = parse('* **13h30 - 18h30** : Travail en équipes, avec le mentorat de bénévoles de l’association Valentin Haüy\n');
    expect(p.sessions.map((x) => x.speakers)).toEqual([[]]);
  });

  it('"par la Dr …", "Avec l’illustrateur …" and "; avec …" introduce people', () => {
    const p = parse(`**13h30 – 15h00** – Conférence « Sols vivants », par la Dr Yasmina Haddad, directrice de recherche, INRAE

## 15h45 Table ronde

Animée par Dr Sarah Vigneron (CNRS) ; avec Vincent Morand, chargé de mission, ANR

## 17h Atelier

Avec l'illustrateur Samir Benali (éditions La Pie qui chante).
`);
    expect(p.sessions.map((s) => s.speakers.map((x) => [x.name, x.role, x.organisation]))).toEqual([
      [['Yasmina Haddad', 'directrice de recherche', 'INRAE']],
      [['Sarah Vigneron', null, 'CNRS'], ['Vincent Morand', 'chargé de mission', 'ANR']],
      [['Samir Benali', 'illustrateur', 'éditions La Pie qui chante']],
    ]);
  });

  it('a session block with its range in brackets, its chair after a dash, and its talks below', () => {
    const p = parse(`- **Session 1 : Archiver le web (10h00 – 12h20)** — présidence : Laurent Quénard (ENS de Lyon)
  - 10h00 – 10h40 : Camille Rogier (BnF) — « Vingt ans de dépôt légal du web »
`);
    expect(p.sessions.map((s) => [s.title, s.start.slice(11, 16), s.end?.slice(11, 16), s.speakers.map((x) => [x.name, x.part])])).toEqual([
      ['Session 1 : Archiver le web', '10:00', '12:20', [['Laurent Quénard', 'moderator']]],
      ['Vingt ans de dépôt légal du web', '10:00', '10:40', [['Camille Rogier', 'speaker']]],
    ]);
  });

  it('"A et B (Org) : Title" on the entry line', () => {
    const p = parse('– 11h20 – 11h50 : Clara Vidal et Hugo Brochard (Inria Rennes) : Fuzzing des hyperviseurs\n');
    expect(people(p)).toEqual([
      session('Fuzzing des hyperviseurs', [
        { name: 'Clara Vidal', organisation: 'Inria Rennes' },
        { name: 'Hugo Brochard', organisation: 'Inria Rennes' },
      ]),
    ]);
  });
});

describe('people in table cells', () => {
  it('Name (ORG), shared parenthesis, role and organisation in brackets; the part from the title', () => {
    const p = parse(`| Heure | Session | Intervenants |
|---|---|---|
| 9h30 | Ouverture | Marc ALDEBERT (DINUM) |
| 10h | Table ronde | Alexis Martin et Philippe Roux (MENJS) |
| 11h | Atelier | Jacques Petit (fondateur Observatoire data publica) |
| 11h30 | Keynote | Mme Claire Dubois (ANSSI) |
| 12h | Table ronde | Jean-Michel Roux (DINUM), Anne Petit (Insee) |
| 13h | Pause | |
`);
    expect(people(p)).toEqual([
      session('Ouverture', [{ name: 'Marc ALDEBERT', organisation: 'DINUM', acronym: 'DINUM', part: 'host' }]),
      session('Table ronde', [
        { name: 'Alexis Martin', organisation: 'MENJS', acronym: 'MENJS' },
        { name: 'Philippe Roux', organisation: 'MENJS', acronym: 'MENJS' },
      ]),
      session('Atelier', [{ name: 'Jacques Petit', role: 'fondateur', organisation: 'Observatoire data publica' }]),
      session('Keynote', [{ name: 'Claire Dubois', honorific: 'Mme', organisation: 'ANSSI', acronym: 'ANSSI' }]),
      session('Table ronde', [
        { name: 'Jean-Michel Roux', organisation: 'DINUM', acronym: 'DINUM' },
        { name: 'Anne Petit', organisation: 'Insee', acronym: 'INSEE' },
      ]),
      session('Pause', []),
    ]);
  });
});

describe('not people', () => {
  it.each([
    ['* 10h : Présentation du projet par un représentant du projet Rudi', 'Présentation du projet'],
    ["* 10h30 : Retour d'expérience par le fondateur de Green IT", "Retour d'expérience"],
  ])('%s', (line, title) => {
    const p = parse(line + '\n');
    expect(people(p)).toEqual([session(title, [])]);
    expect(placeholders(p)).toEqual([]);
  });

  it('organisations in a list are not people', () => {
    const p = parse(`## 9h Atelier

Avec :

- Renaissance Numérique
- la Fondation Jean Jaurès
- Jean Dupont, DINUM
`);
    expect(people(p)).toEqual([session('Atelier', [{ name: 'Jean Dupont', organisation: 'DINUM', acronym: 'DINUM' }])]);
  });
});

describe('placeholders', () => {
  it('template names in a list are left out with a diagnostic at their line and column', () => {
    const p = parse(`* 9h30 : Atelier

  **Intervenants**

  * **Prénom NOM**, fonction entité
  * **NOM Prénom**, DINUM
  * XXX
  * **Marie Curie**, directrice, ANCT
  * Jean Dupont, ANCT (sous réserve)
  * Claire Martin (à confirmer)
`);
    expect(people(p)).toEqual([
      session('Atelier', [
        { name: 'Marie Curie', role: 'directrice', organisation: 'ANCT', acronym: 'ANCT' },
        { name: 'Jean Dupont', organisation: 'ANCT', acronym: 'ANCT', tentative: true },
        { name: 'Claire Martin', tentative: true },
      ]),
    ]);
    expect(placeholders(p)).toEqual([
      ['Prénom NOM', 7, 7],
      ['NOM Prénom', 8, 7],
      ['XXX', 9, 5],
    ]);
    const d = p.diagnostics.find((x) => x.rule === 'placeholder')!;
    expect(d.severity).toBe('warning');
  });

  it('placeholders on cue lines under the entry', () => {
    const p = parse(`* 12h : Table ronde

  Avec Prénom NOM et Claire Martin (ANCT)
* 13h : Table ronde

  Animée par NOM Prénom, fonction entité
`);
    expect(people(p)).toEqual([
      session('Table ronde', [{ name: 'Claire Martin', organisation: 'ANCT', acronym: 'ANCT' }]),
      session('Table ronde', []),
    ]);
    expect(placeholders(p)).toEqual([
      ['Prénom NOM', 5, 8],
      ['NOM Prénom', 8, 14],
    ]);
  });

  it('placeholders in table cells', () => {
    const p = parse(`| Heure | Session | Intervenants |
|---|---|---|
| 9h30 | Atelier | Prénom Nom (ORG) |
| 10h | Table ronde | NOM Prénom et Claire Martin (ANCT) |
`);
    expect(people(p)).toEqual([
      session('Atelier', []),
      session('Table ronde', [{ name: 'Claire Martin', organisation: 'ANCT', acronym: 'ANCT' }]),
    ]);
    expect(placeholders(p)).toEqual([
      ['Prénom Nom', 5, 20],
      ['NOM Prénom', 6, 23],
    ]);
  });

  it('a placeholder after a label', () => {
    const p = parse(`## 9h Atelier

Intervenants :

- Jean Dupont, DINUM

Modération : Prénom Nom

## 10h Atelier

Speakers:

- Claire Martin, CNIL
`);
    expect(people(p)).toEqual([
      session('Atelier', [{ name: 'Jean Dupont', organisation: 'DINUM', acronym: 'DINUM' }]),
      session('Atelier', [{ name: 'Claire Martin', organisation: 'CNIL', acronym: 'CNIL' }]),
    ]);
    expect(placeholders(p)).toEqual([['Prénom Nom', 9, 14]]);
  });

  it('"fonction entité" is no role', () => {
    const p = parse(`* 9h30 : Atelier

  Intervenants :

  * Jean Dupont, fonction entité
  * Claire Martin (fonction entité)
`);
    expect(people(p)).toEqual([session('Atelier', [{ name: 'Jean Dupont' }, { name: 'Claire Martin' }])]);
  });
});

describe('speaker phrases on the entry line itself', () => {
  it('cuts a placeholder speaker phrase from the title and reports it', () => {
    const p = parse('* 9h30 : Table ronde avec Prénom NOM et Claire Martin (ANCT)\n');
    expect(p.sessions.map((s) => [s.title, s.speakers.map((x) => [x.name, x.organisation])])).toEqual([
      ['Table ronde', [['Claire Martin', 'ANCT']]],
    ]);
    expect(p.diagnostics.filter((d) => d.rule === 'placeholder').map((d) => d.line)).toEqual([3]);
  });

  it('gives the host part to "introduction par" after a comma', () => {
    const p = parse('* 18h : Table ronde, introduction par Marc Petit (DITP)\n');
    expect(p.sessions[0]?.title).toBe('Table ronde');
    expect(p.sessions[0]?.speakers.map((x) => [x.name, x.part, x.organisation])).toEqual([['Marc Petit', 'host', 'DITP']]);
  });

  it('does not take a name inside an organisation for a speaker', () => {
    const p = parse('* 10h : Atelier données avec Renaissance Numérique et la Fondation Jean Jaurès\n');
    expect(p.sessions[0]?.speakers).toEqual([]);
  });
});

describe('people lines of bilingual and press pages', () => {
  it('knows a bilingual label by either half ("Modération / Chair")', () => {
    const p = parse(`**9:00 – 10:00** — Panel

Modération / *Chair* : Jean-Marc TREMBLAY (Université du Québec à Montréal)
`);
    expect(people(p)).toEqual([
      session('Panel', [{ name: 'Jean-Marc TREMBLAY', organisation: 'Université du Québec à Montréal', part: 'moderator' }]),
    ]);
  });

  it('reads a line opening with a capitalised article, a role, a comma and the name', () => {
    const p = parse(`**9:00 – 9:20** — Mot d'ouverture

La présidente de l'AIDOF, Mme Françoise KABORÉ
`);
    expect(people(p)).toEqual([
      session("Mot d'ouverture", [{ name: 'Françoise KABORÉ', honorific: 'Mme', role: 'présidente', organisation: 'AIDOF', part: 'host' }]),
    ]);
  });

  it('reads a talk\'s speaker after a dash when a role follows the name', () => {
    const p = parse(`**11 h 00 – 11 h 50 | Présentation de la plateforme**

- Pourquoi une plateforme régionale ? — *Aurore Lemaître, directrice de Cyber’Ouest*
- Questions / réponses avec les participants
`);
    expect(people(p)).toEqual([
      session('Présentation de la plateforme', [{ name: 'Aurore Lemaître', role: 'directrice', organisation: 'Cyber’Ouest' }]),
    ]);
  });

  it('knows English job titles on a bilingual page', () => {
    const p = parse(`**9:20 – 10:15** — Keynote
Dr Rebecca Thornton, Director of Research, Open Knowledge Lab
`);
    expect(people(p)).toEqual([
      session('Keynote', [{ name: 'Rebecca Thornton', honorific: 'Dr', role: 'Director of Research', organisation: 'Open Knowledge Lab' }]),
    ]);
  });
});

describe('people of agendas and press invitations', () => {
  it('reads a role, a comma and the name closing an agenda item', () => {
    const p = parse(`**10 h 00 — Assemblée générale ordinaire**

1. Rapport de la vérificatrice aux comptes, Mme Odette Rabier
`);
    expect(people(p)).toEqual([
      session('Assemblée générale ordinaire', [{ name: 'Odette Rabier', honorific: 'Mme', role: 'vérificatrice aux comptes' }]),
    ]);
  });

  it('reads a capitalised role without article before the name', () => {
    const p = parse(`**11 h 30 — Table ronde**

* Directrice de l’Observatoire régional de l’ESS, Nadia Bensaïd
`);
    expect(people(p)).toEqual([
      session('Table ronde', [{ name: 'Nadia Bensaïd', role: 'Directrice', organisation: 'Observatoire régional de l’ESS' }]),
    ]);
  });

  it('reads people on "•" lines of a pasted paragraph', () => {
    const p = parse(`10h45 – 11h45 Table ronde, avec :
• Pr Élise Garnier-Duval, géographe, Université de Franche-Comté
• [Nom à confirmer], représentant(e) de la Banque des Territoires
`);
    expect(people(p)).toEqual([
      session('Table ronde', [{ name: 'Élise Garnier-Duval', honorific: 'Pr', role: 'géographe', organisation: 'Université de Franche-Comté' }]),
    ]);
  });

  it('knows "Invitée surprise" as a label closing a paragraph', () => {
    const p = parse(`**13 h** Fanfare

Cuivres et percussions pour finir en beauté. Invitée surprise : la chanteuse Mélody Garnier.
`);
    expect(people(p)).toEqual([session('Fanfare', [{ name: 'Mélody Garnier', role: 'chanteuse', part: 'guest' }])]);
  });

  it('leaves a bracketed placeholder after a slash out of the details', () => {
    const p = parse('| Horaire | Module | Intervenant |\n|---|---|---|\n| 15h30 – 16h45 | Atelier pratique | F. GIRAUD / [Intervenant à confirmer] |\n');
    expect(people(p)).toEqual([session('Atelier pratique', [{ name: 'F. GIRAUD' }])]);
  });
});

describe('short given names', () => {
  it('"par Jo Lemarchand" after a quoted title is the speaker', () => {
    const p = parse('- 16h00 : masterclass « Pitcher en 3 minutes » par Jo Lemarchand\n');
    expect(people(p)).toEqual([session('masterclass « Pitcher en 3 minutes »', [{ name: 'Jo Lemarchand' }])]);
  });
});

describe('a plenary agenda pasted with its indentation', () => {
  it('indented lines after a blank line are text, and each "Rapporteur :" line ends before the next report', () => {
    const p = parse(`11h00     Examen des rapports

          Rapport n° 25-P2-01 – Budget supplémentaire 2025
             Rapporteur : M. Yannick LE BIHAN, vice-président délégué aux
             finances
          Rapport n° 25-P2-02 – Compte administratif 2024
             Rapporteure : Mme Fatou DIALLO-MARTIN, conseillère régionale déléguée
`);
    expect(people(p)).toEqual([
      session('Examen des rapports', [
        { name: 'Yannick LE BIHAN', honorific: 'M.', role: 'vice-président délégué aux finances' },
        { name: 'Fatou DIALLO-MARTIN', honorific: 'Mme', role: 'conseillère régionale déléguée' },
      ]),
    ]);
  });

  it('a talk\'s length and a handle are no details', () => {
    const p = parse(`| Heure | Talk |
|---|---|
| 09:45 | Keynote — Patrice Lemoal (Adullact) *(45 min)* |
| 10:45 | Sauvegardes — Mathis Guérin (@mguerin), développeur freelance *(30 min)* |
`);
    expect(people(p).map(([, list]) => list)).toEqual([
      [want({ name: 'Patrice Lemoal', organisation: 'Adullact' })],
      [want({ name: 'Mathis Guérin', role: 'développeur freelance' })],
    ]);
  });
});
