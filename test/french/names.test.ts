import { describe, expect, it } from 'vitest';
import { findName, followedByRole, isPersonName, isPlaceholderName, matchName, nameAfterRole } from '../../src/french/names.js';

describe('matchName: names', () => {
  it.each([
    ['Stéphanie Schaer', 'Stéphanie Schaer'],
    ['Stéphanie SCHAER', 'Stéphanie SCHAER'],
    ['Jean-Michel Mis', 'Jean-Michel Mis'],
    ['Anne-Sophie Lemaire', 'Anne-Sophie Lemaire'],
    ['Pierre-Louis Dubois', 'Pierre-Louis Dubois'],
    ['Amélie de Montchalin', 'Amélie de Montchalin'],
    ['Jean de La Fontaine', 'Jean de La Fontaine'],
    ['Marie-Claire Van Der Berg', 'Marie-Claire Van Der Berg'],
    ['Martin Luther King', 'Martin Luther King'],
    ['Sylvie Gaudron', 'Sylvie Gaudron'],
    ['Zorglub MARTIN', 'Zorglub MARTIN'],
    ['Nguyên HOANG', 'Nguyên HOANG'],
    // The surname in capitals first, then a known given name.
    ['DUPONT Marie', 'DUPONT Marie'],
    ['LE BRIS Gaël', 'LE BRIS Gaël'],
    // An elided particle after a hyphen.
    ["Jean-Baptiste Lemoine-d'Arvor", "Jean-Baptiste Lemoine-d'Arvor"],
  ])('%s', (input, name) => {
    const m = matchName(input);
    expect(m).not.toBeNull();
    expect(m!.name).toBe(name);
    expect(m!.index).toBe(0);
    expect(m!.end).toBe(input.length);
    expect(m!.confidence).toBe('strong');
    expect(m!.honorific).toBeUndefined();
  });

  it.each([
    ['Mme Caroline Corbal', 'Mme', 'Caroline Corbal'],
    ['M. Jean Dupont', 'M.', 'Jean Dupont'],
    ['Dr Marc Durand', 'Dr', 'Marc Durand'],
    ['Madame Claire Dubois', 'Madame', 'Claire Dubois'],
  ])('%s: honorific kept apart', (input, honorific, name) => {
    const m = matchName(input);
    expect(m).not.toBeNull();
    expect(m!.honorific).toBe(honorific);
    expect(m!.name).toBe(name);
    expect(m!.index).toBe(0);
    expect(m!.end).toBe(input.length);
  });

  it('stops at the end of the name', () => {
    expect(matchName('Jean Dupont (DINUM)')).toEqual({ name: 'Jean Dupont', index: 0, end: 11, confidence: 'strong', given: true });
    expect(matchName('Jean Dupont, DINUM')).toEqual({ name: 'Jean Dupont', index: 0, end: 11, confidence: 'strong', given: true });
  });

  it('starts where it is told to', () => {
    expect(matchName('xx Jean Dupont', 3)).toEqual({ name: 'Jean Dupont', index: 3, end: 14, confidence: 'strong', given: true });
  });

  it('weak names only with allowWeak', () => {
    expect(matchName('Zorglub Martin')).toBeNull();
    expect(matchName('Zorglub Martin', 0, true)).toEqual({ name: 'Zorglub Martin', index: 0, end: 14, confidence: 'weak', given: false });
  });

  it.each([
    'Fondation Jean Jaurès',
    'Direction Générale',
    'Agence Nationale',
    'Ministère de la Culture',
    'Table Ronde',
    'Pause Déjeuner',
    'Les Assises',
    'Prénom Nom',
    'NOM Prénom',
    'John Doe',
    'XXX',
    'ANNE DUPONT',
    'DINUM',
    'Marie',
    'Saison 2',
    '5 organismes',
    'version 4',
    'accueil des participants',
  ])('%s is not a name', (input) => {
    expect(matchName(input)).toBeNull();
    expect(isPersonName(input)).toBe(false);
  });
});

describe('matchName: a lone surname after an abbreviated honorific', () => {
  it.each([
    ['Mme Duarte, proviseure', 'Mme', 'Duarte'],
    ['M. Oyelaran', 'M.', 'Oyelaran'],
    ['Dr ROUX', 'Dr', 'ROUX'],
  ])('%s', (input, honorific, name) => {
    const m = matchName(input);
    expect(m && { honorific: m.honorific, name: m.name, confidence: m.confidence }).toEqual({ honorific, name, confidence: 'strong' });
  });

  it.each(['Madame Bovary', 'M. Directeur', 'Mme Prénom', 'M. X'])('%s is not a name', (input) => {
    expect(matchName(input, 0, true)).toBeNull();
  });
});

describe('matchName: surnames in capitals with an elided capital', () => {
  it.each(["Jean-Baptiste M'BAYE", 'Aminata N’DIAYE'])('%s', (input) => {
    expect(matchName(input)?.name).toBe(input);
  });
});

