import { describe, expect, it } from 'vitest';
import { DINUM, ANCT, DITP, ANSSI, CNIL, INSEE, MENJS } from '../helpers/bodies.js';
import { partFromCue, readPeople, splitRole, type ReadPeopleOptions } from '../../src/french/people.js';
import type { Person, PersonPart } from '../../src/types.js';

/** What a test says about a person: every field, `undefined` where absent. */
interface Expected {
  name: string;
  honorific?: string;
  role: string | null;
  organisation: string | null;
  part?: PersonPart;
  tentative?: boolean;
  acronym?: string;
  expanded?: string;
}

const view = (p: Person) => ({
  name: p.name,
  honorific: p.honorific,
  role: p.role,
  organisation: p.organisation,
  part: p.part,
  tentative: p.tentative,
  acronym: p.organisationInfo?.acronym,
  expanded: p.organisationInfo?.expanded,
});

const want = (e: Expected) => ({
  name: e.name,
  honorific: e.honorific,
  role: e.role,
  organisation: e.organisation,
  part: e.part ?? 'speaker',
  tentative: e.tentative,
  acronym: e.acronym,
  expanded: e.expanded,
});

const read = (text: string, options: ReadPeopleOptions = {}) => readPeople(text, { allowWeak: true, ...options }).map(view);


describe('readPeople: names', () => {
  it.each([
    ['Stéphanie Schaer', 'Stéphanie Schaer'],
    ['Stéphanie SCHAER', 'Stéphanie SCHAER'],
    ['Marc ALDEBERT', 'Marc ALDEBERT'],
    ['Jean-Michel Mis', 'Jean-Michel Mis'],
    ['Anne-Laure Petit-Renaud', 'Anne-Laure Petit-Renaud'],
    ['Jean-Baptiste LE GOFF', 'Jean-Baptiste LE GOFF'],
    ['Amélie de Montchalin', 'Amélie de Montchalin'],
    ['Jean du Pont', 'Jean du Pont'],
    ['Hélène Le Goff', 'Hélène Le Goff'],
    ['Marie La Rochelle', 'Marie La Rochelle'],
    ['Pierre van Damme', 'Pierre van Damme'],
    ['Jean van der Berg', 'Jean van der Berg'],
    ['Marie de La Tour du Pin', 'Marie de La Tour du Pin'],
    ['Éléonore Lefèvre', 'Éléonore Lefèvre'],
    ['Noémie Bénard-Müller', 'Noémie Bénard-Müller'],
    ['Gaël Rossi', 'Gaël Rossi'],
    ['Djamel E. Khelladi', 'Djamel E. Khelladi'],
    ['Jean-Marc E. Durand', 'Jean-Marc E. Durand'],
    ['**Patrick Dupuis**', 'Patrick Dupuis'],
    ['*Claire Martin*', 'Claire Martin'],
  ])('%s → %s', (input, name) => {
    expect(read(input)).toEqual([want({ name, role: null, organisation: null })]);
  });

  it('needs a known given name or a surname in capitals unless allowWeak is set', () => {
    expect(readPeople('Zorglub Martin')).toEqual([]);
    expect(readPeople('Zorglub MARTIN').map((p) => p.name)).toEqual(['Zorglub MARTIN']);
    expect(readPeople('Zorglub Martin', { allowWeak: true }).map((p) => p.name)).toEqual(['Zorglub Martin']);
  });

  it('gives the index where each name starts', () => {
    expect(readPeople('Sophie Bernard, Luc Moreau et Anne Girard').map((p) => [p.name, p.index])).toEqual([
      ['Sophie Bernard', 0],
      ['Luc Moreau', 16],
      ['Anne Girard', 30],
    ]);
  });
});

