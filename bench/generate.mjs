/**
 * Writes a realistic French agenda page (Markdown) with a given number of
 * sessions, spread over consecutive working days, for the scaling benchmark
 * and its correctness test. Deterministic: the same arguments give the same page.
 *
 * Each day has a bold day heading ("**Mardi 12 mars 2024**") followed by a
 * bullet list of sessions ("* **9h30 - 10h15 :** Table ronde « … » avec …"),
 * with speakers named with a role and an organisation.
 */

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** Names, each with the grammatical gender of its roles and honorific. */
const PEOPLE = [
  ['Claire Martin', 'f'], ['Paul Durand', 'm'], ['Inès Benali', 'f'], ['Julien Moreau', 'm'],
  ['Sophie Bernard', 'f'], ['Marc Lefèvre', 'm'], ['Camille Petit', 'f'], ['Thomas Roux', 'm'],
  ['Nathalie Girard', 'f'], ['Karim Haddad', 'm'], ['Élodie Fournier', 'f'], ['Antoine Mercier', 'm'],
  ['Fatima Zerrouki', 'f'], ['Hugo Lambert', 'm'], ['Isabelle Fontaine', 'f'], ['Laurent Chevalier', 'm'],
  ['Aurélie Robin', 'f'], ['Nicolas Garnier', 'm'], ['Mathilde Faure', 'f'], ['Olivier Rousseau', 'm'],
];
const ROLES = {
  f: ['directrice', 'cheffe de projet', 'cheffe du service numérique', 'responsable des données',
    'déléguée à la transformation', 'maire', 'conseillère régionale', 'sous-directrice'],
  m: ['directeur', 'chef de projet', 'chef du service numérique', 'responsable des données',
    'délégué à la transformation', 'maire', 'conseiller régional', 'administrateur général des données'],
};
const ORGANISATIONS = [
  'DINUM', 'ANSSI', 'Région Occitanie', 'Ville de Sète', 'Insee', 'Etalab', 'Banque des Territoires',
  'CNIL', 'Département de la Gironde', 'Métropole de Lyon',
];
const TOPICS = [
  'Mutualiser les services numériques', 'Données ouvertes et territoires', 'Identité numérique',
  'Sobriété numérique', 'Inclusion numérique', 'Cybersécurité des collectivités',
  'Intelligence artificielle et service public', 'Accessibilité des démarches en ligne',
  'Logiciels libres dans l’administration', 'Commande publique innovante',
];

/** The talks, each taking a slot of `minutes`, all with speakers. */
const TALKS = [
  { minutes: 45, write: (r) => `Plénière « ${pick(r, TOPICS)} »\n  <br>Introduction par ${person(r, true)}` },
  { minutes: 75, write: (r) => `Table ronde « ${pick(r, TOPICS)} » avec ${name(r)}, ${name(r)} et ${name(r)}` },
  { minutes: 60, write: (r) => `Atelier « ${pick(r, TOPICS)} » animé par ${person(r)}` },
  { minutes: 45, write: (r) => `Conférence « ${pick(r, TOPICS)} » par ${person(r)}` },
  { minutes: 40, write: (r) => `Retour d’expérience : ${pick(r, TOPICS).toLowerCase()}, avec ${person(r)}` },
  { minutes: 30, write: (r) => `Keynote de ${person(r)}` },
];

/** The fixed slots of a day (by index): welcome, coffee break, lunch; talks elsewhere. */
const DAY_SHAPE = [
  { minutes: 30, write: () => 'Accueil des participants' },
  null,
  null,
  { minutes: 30, write: () => 'Pause café' },
  null,
  { minutes: 75, write: () => 'Déjeuner - buffet' },
];

/** A small seeded PRNG (mulberry32), so pages are reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function name(r) {
  return pick(r, PEOPLE)[0];
}

/** "Claire Martin, directrice, DINUM" (with "Mme"/"M." before it when `honorific`). */
function person(r, honorific = false) {
  const [who, gender] = pick(r, PEOPLE);
  const title = honorific ? (gender === 'f' ? 'Mme ' : 'M. ') : '';
  return `${title}${who}, ${pick(r, ROLES[gender])}, ${pick(r, ORGANISATIONS)}`;
}

/** "9h30", "14h", "10h05". */
function clock(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
}

/** "**Mardi 12 mars 2024**" for a UTC date. */
function dayHeading(date) {
  const weekday = WEEKDAYS[date.getUTCDay()];
  const day = date.getUTCDate();
  return `**${weekday[0].toUpperCase()}${weekday.slice(1)} ${day === 1 ? '1er' : day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}**`;
}

/** The most sessions a day holds (from 8h30, slots of 30 to 75 min with 15 min gaps: done by 19h). */
export const SESSIONS_PER_DAY = 8;

/**
 * A French agenda page with exactly `sessions` sessions over
 * `ceil(sessions / SESSIONS_PER_DAY)` consecutive working days (at least two when
 * there are two sessions),
 * starting on `start` (ISO date, default 2024-03-12, a Tuesday).
 *
 * @param {number} sessions
 * @param {{ start?: string, seed?: number }} [options]
 * @returns {string}
 */
export function generateProgramme(sessions, options = {}) {
  if (!Number.isInteger(sessions) || sessions < 1) throw new RangeError('sessions must be a positive integer');
  const r = random(options.seed ?? 42);
  const days = Math.min(sessions, Math.max(2, Math.ceil(sessions / SESSIONS_PER_DAY)));
  const date = new Date(`${options.start ?? '2024-03-12'}T00:00:00Z`);
  const out = [
    '---',
    'title: Rencontres du numérique public',
    'lieu: Hôtel de Région',
    '---',
    '',
    'Les **Rencontres du numérique public** réunissent élus, agents et partenaires.',
    'Inscription obligatoire.',
    '',
    '## Programme',
    '',
  ];
  let left = sessions;
  for (let d = 0; d < days; d++) {
    while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
    const today = Math.ceil(left / (days - d));
    left -= today;
    out.push(dayHeading(date), '');
    let minute = 8 * 60 + 30;
    for (let s = 0; s < today; s++) {
      const pattern = DAY_SHAPE[s] ?? pick(r, TALKS);
      const end = minute + pattern.minutes;
      out.push(`* **${clock(minute)} - ${clock(end)} :** ${pattern.write(r)}`);
      minute = end + 15;
    }
    out.push('');
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return out.join('\n');
}
