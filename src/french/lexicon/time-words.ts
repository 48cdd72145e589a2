/**
 * Words and signs of French clock times and ranges, as data.
 */

/** Named times of day. */
export const NAMED_TIMES: ReadonlyMap<string, { hour: number; minute: number }> = new Map([
  ['midi', { hour: 12, minute: 0 }],
  ['minuit', { hour: 0, minute: 0 }],
]);

/**
 * Dash-like characters people use between two times: hyphen-minus, hyphen,
 * non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
 */
export const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';

/** Words that join the two ends of a range ("de 9h à 10h", "9h jusqu'à 11h", "entre 9h et 11h"). */
export const RANGE_WORDS: readonly string[] = ['à', 'a', 'au', "jusqu'à", 'jusqu’à', 'jusque', 'et'];

/** Other signs between two times: "9h > 10h", "9h → 10h". */
export const RANGE_SIGNS = '>→⇒/';

/** Words before a lone time that make it a duration, not a clock time ("ateliers de 2h", "pendant 1 heure"). */
export const DURATION_LEADS: readonly string[] = ['pendant', 'durée', 'duree', 'durant', 'environ', 'en', 'sur'];

/** Parts of the day written as a label before a time ("**Matin : 9h–12h30 — Comprendre le cadre**"). */
export const DAY_PART_LABELS: readonly string[] = ['matin', 'matinée', 'après-midi', 'apres-midi', 'midi', 'soir', 'soirée', 'soiree', 'journée', 'nuit'];

/** Words that may lead an entry's time ("À partir de 18h : accueil", "Dès 19h : apéritif", "Vers 22h : feu d'artifice"). */
export const TIME_LEADS: readonly string[] = ['à partir de', 'a partir de', 'à', 'a', 'vers', 'dès', 'des', 'aux alentours de'];

/** Words that take a time after them, so a line ending on one goes on at the time below ("le train de⏎17h12"). */
export const TIME_TAKING_WORDS: readonly string[] = ['de', 'à', 'a', 'au', 'vers', 'dès', 'entre', 'jusqu’à', "jusqu'à"];