describe('readPeople: honorifics are kept apart from the name', () => {
  it.each([
    ['M. Jean Dupont', 'M.', 'Jean Dupont'],
    ['Mme Caroline Corbal', 'Mme', 'Caroline Corbal'],
    ['Monsieur Paul Martin', 'Monsieur', 'Paul Martin'],
    ['Madame Claire Dubois', 'Madame', 'Claire Dubois'],
    ['Dr Marc Durand', 'Dr', 'Marc Durand'],
    ['Dr. Marc Durand', 'Dr.', 'Marc Durand'],
    ['Pr Anne Petit', 'Pr', 'Anne Petit'],
    ['Pr. Anne Petit', 'Pr.', 'Anne Petit'],
    ['Me Louise Bernard', 'Me', 'Louise Bernard'],
    ['Me. Louise Bernard', 'Me.', 'Louise Bernard'],
    ['Mlle Anne Petit', 'Mlle', 'Anne Petit'],
    ['Professeure Anne Petit', 'Professeure', 'Anne Petit'],
    ['Mme Louise BERNARD', 'Mme', 'Louise BERNARD'],
  ])('%s', (input, honorific, name) => {
    expect(read(input)).toEqual([want({ name, honorific, role: null, organisation: null })]);
  });

  it.each([
    ['Mme Caroline Corbal, DITP', { name: 'Caroline Corbal', honorific: 'Mme', role: null, organisation: 'DITP', acronym: 'DITP', expanded: DITP }],
    ['M. Jean Dupont, ANSSI', { name: 'Jean Dupont', honorific: 'M.', role: null, organisation: 'ANSSI', acronym: 'ANSSI', expanded: ANSSI }],
    ['Monsieur Paul Martin, CNIL', { name: 'Paul Martin', honorific: 'Monsieur', role: null, organisation: 'CNIL', acronym: 'CNIL', expanded: CNIL }],
    ['Madame Claire Dubois, Insee', { name: 'Claire Dubois', honorific: 'Madame', role: null, organisation: 'Insee', acronym: 'INSEE', expanded: INSEE }],
    ['Dr Marc Durand, INSEE', { name: 'Marc Durand', honorific: 'Dr', role: null, organisation: 'INSEE', acronym: 'INSEE', expanded: INSEE }],
    ['Pr Anne Petit, CNRS', { name: 'Anne Petit', honorific: 'Pr', role: null, organisation: 'CNRS', acronym: 'CNRS', expanded: 'Centre national de la recherche scientifique' }],
    ['Me Louise Bernard, avocate', { name: 'Louise Bernard', honorific: 'Me', role: 'avocate', organisation: null }],
    ['Mme Louise BERNARD, Pôle emploi', { name: 'Louise BERNARD', honorific: 'Mme', role: null, organisation: 'Pôle emploi', expanded: 'Pôle emploi' }],
  ] as [string, Expected][])('%s: with role and organisation', (input, expected) => {
    expect(read(input)).toEqual([want(expected)]);
  });
});

