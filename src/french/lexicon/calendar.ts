/**
 * Calendar words of French agenda pages: month and weekday names with the
 * abbreviations people write ("déc.", "mar."), as data.
 */

/** Month names and abbreviations (lower case, accents as written or folded) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['janv', 1], ['jan', 1],
  ['février', 2], ['fevrier', 2], ['févr', 2], ['fevr', 2], ['fév', 2], ['fev', 2],
  ['mars', 3],
  ['avril', 4], ['avr', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7], ['juil', 7],
  ['août', 8], ['aout', 8],
  ['septembre', 9], ['sept', 9], ['sep', 9],
  ['octobre', 10], ['oct', 10],
  ['novembre', 11], ['nov', 11],
  ['décembre', 12], ['decembre', 12], ['déc', 12], ['dec', 12],
]);

/** Abbreviated month names, which may be followed by a period. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'janv', 'jan', 'févr', 'fevr', 'fév', 'fev', 'avr', 'juil', 'sept', 'sep', 'oct', 'nov', 'déc', 'dec',
]);

/** Weekday names and abbreviations → ISO weekday (1 = Monday … 7 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['lundi', 1], ['lun', 1],
  ['mardi', 2], ['mar', 2],
  ['mercredi', 3], ['mer', 3],
  ['jeudi', 4], ['jeu', 4],
  ['vendredi', 5], ['ven', 5],
  ['samedi', 6], ['sam', 6],
  ['dimanche', 7], ['dim', 7],
]);

/** Abbreviated weekday names: only taken when followed by a period ("mar. 6 déc."). */
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim']);

/** Words for the first day of a month. */
export const FIRST_DAY_WORDS: ReadonlySet<string> = new Set(['1er', '1re', '1ère', 'premier']);

/** Words that introduce the n-th day of a multi-day event ("Jour 2", "J2", "2e journée"). */
export const DAY_ORDINAL_WORDS: readonly string[] = ['jour', 'journée', 'journee', 'j'];