describe('matchName: a sentence opening with a preposition is not a name', () => {
  it.each(['Par le Dr Karim HADDAD', 'Avec Karim HADDAD', 'Et Lina ROSSI', 'Pour Anne MARTIN'])('%s', (text) => {
    expect(matchName(text, 0, true)).toBeNull();
  });

  it('an honorific before two capitalised words makes a strong name', () => {
    expect(matchName('Dr Yasmina Benali-Roux (CNRS)', 0)).toMatchObject({ name: 'Yasmina Benali-Roux', honorific: 'Dr', confidence: 'strong' });
    expect(matchName('Yasmina Benali-Roux (CNRS)', 0)).toBeNull();
  });

  it('"la présidente, Marie DUPONT": a role and a comma before the name', () => {
    expect(nameAfterRole('la présidente, Marie-Hélène DUPONT-VASSEUR')?.name).toBe('Marie-Hélène DUPONT-VASSEUR');
  });

  it('the name after the preposition is still read', () => {
    expect(matchName('Avec Karim HADDAD', 5)?.name).toBe('Karim HADDAD');
    expect(matchName('le Dr Karim HADDAD', 0)).toMatchObject({ name: 'Karim HADDAD', honorific: 'le Dr' });
  });
});

describe('matchName: places named after a person', () => {
  it.each([
    ['Débuter avec Git — salle Tanguy Prigent', 25],
    ['au 12 rue Jean Jaurès', 10],
    ['collège Anne-de-Bretagne', 8],
    ['remise du prix Marie Curie', 16],
  ])('%s', (text, at) => {
    expect(matchName(text, at, true)).toBeNull();
  });

  it('a name after other words is still a name', () => {
    expect(matchName('Lecture par Tanguy Prigent', 12)?.name).toBe('Tanguy Prigent');
  });
});

describe('followedByRole', () => {
  it.each([
    ['Ouria Belkacem, directrice du programme', 14, true],
    ['Duc-Anh Lê – développeur – Framasoft', 10, true],
    ['Léa Roux, la cheffe de projet', 8, true],
    ['Renaissance Numérique, association', 21, false],
    ['Jean Dupont (DINUM)', 11, false],
    ['Jean Dupont', 11, false],
  ] as const)('%s', (text, end, expected) => {
    expect(followedByRole(text, end)).toBe(expected);
  });
});

describe('isPersonName', () => {
  it.each([
    ['Stéphanie Schaer', false, true],
    ['  Stéphanie Schaer  ', false, true],
    ['Mme Caroline Corbal', false, true],
    ['Jean Dupont (DINUM)', false, false],
    ['Jean D.', false, false],
    ['Zorglub Martin', false, false],
    ['Zorglub Martin', true, true],
    ['Intervention de Jean', false, false],
  ] as const)('%s (allowWeak %s) → %s', (input, weak, expected) => {
    expect(isPersonName(input, weak)).toBe(expected);
  });
});

describe('isPlaceholderName', () => {
  it.each([
    'Prénom Nom',
    'prenom nom',
    'Prénom NOM',
    'NOM Prénom',
    'Nom',
    'Prénom',
    'XXX',
    'xx',
    'À confirmer',
    'à définir',
    'TBD',
    'Intervenant',
    'Nom de l’intervenant',
    'John Doe',
    'Lorem ipsum',
    'Name Firstname',
  ])('%s is a placeholder', (input) => {
    expect(isPlaceholderName(input)).toBe(true);
  });

  it.each(['Jean Dupont', 'Stéphanie Schaer', 'Nomade', '', 'Xavier'])('%j is not a placeholder', (input) => {
    expect(isPlaceholderName(input)).toBe(false);
  });
});

describe('findName', () => {
  it.each([
    ['Intervention de Stéphanie Schaer (DINUM)', 'Stéphanie Schaer', 16, 32],
    ['Table ronde animée par Pierre Martin', 'Pierre Martin', 23, 36],
    ['Le Président Emmanuel Macron', 'Emmanuel Macron', 13, 28],
    ['Avec Mme Caroline Corbal, directrice', 'Caroline Corbal', 5, 24],
  ])('%s', (input, name, index, end) => {
    const m = findName(input);
    expect(m).not.toBeNull();
    expect(m!.name).toBe(name);
    expect(m!.index).toBe(index);
    expect(m!.end).toBe(end);
  });

  it('an honorific found inside a text is kept', () => {
    expect(findName('Avec Mme Caroline Corbal, directrice')?.honorific).toBe('Mme');
  });

  it.each(['Rien ici', 'Accueil des participants', 'Pause Déjeuner', 'Atelier Prénom Nom', ''])('%j has no name', (input) => {
    expect(findName(input)).toBeNull();
  });
});

describe('matchName: initials, short given names, names inside organisations', () => {
  it.each([
    ['Djamel E. Khelladi (CNRS/IRISA)', 'Djamel E. Khelladi'],
    ['Jonathan J. Attia (DINUM)', 'Jonathan J. Attia'],
    ['Lê Nguyên HOANG', 'Lê Nguyên HOANG'],
  ])('%s → %s', (input, name) => {
    expect(matchName(input)?.name).toBe(name);
  });

  it('does not take a given name inside an organisation for a person', () => {
    expect(findName('Fondation Jean Jaurès')).toBeNull();
    expect(findName('avec la Fondation Jean Jaurès et Claire Martin')?.name).toBe('Claire Martin');
  });

  it('does not start a name before "de" + given name', () => {
    expect(matchName('Intervention de Stéphanie Schaer', 0, true)).toBeNull();
    expect(matchName('Stéphanie Schaer', 0)?.confidence).toBe('strong');
  });
});

describe('matchName: an acronym before a given name', () => {
  it.each(['ANCT Marie', 'CNRS Claire'])('%s is not a name', (input) => {
    expect(matchName(input, 0, true)).toBeNull();
  });
});

describe('matchName: a capital inside "Mc"', () => {
  it('Dr. Siobhan McCarthy', () => {
    expect(matchName('Dr. Siobhan McCarthy, Senior Lecturer')?.name).toBe('Siobhan McCarthy');
  });
});