describe('readPeople: role and organisation', () => {
  it.each([
    [
      'Patrick Dupuis, chef de la mission transformation numérique de l’État, direction interministérielle du numérique (DINUM)',
      { name: 'Patrick Dupuis', role: 'chef de la mission transformation numérique de l’État', organisation: 'direction interministérielle du numérique (DINUM)', acronym: 'DINUM', expanded: DINUM },
    ],
    [
      'Claire MARTIN, directrice interministérielle du numérique (DINUM)',
      { name: 'Claire MARTIN', role: 'directrice interministérielle du numérique', organisation: 'DINUM', acronym: 'DINUM', expanded: DINUM },
    ],
    [
      'Paul Durand, directeur général adjoint en charge de la DSI de Pôle Emploi',
      { name: 'Paul Durand', role: 'directeur général adjoint en charge de la DSI', organisation: 'Pôle Emploi', expanded: 'Pôle emploi' },
    ],
    ['Marc ALDEBERT (DINUM)', { name: 'Marc ALDEBERT', role: null, organisation: 'DINUM', acronym: 'DINUM', expanded: DINUM }],
    ['Jacques Petit (fondateur Observatoire data publica)', { name: 'Jacques Petit', role: 'fondateur', organisation: 'Observatoire data publica' }],
    [
      'Julie Leroy, conseillère auprès du directeur général, cheffe de projet « France Relance »',
      { name: 'Julie Leroy', role: 'conseillère auprès du directeur général, cheffe de projet « France Relance »', organisation: null },
    ],
    ['Claire Martin, directrice de l’ANCT', { name: 'Claire Martin', role: 'directrice', organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT }],
    ["Claire Martin, directrice générale de l'ANCT", { name: 'Claire Martin', role: 'directrice générale', organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT }],
    [
      'Claire Martin, directrice de l’Agence nationale de la cohésion des territoires',
      { name: 'Claire Martin', role: 'directrice', organisation: 'Agence nationale de la cohésion des territoires', acronym: 'ANCT', expanded: ANCT },
    ],
    ["Claire Martin, responsable du datalab à l'Insee", { name: 'Claire Martin', role: 'responsable du datalab', organisation: 'Insee', acronym: 'INSEE', expanded: INSEE }],
    ['Claire Martin, data scientist à l’Insee', { name: 'Claire Martin', role: 'data scientist', organisation: 'Insee', acronym: 'INSEE', expanded: INSEE }],
    ['Claire Martin, cheffe de projet à la DITP', { name: 'Claire Martin', role: 'cheffe de projet', organisation: 'DITP', acronym: 'DITP', expanded: DITP }],
    ['Claire Martin, chargée de mission au sein de la DINUM', { name: 'Claire Martin', role: 'chargée de mission', organisation: 'DINUM', acronym: 'DINUM', expanded: DINUM }],
    ['Claire Martin, cheffe du pôle données, DINUM', { name: 'Claire Martin', role: 'cheffe du pôle données', organisation: 'DINUM', acronym: 'DINUM', expanded: DINUM }],
    ['Claire Martin : directrice de la CNIL', { name: 'Claire Martin', role: 'directrice', organisation: 'CNIL', acronym: 'CNIL', expanded: CNIL }],
    ['Claire Martin (directrice, ANCT)', { name: 'Claire Martin', role: 'directrice', organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT }],
    ['Claire Martin – directrice, ANCT', { name: 'Claire Martin', role: 'directrice', organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT }],
    ['Claire Martin - ANSSI', { name: 'Claire Martin', role: null, organisation: 'ANSSI', acronym: 'ANSSI', expanded: ANSSI }],
    ['Claire Martin (CNRS, Aix-Marseille Université)', { name: 'Claire Martin', role: null, organisation: 'CNRS, Aix-Marseille Université' }],
    ['Anne-Laure Petit-Renaud, cheffe de projet, ANCT', { name: 'Anne-Laure Petit-Renaud', role: 'cheffe de projet', organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT }],
    ['Jean-Baptiste LE GOFF, DITP', { name: 'Jean-Baptiste LE GOFF', role: null, organisation: 'DITP', acronym: 'DITP', expanded: DITP }],
    ['Djamel E. Khelladi, Etalab', { name: 'Djamel E. Khelladi', role: null, organisation: 'Etalab', expanded: 'Etalab' }],
    ['Hélène Le Goff, Pôle emploi', { name: 'Hélène Le Goff', role: null, organisation: 'Pôle emploi', expanded: 'Pôle emploi' }],
    ['Jean-Michel Mis, député', { name: 'Jean-Michel Mis', role: 'député', organisation: null }],
    ['Stéphanie SCHAER, directrice interministérielle du numérique', { name: 'Stéphanie SCHAER', role: 'directrice interministérielle du numérique', organisation: null }],
    [
      'Marie de La Tour du Pin, présidente, Fondation Internet Nouvelle Génération',
      { name: 'Marie de La Tour du Pin', role: 'présidente', organisation: 'Fondation Internet Nouvelle Génération' },
    ],
    [
      'Claire Martin, conseillère numérique à la Présidence de la République',
      { name: 'Claire Martin', role: 'conseillère numérique', organisation: 'Présidence de la République', expanded: 'Présidence de la République' },
    ],
    ['Claire Martin, déléguée générale Open Data France', { name: 'Claire Martin', role: 'déléguée générale', organisation: 'Open Data France', expanded: 'Open Data France' }],
  ] as [string, Expected][])('%s', (input, expected) => {
    expect(read(input)).toEqual([want(expected)]);
  });
});

