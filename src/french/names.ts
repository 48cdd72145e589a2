/**
 * The person-name recogniser: "Stéphanie Schaer", "Stéphanie SCHAER",
 * "Jean-Michel Mis", "Amélie de Montchalin", "Djamel E. Khelladi",
 * "Lê Nguyên HOANG", "Mme Caroline Corbal". Organisations ("Fondation Jean
 * Jaurès") and placeholders ("Prénom Nom") are not names.
 */
import { FIRST_NAMES } from './lexicon/first-names.js';
import { HONORIFICS, NAME_PARTICLES, NAMED_AFTER_NOUNS, NOT_NAME_STARTS, ORGANISATION_HEADS, PLACEHOLDER_NAMES, PROTOCOL_HONORIFICS, SURNAME_ONLY_HONORIFICS, TITLE_NOUNS } from './lexicon/people-words.js';
import { alternation, fold, foldWords } from './text.js';
import { isOrganisationType, isRoleWord, knownOrganisation } from './organisations.js';

/** A name found in a string. */
export interface NameMatch {
  name: string;
  honorific?: string;
  /** Index where the match (honorific included) starts. */
  index: number;
  /** Index just after the name. */
  end: number;
  /** `strong`: a known given name or a surname in capitals; `weak`: capitalised words only. */
  confidence: 'strong' | 'weak';
  /** True when the first word is a known given name. */
  given: boolean;
}

const UPPER = '\\p{Lu}';
const LOWER = '[\\p{Ll}\\p{M}]';
// "McCarthy", "MacLeod": a capital inside; "Lemoine-d'Arvor": an elided particle after a hyphen.
const CAP_WORD = `${UPPER}${LOWER}*(?:(?<=Mc|Mac)${UPPER}${LOWER}+)?(?:['’](?:${UPPER}${LOWER}+|\\p{Ll}{1,2}(?![\\p{L}])))?(?:-${UPPER}['’]${UPPER}${LOWER}+|-${UPPER}${LOWER}*|-d['’]${UPPER}${LOWER}+|-\\p{Ll}{2,}(?=\\s\\p{Lu}))*`;
// "DUPONT", "LE-GOFF", "M'BAYE", "N’DIAYE": a surname in capitals, an elided capital first allowed.
const UPPER_WORD = `(?:${UPPER}['’])?${UPPER}{2,}(?:[-'’]${UPPER}+)*`;
const INITIAL = `${UPPER}\\.(?:-${UPPER}\\.)?`;
const SINGLE = `${UPPER}(?![\\p{L}.])`;
const TOKEN_RE = new RegExp(`(?:(${UPPER_WORD})|(${INITIAL})|(${CAP_WORD}))`, 'uy');
const PARTICLE_RE = new RegExp(`(?:(?:${alternation(NAME_PARTICLES.filter((p) => !/['’]$/.test(p)))})(?=\\s)|d['’](?=\\p{Lu}))`, 'uy');
const HONORIFIC_RE = new RegExp(`(${alternation(HONORIFICS)})(?=\\s)`, 'uy');
const ORG_HEADS = new Set(ORGANISATION_HEADS.map(fold));
const ORG_HEADS_EXACT = new Set(ORGANISATION_HEADS.map((w) => w.toLowerCase()));
const TITLE_WORDS = new Set(TITLE_NOUNS);
const ARTICLE_WORDS = new Set(['Les', 'Des', 'Aux']);
const PLACEHOLDERS = new Set(PLACEHOLDER_NAMES);
const SURNAME_HONORIFICS = new Set(SURNAME_ONLY_HONORIFICS);
const NAMED_AFTER = new Set(NAMED_AFTER_NOUNS);
const NOT_STARTS = new Set(NOT_NAME_STARTS);
const PLACEHOLDER_WORDS = new Set(['prenom', 'nom', 'xxx', 'xx', 'name', 'firstname', 'lastname']);

function isGiven(word: string): boolean {
  if (FIRST_NAMES.has(word)) return true;
  const parts = word.split('-');
  return parts.length > 1 && parts.every((p) => FIRST_NAMES.has(p));
}

/** True when `text` is a template leftover such as "Prénom Nom" or "XXX". */
export function isPlaceholderName(text: string): boolean {
  const f = foldWords(text);
  if (PLACEHOLDERS.has(f)) return true;
  const words = f.split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => PLACEHOLDER_WORDS.has(w));
}

/**
 * Matches a person's name starting exactly at `at` in `text`, or returns `null`.
 * `weak` names (capitalised words, no known given name, no surname in capitals)
 * are only returned when `allowWeak` is set, for places where the layout says a
 * name stands there ("Name (Org) : Title").
 */
