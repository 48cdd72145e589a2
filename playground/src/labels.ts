/**
 * French words of the page: kinds, diagnostic rules, severities, days and
 * clock times. Dates and times are luxon's, in the programme's zone.
 */
import { DateTime } from 'luxon';
import type { SessionKind, Severity } from '../../src/types.js';

/** The French name of each session kind, as the table and the legend show it. */
export const KIND_LABELS: Record<SessionKind, string> = {
  welcome: 'Accueil',
  plenary: 'Plénière',
  keynote: 'Conférence',
  roundtable: 'Table ronde',
  workshop: 'Atelier',
  talk: 'Intervention',
  pitch: 'Présentation',
  break: 'Pause',
  meal: 'Repas',
  networking: 'Rencontres',
  closing: 'Clôture',
  forum: 'Forum',
  other: 'Autre',
};

/** The French name of each diagnostic severity. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Erreur',
  warning: 'Avertissement',
  info: 'Information',
};

/** A short French name for each rule; the library's own message follows it. */
export const RULE_LABELS: Record<string, string> = {
  'not-a-session': 'Heure non retenue comme séance',
  'end-marker': 'Fin de journée',
  'end-before-start': 'Fin avant le début',
  'no-date': 'Date manquante',
  'weekday-mismatch': 'Jour de la semaine incohérent',
  'day-mismatch': 'Numéro de jour incohérent',
  placeholder: 'Texte à compléter',
  'invalid-front-matter': 'En-tête YAML invalide',
  'nonexistent-time': 'Heure inexistante (changement d’heure)',
  'ambiguous-time': 'Heure ambiguë (changement d’heure)',
  'unparsed-time': 'Heure illisible',
  'duplicate-session': 'Séance en double',
  'overlapping-sessions': 'Séances qui se chevauchent',
  'ambiguous-year': 'Année incertaine',
  unreadable: 'Page illisible',
};

/** "mardi 26 mars 2024" for `2024-03-26`. */
export function formatDay(day: string): string {
  const dt = DateTime.fromISO(day, { zone: 'utc' }).setLocale('fr');
  return dt.isValid ? dt.toFormat('cccc d LLLL yyyy') : day;
}

/** "9h05" for an ISO instant, as a wall clock in `zone`. */
export function formatTime(iso: string, zone: string): string {
  const dt = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  return dt.isValid ? dt.toFormat("H'h'mm") : iso;
}

/** "9h", "9h30", "1h (+1 j)" for minutes after the day's midnight. */
export function formatMinutes(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const inDay = minutes - days * 1440;
  const h = Math.floor(inDay / 60);
  const m = inDay % 60;
  const clock = m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
  return days > 0 ? `${clock} (+${days} j)` : clock;
}

/** "1 séance", "3 séances". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
