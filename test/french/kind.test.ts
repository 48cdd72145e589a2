import { describe, expect, it } from 'vitest';
import { classifyKind, namesOnlyKind } from '../../src/french/kind.js';
import type { SessionKind } from '../../src/types.js';

describe('classifyKind', () => {
  it.each<[string, SessionKind]>([
    ['Accueil café', 'welcome'],
    ['Accueil des participants', 'welcome'],
    ['Mot d’accueil', 'welcome'],
    ['Ouverture des portes', 'welcome'],
    ['Introduction', 'welcome'],
    ['Émargement', 'welcome'],
    ['Bienvenue !', 'welcome'],
    ['Plénière de lancement', 'plenary'],
    ['Séance plénière', 'plenary'],
    ['PLÉNIÈRE', 'plenary'],
    ['Keynote', 'keynote'],
    ['Conférence inaugurale', 'keynote'],
    ['Discours du ministre', 'keynote'],
    ['Table ronde : le numérique', 'roundtable'],
    ['Tables rondes', 'roundtable'],
    ['Débat', 'roundtable'],
    ['Panel', 'roundtable'],
    ['Atelier 1', 'workshop'],
    ['Ateliers', 'workshop'],
    ['Hackathon', 'workshop'],
    ['Session de travail', 'workshop'],
    ['Conférence', 'talk'],
    ['Présentation du rapport', 'talk'],
    ['Retour d’expérience', 'talk'],
    ['Témoignage', 'talk'],
    ['Webinaire', 'talk'],
    ['Restitution des ateliers', 'talk'],
    ['Pitch des lauréats', 'pitch'],
    ['Démonstration', 'pitch'],
    ['Demo day', 'pitch'],
    ['Pause café', 'break'],
    ['Pause', 'break'],
    ['Pause déjeuner', 'meal'],
    ['Pause méridienne', 'meal'],
    ['Déjeuner', 'meal'],
    ['Petit-déjeuner', 'meal'],
    ['Dîner', 'meal'],
    ['Buffet', 'meal'],
    ['Lunch', 'meal'],
    ['Cocktail', 'networking'],
    ['Apéritif', 'networking'],
    ['Soirée de gala', 'networking'],
    ['Moment convivial', 'networking'],
    ['Pot de départ', 'networking'],
    ['Networking', 'networking'],
    ['Clôture', 'closing'],
    ['Conclusion', 'closing'],
    ['Mot de la fin', 'closing'],
    ['Synthèse', 'closing'],
    ['Remerciements', 'closing'],
    ['Wrap-up', 'closing'],
    ['Forum des associations', 'forum'],
    ['Village des startups', 'forum'],
    ['Salon', 'forum'],
    ['Exposition', 'forum'],
  ])('%s → %s', (title, kind) => {
    expect(classifyKind(title)).toBe(kind);
  });

  it.each<[string, SessionKind]>([
    ['Accueil et pause café', 'welcome'],
    ['Pause puis atelier', 'break'],
    ['Plénière : table ronde', 'plenary'],
    ['Grande table ronde puis cocktail', 'roundtable'],
  ])('the earliest cue wins: %s → %s', (title, kind) => {
    expect(classifyKind(title)).toBe(kind);
  });

  it.each(['Foo bar', 'Potager', 'Atelierx', 'Saison 2', '5 organismes', 'Nuit du code', ''])('%j → other (cues are whole words)', (title) => {
    expect(classifyKind(title)).toBe('other');
  });

  it('falls back on the description when the title has no cue', () => {
    expect(classifyKind('Session 1', 'Une table ronde sur les données')).toBe('roundtable');
    expect(classifyKind('Session 1', null)).toBe('other');
    expect(classifyKind('Session 1')).toBe('other');
  });

  it('the title wins over the description', () => {
    expect(classifyKind('Atelier', 'pause')).toBe('workshop');
  });
});

describe('namesOnlyKind', () => {
  it('is true for a title that only names a kind of session', () => {
    for (const t of ['Web-émission', 'Webinaire (en anglais)', 'Conférence', 'web-émission spéciale « midi »']) expect(namesOnlyKind(t)).toBe(true);
  });
  it('is false for a title that names its subject', () => {
    for (const t of ['Sobriété numérique', 'Conférence sur la sobriété numérique et les écoles', 'Accueil des participants et café']) expect(namesOnlyKind(t)).toBe(false);
  });
});