describe('readPeople: several people in one phrase', () => {
  it.each([
    [
      'Sophie Bernard, Luc Moreau et Anne Girard',
      [
        { name: 'Sophie Bernard', role: null, organisation: null },
        { name: 'Luc Moreau', role: null, organisation: null },
        { name: 'Anne Girard', role: null, organisation: null },
      ],
    ],
    [
      'Alexis Martin et Philippe Roux (MENJS)',
      [
        { name: 'Alexis Martin', role: null, organisation: 'MENJS', acronym: 'MENJS', expanded: MENJS },
        { name: 'Philippe Roux', role: null, organisation: 'MENJS', acronym: 'MENJS', expanded: MENJS },
      ],
    ],
    [
      'Claire Martin & Paul Roux (DITP)',
      [
        { name: 'Claire Martin', role: null, organisation: 'DITP', acronym: 'DITP', expanded: DITP },
        { name: 'Paul Roux', role: null, organisation: 'DITP', acronym: 'DITP', expanded: DITP },
      ],
    ],
    [
      'Claire Martin, Paul Roux et Anne Petit (ANCT)',
      [
        { name: 'Claire Martin', role: null, organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT },
        { name: 'Paul Roux', role: null, organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT },
        { name: 'Anne Petit', role: null, organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT },
      ],
    ],
    [
      'Marc ALDEBERT (DINUM), Jacques Petit (fondateur Observatoire data publica)',
      [
        { name: 'Marc ALDEBERT', role: null, organisation: 'DINUM', acronym: 'DINUM', expanded: DINUM },
        { name: 'Jacques Petit', role: 'fondateur', organisation: 'Observatoire data publica' },
      ],
    ],
    [
      'Claire Martin (Etalab) et Paul Roux (DINUM)',
      [
        { name: 'Claire Martin', role: null, organisation: 'Etalab', expanded: 'Etalab' },
        { name: 'Paul Roux', role: null, organisation: 'DINUM', acronym: 'DINUM', expanded: DINUM },
      ],
    ],
    [
      'Claire Martin (ANCT), Paul Roux (DITP)',
      [
        { name: 'Claire Martin', role: null, organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT },
        { name: 'Paul Roux', role: null, organisation: 'DITP', acronym: 'DITP', expanded: DITP },
      ],
    ],
    [
      'Claire Martin, directrice interministérielle du numérique (Dinum) et Paul Roux, chef du service, DITP',
      [
        { name: 'Claire Martin', role: 'directrice interministérielle du numérique', organisation: 'Dinum', acronym: 'DINUM', expanded: DINUM },
        { name: 'Paul Roux', role: 'chef du service', organisation: 'DITP', acronym: 'DITP', expanded: DITP },
      ],
    ],
    [
      'Marc ALDEBERT (DINUM) et un représentant du projet Rudi',
      [{ name: 'Marc ALDEBERT', role: null, organisation: 'DINUM', acronym: 'DINUM', expanded: DINUM }],
    ],
  ] as [string, Expected[]][])('%s', (input, expected) => {
    expect(read(input)).toEqual(expected.map(want));
  });
});

describe('readPeople: the part comes from the options', () => {
  it.each(['speaker', 'moderator', 'guest', 'host'] as const)('%s', (part) => {
    expect(read('Claire Martin, ANCT et Paul Roux', { part }).map((p) => p.part)).toEqual([part, part]);
  });

  it('an organisation given by the layout makes the descriptor all role', () => {
    expect(read('Anna Schmidt, product manager', { organisation: 'Tech4Germany' })).toEqual([
      want({ name: 'Anna Schmidt', role: 'product manager', organisation: 'Tech4Germany' }),
    ]);
  });
});

describe('readPeople: tentative people', () => {
  it.each([
    ['Jean Dupont (sous réserve)', { name: 'Jean Dupont', role: null, organisation: null, tentative: true }],
    ['Jean Dupont (Sous réserve)', { name: 'Jean Dupont', role: null, organisation: null, tentative: true }],
    ['Jean Dupont (à confirmer)', { name: 'Jean Dupont', role: null, organisation: null, tentative: true }],
    ['Jean Dupont (tbc)', { name: 'Jean Dupont', role: null, organisation: null, tentative: true }],
    ["Jean Dupont, directeur de l'Insee (à confirmer)", { name: 'Jean Dupont', role: 'directeur', organisation: 'Insee', tentative: true, acronym: 'INSEE', expanded: INSEE }],
    ['Jean Dupont (sous réserve), DINUM', { name: 'Jean Dupont', role: null, organisation: 'DINUM', tentative: true, acronym: 'DINUM', expanded: DINUM }],
    ['Jean Dupont, DINUM (sous réserve)', { name: 'Jean Dupont', role: null, organisation: 'DINUM', tentative: true, acronym: 'DINUM', expanded: DINUM }],
    ['Paul Roux (DINUM) (à confirmer)', { name: 'Paul Roux', role: null, organisation: 'DINUM', tentative: true, acronym: 'DINUM', expanded: DINUM }],
  ] as [string, Expected][])('%s', (input, expected) => {
    expect(read(input)).toEqual([want(expected)]);
  });

  it('only the person marked is tentative', () => {
    expect(read('Jean Dupont, directeur, ANCT (sous réserve) et Marie Curie, CNIL')).toEqual([
      want({ name: 'Jean Dupont', role: 'directeur', organisation: 'ANCT', tentative: true, acronym: 'ANCT', expanded: ANCT }),
      want({ name: 'Marie Curie', role: null, organisation: 'CNIL', acronym: 'CNIL', expanded: CNIL }),
    ]);
  });
});

