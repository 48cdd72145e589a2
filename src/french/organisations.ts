/**
 * The organisation recogniser: is a phrase an organisation, and which known
 * body is it ("l'Insee", "Pôle Emploi", "DINUM (Direction interministérielle du numérique)").
 */
import type { Organisation } from '../types.js';
import { ORGANISATIONS, type KnownOrganisation } from './lexicon/organisations.js';
import { ORGANISATION_TYPES, ROLE_WORDS } from './lexicon/roles.js';
import { fold, foldWords, trailingParenthesis } from './text.js';

const BY_KEY = new Map<string, KnownOrganisation>();
for (const o of ORGANISATIONS) {
  for (const k of [o.name, o.acronym, ...(o.aliases ?? [])]) if (k) BY_KEY.set(foldWords(k), o);
}
const TYPES = new Set(ORGANISATION_TYPES.map(fold));
const ROLES = new Set(ROLE_WORDS.map(fold));

/** The known organisation a phrase names ("l’Insee", "DINUM", "Pôle Emploi"), or `null`. */
export function knownOrganisation(phrase: string): KnownOrganisation | null {
  const key = foldWords(phrase.replace(/^(?:l['’]|la |le |les )/iu, ''));
  const direct = BY_KEY.get(key);
  if (direct) return direct;
  // "DINUM (Direction interministérielle du numérique)", "ANSSI – Agence nationale…".
  const head = foldWords(phrase.split(/\s[(–—-]\s?|\s\(/u)[0] ?? '');
  return BY_KEY.get(head) ?? null;
}

/** True when a word opens an organisation's name ("direction", "agence", "pôle"). */
export function isOrganisationType(word: string): boolean {
  const f = fold(word);
  return TYPES.has(f) || (/[sx]$/.test(f) && TYPES.has(f.slice(0, -1)));
}

/** True when a word opens a role ("directrice", "chef", "doctorant"). */
export function isRoleWord(word: string): boolean {
  return ROLES.has(fold(word));
}

const ACRONYM_RE = /^\p{Lu}[\p{Lu}\d&]{1,9}(?:\b|$)/u;
/** A common noun naming a body by its acronym ("mésocentre MESONUM", "plateforme PLUME"). */
const NOUN_AND_ACRONYM_RE = /^\p{Ll}[\p{Ll}'’-]*\s+\p{Lu}[\p{Lu}\d]{2,9}$/u;

/** True for a common noun that names a body by its acronym ("mésocentre MESONUM"); a role word does not. */
export function isNounAndAcronym(phrase: string): boolean {
  const p = phrase.trim();
  return NOUN_AND_ACRONYM_RE.test(p) && !isRoleWord(/^[\p{L}'’-]+/u.exec(p)?.[0] ?? '');
}

/** True when a phrase reads as an organisation: known body, type word, acronym or proper name. */
export function looksLikeOrganisation(phrase: string): boolean {
  const p = phrase.trim().replace(/^(?:l['’]|la |le |les )/iu, '');
  if (!p) return false;
  if (knownOrganisation(p)) return true;
  const first = /^[\p{L}\d-]+/u.exec(p)?.[0] ?? '';
  if (isOrganisationType(first)) return true;
  if (isRoleWord(first)) return false;
  if (ACRONYM_RE.test(p) || isNounAndAcronym(p)) return true;
  return /^[\p{Lu}\d]/u.test(p);
}

/** Builds `Organisation` details for an organisation as written. */
export function organisationInfo(name: string): Organisation {
  const info: Organisation = { name };
  const paren = trailingParenthesis(name);
  const inner = paren?.inner.trim() ?? '';
  const known = knownOrganisation(name) ?? (paren ? knownOrganisation(paren.inner) : null);
  const written = /^\p{Lu}[\p{Lu}\d&]{1,9}$/u.test(inner) ? inner : null;
  if (known) {
    if (known.acronym) info.acronym = known.acronym;
    else if (written) info.acronym = written;
    info.expanded = known.name;
  } else if (paren && ACRONYM_RE.test(paren.inner) && /^\p{Lu}[\p{Lu}\d]+$/u.test(inner)) {
    info.acronym = inner;
    info.expanded = paren.head.trim();
  }
  return info;
}
