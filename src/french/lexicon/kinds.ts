import type { SessionKind } from '../../types.js';

/**
 * French (and a few English) cue words → session kind. The earliest cue in a
 * title wins; at the same place, the longer cue wins ("pause déjeuner" is a meal).
 * Cues are lower case without accents.
 */
export const KIND_CUES: ReadonlyArray<readonly [string, SessionKind]> = [
  ['accueil', 'welcome'], ['bienvenue', 'welcome'], ['welcome', 'welcome'], ['ouverture des portes', 'welcome'],
  ['emargement', 'welcome'], ['mot d accueil', 'welcome'], ['ouverture', 'welcome'], ['introduction', 'welcome'],
  ['pleniere', 'plenary'], ['seance pleniere', 'plenary'], ['assemblee', 'plenary'],
  ['keynote', 'keynote'], ['conference inaugurale', 'keynote'], ['grand temoin', 'keynote'], ['discours', 'keynote'],
  ['table ronde', 'roundtable'], ['tables rondes', 'roundtable'], ['panel', 'roundtable'], ['debat', 'roundtable'],
  ['atelier', 'workshop'], ['ateliers', 'workshop'], ['workshop', 'workshop'], ['session de travail', 'workshop'],
  ['tutoriel', 'workshop'], ['tutorial', 'workshop'], ['hackathon', 'workshop'], ['travail en', 'workshop'],
  ['conference', 'talk'], ['presentation', 'talk'], ['intervention', 'talk'], ['expose', 'talk'], ['exposes', 'talk'],
  ['temoignage', 'talk'], ['retour d experience', 'talk'], ['retours d experience', 'talk'], ['talk', 'talk'],
  ['talks', 'talk'], ['restitution', 'talk'], ['webinaire', 'talk'], ['web emission', 'talk'],
  ['pitch', 'pitch'], ['pitchs', 'pitch'], ['demo', 'pitch'], ['demonstration', 'pitch'], ['demo day', 'pitch'],
  ['audition', 'pitch'],
  ['pause', 'break'], ['break', 'break'], ['pause cafe', 'break'],
  ['dejeuner', 'meal'], ['pause dejeuner', 'meal'], ['petit dejeuner', 'meal'], ['diner', 'meal'], ['buffet', 'meal'],
  ['repas', 'meal'], ['lunch', 'meal'], ['pause meridienne', 'meal'],
  ['cocktail', 'networking'], ['networking', 'networking'], ['aperitif', 'networking'], ['pot', 'networking'],
  ['soiree', 'networking'], ['moment festif', 'networking'], ['moment convivial', 'networking'], ['meet up', 'networking'],
  ['cloture', 'closing'], ['conclusion', 'closing'], ['mot de la fin', 'closing'], ['mots de cloture', 'closing'],
  ['wrap up', 'closing'], ['synthese', 'closing'], ['remerciements', 'closing'], ['fin des travaux', 'closing'],
  ['forum', 'forum'], ['salon', 'forum'], ['exposition', 'forum'], ['stands', 'forum'], ['village', 'forum'],
];