describe('readPeople: not people', () => {
  it.each([
    'Renaissance Numérique et la Fondation Jean Jaurès',
    'Renaissance Numérique',
    'la Fondation Jean Jaurès',
    'Open Data France et la Fondation Jean Jaurès',
    'un représentant du projet Rudi',
    'un représentant de la DINUM',
    "une représentante de l'ANCT",
    'le fondateur de Green IT',
    'le directeur de la DITP',
    'DINUM',
    'Direction interministérielle du numérique',
    'table ronde sur la donnée',
    '',
  ])('%j', (input) => {
    expect(readPeople(input)).toEqual([]);
    expect(readPeople(input, { allowWeak: true })).toEqual([]);
  });
});

describe('readPeople: placeholders', () => {
  it.each([
    ['Prénom Nom', [['Prénom Nom', 0]]],
    ['Prénom NOM', [['Prénom NOM', 0]]],
    ['NOM Prénom', [['NOM Prénom', 0]]],
    ['XXX', [['XXX', 0]]],
    ['Prénom Nom, fonction entité', [['Prénom Nom', 0]]],
    ['Prénom Nom, Fonction, Entité', [['Prénom Nom', 0]]],
    ['Prénom NOM (Entité)', [['Prénom NOM', 0]]],
    ['Prénom Nom et NOM Prénom', [['Prénom Nom', 0], ['NOM Prénom', 14]]],
  ] as [string, [string, number][]][])('%s is reported, never returned', (input, reported) => {
    const seen: [string, number][] = [];
    expect(readPeople(input, { allowWeak: true, onPlaceholder: (text, index) => seen.push([text, index]) })).toEqual([]);
    expect(seen).toEqual(reported);
  });

  it('a placeholder does not hide the real people around it', () => {
    const seen: [string, number][] = [];
    const people = readPeople('Prénom Nom, fonction entité et Claire Martin (ANCT)', { allowWeak: true, onPlaceholder: (t, i) => seen.push([t, i]) });
    expect(people.map(view)).toEqual([want({ name: 'Claire Martin', role: null, organisation: 'ANCT', acronym: 'ANCT', expanded: ANCT })]);
    expect(seen).toEqual([['Prénom Nom', 0]]);
  });

  it('without onPlaceholder the placeholder is still left out', () => {
    expect(readPeople('Prénom Nom')).toEqual([]);
  });

  it.each([
    ['Jean Dupont, fonction entité', { name: 'Jean Dupont', role: null, organisation: null }],
    ['Jean Dupont (fonction entité)', { name: 'Jean Dupont', role: null, organisation: null }],
    ['Jean Dupont, poste', { name: 'Jean Dupont', role: null, organisation: null }],
    ['Claire Martin, fonction entité (PIX)', { name: 'Claire Martin', role: null, organisation: 'PIX' }],
  ] as [string, Expected][])('%s: "fonction entité" is no role', (input, expected) => {
    expect(read(input)).toEqual([want(expected)]);
  });
});