export function matchName(text: string, at = 0, allowWeak = false): NameMatch | null {
  // "salle Tanguy Prigent", "rue Jean Jaurès": a place named after someone.
  if (at > 0 && NAMED_AFTER.has(fold(wordBefore(text, at)).replace(/^\p{L}{1,2}'/u, ''))) return null;
  let i = at;
  let honorific: string | undefined;
  let lastHonorific = '';
  // Up to two honorifics: "Mme le Dr Anne-Sophie Roth".
  for (let k = 0; k < 2; k++) {
    HONORIFIC_RE.lastIndex = i;
    const h = HONORIFIC_RE.exec(text);
    if (!h) break;
    honorific = honorific ? `${honorific} ${h[1]}` : h[1];
    lastHonorific = h[1] ?? '';
    i += h[0].length;
    while (text[i] === ' ') i++;
  }
  const start = i;
  const words: { text: string; upper: boolean; initial: boolean; single: boolean; afterParticle: boolean }[] = [];
  let end = i;
  let pendingParticles = 0;
  let particles = 0;
  while (i < text.length && words.length < 6) {
    // Sticky expressions read at `i` without copying the rest of the text.
    TOKEN_RE.lastIndex = i;
    const t = TOKEN_RE.exec(text);
    if (t) {
      const w = t[0];
      words.push({ text: w, upper: !!t[1], initial: !!t[2], single: !!t[3] && w.length === 1, afterParticle: pendingParticles > 0 });
      i += w.length;
      end = i;
      pendingParticles = 0;
    } else if (words.length) {
      PARTICLE_RE.lastIndex = i;
      const p = PARTICLE_RE.exec(text);
      if (!p || pendingParticles > 1) break;
      i += p[0].length;
      pendingParticles++;
      particles++;
    } else break;
    if (text[i] === ' ') {
      i++;
      continue;
    }
    // "d’Ormesson": an elided particle runs into the next word.
    if (pendingParticles > 0 && (text[i - 1] === "'" || text[i - 1] === '’')) continue;
    break;
  }
  if (words.length === 1 && honorific && SURNAME_HONORIFICS.has(lastHonorific)) {
    // "Mme Duarte, proviseure", "M. OYELARAN": an abbreviated honorific makes one surname a name.
    const only = words[0]!;
    const fine = !only.initial && !only.single && only.text.length >= 2 && !isRoleWord(only.text) && !isOrganisationType(only.text) && !ORG_HEADS.has(fold(only.text));
    if (!fine || isPlaceholderName(only.text)) return null;
    return { name: only.text, honorific, index: at, end, confidence: 'strong', given: false };
  }
  if (words.length < 2) return null;
  const first = words[0]!;
  if (first.single) return null;
  // "J.-M. Durand": initials first need a surname after them.
  if (first.initial && !words.slice(1).some((w) => !w.initial && !w.single)) return null;
  // "DUPONT Marie", "LE BRIS Gaël": the surname in capitals first, then a known given name.
  const last = words[words.length - 1]!;
  const surnameFirst =
    particles === 0 && words.length <= 3 && words.slice(0, -1).every((w) => w.upper) && !last.upper && isGiven(last.text) && !knownOrganisation(first.text);
  if (!surnameFirst && (ORG_HEADS_EXACT.has(first.text.toLowerCase()) || isOrganisationType(first.text) || (!isGiven(first.text) && isRoleWord(first.text)))) return null;
  if (!first.upper && NOT_STARTS.has(fold(first.text))) return null;
  const name = text.slice(start, end);
  if (isPlaceholderName(name)) return null;
  if (words.some((w) => w.text.length > 3 && ORG_HEADS.has(fold(w.text)) && !w.upper)) return null;
  const rest = words.slice(1);
  if (rest.every((w) => w.initial)) return null;
  const given = isGiven(first.text);
  // "Intervention de Stéphanie Schaer": the name starts at the given name, not before.
  if (!given && words.slice(1).some((w) => w.afterParticle && isGiven(w.text))) return null;
  const upperSurname = !first.upper && particles === 0 && rest.some((w) => w.upper && w.text.length >= (isGiven(first.text) ? 2 : 4));
  const allUpper = words.every((w) => w.upper);
  if (allUpper) return null;
  // "Dr Yasmina Benali-Roux": an honorific before two capitalised words says a person stands there.
  const strong = (given && rest.some((w) => !w.initial)) || upperSurname || surnameFirst || (/-/.test(first.text) && first.initial) || (!!honorific && !rest.some((w) => w.single));
  if (!strong) {
    if (!allowWeak) return null;
    if (rest.some((w) => w.single)) return null;
    // "Concert Les Ogres", "Tournoi Mario Kart": a title, not a person.
    if (TITLE_WORDS.has(fold(first.text)) || rest.some((w) => ARTICLE_WORDS.has(w.text)) || words.length > 4) return null;
    // "IA-IPR Établissements": an acronym does not open a name.
    if (first.upper) return null;
  }
  if (rest[rest.length - 1]?.single && !given) return null;
  const match: NameMatch = { name, index: at, end, confidence: strong ? 'strong' : 'weak', given };
  if (honorific) match.honorific = honorific;
  return match;
}

/** "M. le ", "Mme la ": an honorific and an article before a protocol title, as a pattern to build on. */
export const PROTOCOL_LEAD = `(?:${alternation(PROTOCOL_HONORIFICS)})\\s+(?:le|la|l['’])\\s*`;
const PROTOCOL_LEAD_RE = new RegExp(PROTOCOL_LEAD, 'uy');

/**
 * "M. le Président Laurent Mercadier", "Mme la Directrice générale Agnès Peyrot": at `at`, an
 * honorific, a role of one to three words and a strong name; the role and the name, or `null`.
 */
export function honorificRoleAt(text: string, at = 0): { role: string; name: NameMatch } | null {
  PROTOCOL_LEAD_RE.lastIndex = at;
  const lead = PROTOCOL_LEAD_RE.exec(text);
  if (!lead) return null;
  const from = at + lead[0].length;
  if (!isRoleWord(/^[\p{L}'’-]+/u.exec(text.slice(from))?.[0] ?? '')) return null;
  let i = from;
  for (let k = 0; k < 3; k++) {
    const word = /^[\p{L}'’-]+\s+/u.exec(text.slice(i));
    if (!word) return null;
    i += word[0].length;
    const name = matchName(text, i);
    if (name?.confidence === 'strong') return { role: text.slice(from, i).trim(), name };
  }
  return null;
}

const DETAILS_RE = /^\s*(?:,|[-–—:])\s*(?:l['’]|le\s+|la\s+)?([\p{L}'’-]+)/u;

/**
 * True when a role word follows the name ending at `end` (", directrice de
 * …", " – développeur – …"): the layout then says a person stands there, even
 * when no given-name list knows the first name ("Ouria Belkacem, directrice").
 */
export function followedByRole(text: string, end: number): boolean {
  const m = DETAILS_RE.exec(text.slice(end, end + 80));
  return !!m && isRoleWord(m[1] ?? '');
}

const ROLE_THEN_NAME_RE = /^(?:le|la|l['’])\s*([\p{Ll}'’-]+)(?:\s*,)?\s+(?=\p{Lu})/u;

/**
 * "l'autrice Fatou Sissoko-Diarra", "le guitariste Mamadou Traoré", "la présidente, Marie DUPONT": an article,
 * a role word, then a name, at the start of `text`; the name, or `null`.
 */
export function nameAfterRole(text: string): NameMatch | null {
  const m = ROLE_THEN_NAME_RE.exec(text);
  if (!m || !isRoleWord(m[1] ?? '')) return null;
  return matchName(text, m[0].length, true);
}

/** True when the whole of `text` (trimmed) is a person's name. */
export function isPersonName(text: string, allowWeak = false): boolean {
  const t = text.trim();
  const m = matchName(t, 0, allowWeak);
  return !!m && m.end === t.length;
}

const WORD_CHAR_RE = /[\p{L}'’-]/u;
const SPACE_RE = /\s/u;

/**
 * The word just before `index`, across at least one space ("Fondation" in
 * "Fondation Jean Jaurès"), or "". A backward scan: a regular expression ending
 * in `\s+$` over the text before every capital would be quadratic.
 */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && SPACE_RE.test(text[i - 1]!)) i--;
  if (i === index) return '';
  const end = i;
  while (i > 0 && WORD_CHAR_RE.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

/** Finds the first strong name in `text` at a word start, or `null`. */
export function findName(text: string): NameMatch | null {
  const re = /(?<![\p{L}\p{N}'’-])\p{Lu}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = wordBefore(text, m.index);
    // "Fondation Jean Jaurès": a name inside an organisation's name is not a person.
    if (/^\p{Lu}/u.test(before) && ORG_HEADS.has(fold(before))) continue;
    const n = matchName(text, m.index);
    if (n) return n;
  }
  return null;
}