describe('splitRole', () => {
  it.each([
    [
      'chef de la mission transformation numérique de l’État, direction interministérielle du numérique (DINUM)',
      'chef de la mission transformation numérique de l’État',
      'direction interministérielle du numérique (DINUM)',
    ],
    ['directrice interministérielle du numérique (DINUM)', 'directrice interministérielle du numérique', 'DINUM'],
    ['directeur général adjoint en charge de la DSI de Pôle Emploi', 'directeur général adjoint en charge de la DSI', 'Pôle Emploi'],
    ['(DINUM)', null, 'DINUM'],
    ['(fondateur Observatoire data publica)', 'fondateur', 'Observatoire data publica'],
    ['(CNRS, Aix-Marseille Université)', null, 'CNRS, Aix-Marseille Université'],
    ['conseillère auprès du directeur général, cheffe de projet « France Relance »', 'conseillère auprès du directeur général, cheffe de projet « France Relance »', null],
    ["responsable du datalab à l'Insee", 'responsable du datalab', 'Insee'],
    ['responsable du datalab de l’Insee', 'responsable du datalab', 'Insee'],
    ['chargée de mission, ANCT', 'chargée de mission', 'ANCT'],
    ['directeur de projet à la DITP', 'directeur de projet', 'DITP'],
    ['de la DINUM', null, 'DINUM'],
    ['du défi CyberImpact', null, 'défi CyberImpact'],
    ['DINUM (Direction interministérielle du numérique)', null, 'DINUM (Direction interministérielle du numérique)'],
    ['ANSSI', null, 'ANSSI'],
    ['directeur, Agence nationale de la cohésion des territoires (ANCT)', 'directeur', 'Agence nationale de la cohésion des territoires (ANCT)'],
    ['déléguée à la protection des données, CNIL', 'déléguée à la protection des données', 'CNIL'],
    ['data scientist, Insee', 'data scientist', 'Insee'],
    ['cheffe de service, Pôle emploi', 'cheffe de service', 'Pôle emploi'],
    ['présidente, Fondation Internet Nouvelle Génération', 'présidente', 'Fondation Internet Nouvelle Génération'],
    ['directrice du numérique de la Ville de Paris', 'directrice du numérique', 'Ville de Paris'],
    ['député', 'député', null],
    ['doyenne de la Faculté de droit et science politique', 'doyenne', 'Faculté de droit et science politique'],
    [
      "médecin coordinateur de la Permanence d'accès aux soins de santé (PASS) des Hospices civils de Lyon",
      'médecin coordinateur',
      "Permanence d'accès aux soins de santé (PASS) des Hospices civils de Lyon",
    ],
    // A bar is a body; a body's type alone names none ("présidente de l'association").
    ['avocate au barreau de Lyon', 'avocate', 'barreau de Lyon'],
    ['président du réseau', 'président du réseau', null],
    ['président du réseau Eau & Territoires', 'président', 'réseau Eau & Territoires'],
    // A connector inside a proper name is not where the organisation starts.
    ['journaliste à Terres du Centre', 'journaliste', 'Terres du Centre'],
    ['chargé de mission Europe à la DINUM', 'chargé de mission Europe', 'DINUM'],
    // A common noun naming a body by its acronym is an organisation; a role word is not.
    ['ingénieur en calcul scientifique, mésocentre MESONUM', 'ingénieur en calcul scientifique', 'mésocentre MESONUM'],
    ['chargée de mission RGPD', 'chargée de mission RGPD', null],
    [', directrice, ANCT.', 'directrice', 'ANCT'],
    ['fonction entité', null, null],
    ['', null, null],
    [' , ', null, null],
  ] as [string, string | null, string | null][])('%j → role %j, organisation %j', (input, role, organisation) => {
    const split = splitRole(input);
    expect({ role: split.role, organisation: split.organisation }).toEqual({ role, organisation });
  });
});

describe('partFromCue', () => {
  it.each([
    ['Modération :', 'moderator'],
    ['Modération', 'moderator'],
    ['modérée par', 'moderator'],
    ['Modéré par', 'moderator'],
    ['animé par', 'moderator'],
    ['Animée par', 'moderator'],
    ['Animation :', 'moderator'],
    ['Invité :', 'guest'],
    ['Invitée', 'guest'],
    ['Invités', 'guest'],
    ['Introduction par', 'host'],
    ["Discours d'introduction par", 'host'],
    ['Clôture par', 'host'],
    ['Cloture par', 'host'],
    ['Accueil par', 'host'],
    ['Ouverture par', 'host'],
    ['Conclusion par', 'host'],
    ['Mot d’accueil de', 'host'],
    ['Intervenants', null],
    ['Speakers', null],
    ['par', null],
    ['avec', null],
    ['', null],
  ] as [string, PersonPart | null][])('%j → %s', (cue, part) => {
    expect(partFromCue(cue)).toBe(part);
  });
});

describe('readPeople: cases found by testing', () => {
  const one = (text: string) => readPeople(text, { allowWeak: true }).map((p) => [p.name, p.role, p.organisation, p.tentative ?? false]);

  it.each([
    ['Jean d’Ormesson, écrivain', [['Jean d’Ormesson', 'écrivain', null, false]]],
    ['J.-M. Durand, ANCT', [['J.-M. Durand', null, 'ANCT', false]]],
    ['Claire Martin, cheffe du pôle design, DINUM', [['Claire Martin', 'cheffe du pôle design', 'DINUM', false]]],
    ['Claire Martin, chef de projet Etalab', [['Claire Martin', 'chef de projet', 'Etalab', false]]],
    ['Claire Martin, professeure à Sorbonne Université', [['Claire Martin', 'professeure', 'Sorbonne Université', false]]],
    ['Jean Dupont, Fonction, Entité', [['Jean Dupont', null, null, false]]],
    ['Jean Dupont, fonction entité', [['Jean Dupont', null, null, false]]],
    ['Jean Dupont et Prénom Nom', [['Jean Dupont', null, null, false]]],
    ['Jean Dupont, XXX', [['Jean Dupont', null, null, false]]],
    ['Jean Dupont (DINUM), Prénom NOM et Claire Martin (ANCT)', [['Jean Dupont', null, 'DINUM', false], ['Claire Martin', null, 'ANCT', false]]],
    ['Paul Roux (DINUM, à confirmer)', [['Paul Roux', null, 'DINUM', true]]],
    ['Laure Martin, co-fondatrice de la Fabrique et Directrice d’Etalab', [['Laure Martin', 'co-fondatrice de la Fabrique et Directrice', 'Etalab', false]]],
  ] as const)('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});

describe('readPeople: a role written before the name', () => {
  const one = (text: string) => readPeople(text, { allowWeak: true }).map((p) => [p.name, p.role, p.organisation]);

  it.each([
    // The next person's role ends the details of the one before.
    ['la comédienne Ysolde Kervella et le guitariste Mamadou Traoré', [['Ysolde Kervella', 'comédienne', null], ['Mamadou Traoré', 'guitariste', null]]],
    // Words after the name that open no role are not details.
    ["l'illustrateur Tiago Ferraz — dès 8 ans, sur réservation", [['Tiago Ferraz', 'illustrateur', null]]],
    ["l'autrice Fatou Sissoko-Diarra autour de son roman Les Baobabs de Montreuil", [['Fatou Sissoko-Diarra', 'autrice', null]]],
    // A role that opens with a role word still wins over the one before.
    ["le trésorier Gilles Aubert, directeur de l'école", [['Gilles Aubert', "directeur de l'école", null]]],
    // The role before a comma, and the body it names.
    ['la présidente, Maëlys Nkemba', [['Maëlys Nkemba', 'présidente', null]]],
    ['le président du Conseil régional, Loïg Kerhervé', [['Loïg Kerhervé', 'président', 'Conseil régional']]],
  ] as const)('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});

describe('readPeople: members credited in brackets after their group', () => {
  const one = (text: string) => readPeople(text, { allowWeak: true, part: 'host' }).map((p) => [p.name, p.organisation, p.part]);

  it.each([
    ["la compagnie L'Envolée (Margaux Lebrun et Samuel Oliveira)", [['Margaux Lebrun', "compagnie L'Envolée", 'host'], ['Samuel Oliveira', "compagnie L'Envolée", 'host']]],
    ['le collectif Les Arpenteurs (Léa Morin, Paul Girard)', [['Léa Morin', 'collectif Les Arpenteurs', 'host'], ['Paul Girard', 'collectif Les Arpenteurs', 'host']]],
    // Brackets that hold something other than names, or follow a person, are not members.
    ['la compagnie L’Envolée (dès 8 ans)', []],
    ['Jean Dupont (Marie Curie Institute)', [['Jean Dupont', 'Marie Curie Institute', 'host']]],
  ] as const)('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });
});

describe('readPeople: where the details of a person end', () => {
  const one = (text: string) => readPeople(text, { allowWeak: true }).map((p) => [p.name, p.role, p.organisation]);

  it.each([
    ['Pr Goulven Tanguy (Nantes Université) et co-encadrée par le laboratoire', [['Goulven Tanguy', null, 'Nantes Université']]],
    ['Hoang Thi Lan, directrice de recherche, IRD — « Deltas et migrations »', [['Hoang Thi Lan', 'directrice de recherche', 'IRD']]],
    ['Anne Roth (DINUM) et son équipe', [['Anne Roth', null, 'DINUM']]],
    [
      "Nicolas Aubrun, animateur nature au CPIE des Monts du Limousin, sur la gestion de l'eau au potager",
      [['Nicolas Aubrun', 'animateur nature', 'CPIE des Monts du Limousin']],
    ],
    ["Paul Durand, chercheur, autour d'une question vive", [['Paul Durand', 'chercheur', null]]],
    [
      "Léon Castel, bibliothécaire jeunesse, et l'autrice Margot Villiers",
      [['Léon Castel', 'bibliothécaire jeunesse', null], ['Margot Villiers', 'autrice', null]],
    ],
    [
      'Claire-Marie DUVAL, directrice de la donnée, Métropole européenne de Lille : « Un assistant conversationnel »',
      [['Claire-Marie DUVAL', 'directrice de la donnée', 'Métropole européenne de Lille']],
    ],
    [
      'Karim HADDAD, ingénieur, et Lina ROSSI, doctorante, toutes les deux au laboratoire LOCIE',
      [['Karim HADDAD', 'ingénieur', 'laboratoire LOCIE'], ['Lina ROSSI', 'doctorante', 'laboratoire LOCIE']],
    ],
    [
      'Karim Haddad-Lefebvre (Cour de cassation, service de documentation) et [intervenant à confirmer]',
      [['Karim Haddad-Lefebvre', null, 'Cour de cassation, service de documentation']],
    ],
    ['Thomas Ribière, libraire (Librairie Les Mots Passants), à l’animation.', [['Thomas Ribière', 'libraire', 'Librairie Les Mots Passants']]],
    ["Dr Amélie Brossard-N'Guyen, médecin du travail", [["Amélie Brossard-N'Guyen", 'médecin du travail', null]]],
    ["Bernard CHAUMET, historien, Société d'histoire de la Croix-Rousse — Entrée libre", [['Bernard CHAUMET', 'historien', "Société d'histoire de la Croix-Rousse"]]],
    ['Florent Guéguen — data engineer', [['Florent Guéguen', 'data engineer', null]]],
    [
      "Mathilde ROUSSEL-BEY, vice-présidente, Région Bretagne, et le parrain de cette édition, Pr Olivier N'Guessan (IMT Atlantique)",
      [['Mathilde ROUSSEL-BEY', 'vice-présidente', 'Région Bretagne'], ["Olivier N'Guessan", 'parrain de cette édition', 'IMT Atlantique']],
    ],
    // A detail ending in "de" or "et" letters is not cut ("Claude", "Bidet").
    ['Marie Lenoir, directrice, Fondation Claude', [['Marie Lenoir', 'directrice', 'Fondation Claude']]],
    ['Marie Lenoir, présidente, Maison Bidet', [['Marie Lenoir', 'présidente', 'Maison Bidet']]],
    // The words joining the next person are no detail; "notre hôte" is a role before the name.
    [
      'Christian Fabre, président du Conseil départemental du Tarn, avec la participation de Mme Nadia Belkacem, préfète du Tarn',
      [['Christian Fabre', 'président', 'Conseil départemental du Tarn'], ['Nadia Belkacem', 'préfète du Tarn', null]],
    ],
    [
      'Léo Vanhoutte et Inès Haddad, puis par notre hôte Damien Roussel, responsable DevRel chez OVHcloud',
      [['Léo Vanhoutte', null, null], ['Inès Haddad', null, null], ['Damien Roussel', 'responsable DevRel', 'OVHcloud']],
    ],
    // Acronyms of jobs in schools are roles; a job of several words is not cut at its "des".
    [
      'Nathalie KERMARREC, CPC, circonscription de Rennes-Nord, et Erwan Le Saux-Tanguy, ERUN',
      [['Nathalie KERMARREC', 'CPC', 'circonscription de Rennes-Nord'], ['Erwan Le Saux-Tanguy', 'ERUN', null]],
    ],
    ['Jean-Marc HERVÉ, professeur des écoles maître formateur (PEMF)', [['Jean-Marc HERVÉ', 'professeur des écoles maître formateur (PEMF)', null]]],
    ["Marie Roux, professeure des universités à l'Université de Lille", [['Marie Roux', 'professeure des universités', 'Université de Lille']]],
    // A prefect's title is one role, the region in it no organisation; a rector's academy is one.
    ['M. Paul Delcourt, préfet de la région Hauts-de-France, préfet du Nord', [['Paul Delcourt', 'préfet de la région Hauts-de-France, préfet du Nord', null]]],
    ["Hugues Deschamps, recteur de l'académie de Grenoble", [['Hugues Deschamps', 'recteur', 'académie de Grenoble']]],
    // A role before the name after "son"; a note in brackets and the session's place are no details.
    ['par son propriétaire, M. Henri de La Varende (départ devant le moulin, durée 1 h)', [['Henri de La Varende', 'propriétaire', null]]],
    ["Awa Sissoko-N'Diaye, chanteuse et joueuse de kora, scène du Champ de foire", [["Awa Sissoko-N'Diaye", 'chanteuse et joueuse de kora', null]]],
    // An honorific and a role before the name.
    ['M. le Président Laurent Mercadier', [['Laurent Mercadier', 'Président', null]]],
    [
      'Mme la Directrice générale Agnès Peyrot-Lemaire, Mutuelle des architectes français (MAF)',
      [['Agnès Peyrot-Lemaire', 'Directrice générale', 'Mutuelle des architectes français (MAF)']],
    ],
    // A part opening on "des" goes on the organisation before it.
    [
      'Laure Dimitrov, sous-directrice, Direction générale des infrastructures, des transports et des mobilités (DGITM)',
      [['Laure Dimitrov', 'sous-directrice', 'Direction générale des infrastructures, des transports et des mobilités (DGITM)']],
    ],
  ] as const)('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it('reports placeholders wherever they stand', () => {
    const seen: string[] = [];
    readPeople('Jean Dupont, Prénom NOM et XXX', { onPlaceholder: (t) => seen.push(t) });
    expect(seen).toEqual(['Prénom NOM', 'XXX']);
  });
});
