/**
 * The people recogniser: from a speaker phrase to `Person`s with role and
 * organisation as the page words them.
 *
 *   "Stéphanie Schaer, directrice interministérielle du numérique (Dinum) et Pascal Rivière, chef de …"
 *   "Geoffrey ALDEBERT (DINUM), Jacques Priol (fondateur Observatoire data publica)"
 *   "Alexis Kauffmann et Philippe Ajuelos (MENJS)"
 *
 * A pass finds where each person's name starts; a second splits what follows
 * a name into role and organisation.
 */
import type { Person, PersonPart } from '../types.js';
import { followedByRole, honorificRoleAt, matchName, isPlaceholderName, PROTOCOL_LEAD, type NameMatch } from './names.js';
import { isNounAndAcronym, isOrganisationType, isRoleWord, knownOrganisation, looksLikeOrganisation, organisationInfo } from './organisations.js';
import { alternation, fold, foldWords, squash, trailingParenthesis } from './text.js';
import { GROUP_NOUNS, TOPIC_LEADS } from './lexicon/people-words.js';
import { PARTICIPATION_CUES } from './lexicon/cues.js';
import { ROLE_COMPOUNDS } from './lexicon/roles.js';

/** A person found in a phrase, with where the name stands. */
export interface FoundPerson extends Person {
  index: number;
}

/** Options of `readPeople`. */
export interface ReadPeopleOptions {
  /** The part of everyone found (default `speaker`). */
  part?: PersonPart;
  /** Accept capitalised names that no given-name list confirms (the layout says people stand here). */
  allowWeak?: boolean;
  /** Organisation given by the layout ("**Tech4Germany, Allemagne** - Name, role"): the descriptor is then all role. */
  organisation?: string | null;
  /** Called for template leftovers ("Prénom Nom"), with their index. */
  onPlaceholder?: (text: string, index: number) => void;
}

/** "avec la participation", "avec la contribution" (PARTICIPATION_CUES), as a pattern. */
const PARTICIPATION = `(?:${alternation(PARTICIPATION_CUES)})`;
const SEPARATOR_OTHERS_RE = /,\s*accompagnée?s?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|par\s+)|,\s*puis\s+(?:par\s+|avec\s+)?|,\s*(?:(?:et|and|avec|ainsi que)\s+(?:de\s+|du\s+|d['’]\s*)?)?|;\s*(?:(?:et|and|avec|ainsi que)\s+)?|\s+et\s+(?:de\s+|du\s+|d['’]\s*)?|\s+&\s+|\s+and\s+|\s(?:par|avec|de|d['’])\s*|:\s*|\s-\s|\s--\s?/iu;
const SEPARATOR_RE = new RegExp(`(?:,?\\s*${PARTICIPATION} (?:de\\s+|du\\s+|d['’]\\s*)|${SEPARATOR_OTHERS_RE.source})`, 'giu');
/** "…, avec la participation de", "…, puis par": the words joining the next person, closing the details before them. */
const JOINING_TAIL_RE = new RegExp(`,?\\s*(?:${PARTICIPATION}|puis)(?:\\s+(?:de|du|des|d['’]|par|avec))?\\s*$`, 'iu');
const PLACEHOLDER_NAME_RE = /(?<![\p{L}])(?:Prénom|PRÉNOM|Prenom)\s+(?:Nom|NOM)|(?<![\p{L}])(?:NOM|Nom)\s+(?:Prénom|PRÉNOM)|(?<![\p{L}])XXX(?![\p{L}])/gu;
const TENTATIVE_INSIDE_RE = /\s*[,;]\s*(?:sous réserve|à confirmer|a confirmer|tbc|tbd|à préciser)(?=\s*\))/iu;
const TENTATIVE_RE = /\s*\((?:sous réserve|à confirmer|a confirmer|tbc|tbd|à préciser|en attente de confirmation)\)/iu;
const TRAILING_JOIN_RE = /[\s,;:]*(?:(?<![\p{L}])(?:et|and|&)(?:\s+|$))?(?:(?:l['’])?(?:animation|animée?|modération|modérée?|introduction|ouverture|clôture|conclusion|accueil)\s*(?:de la table[- ]ronde)?\s*)?(?:(?<![\p{L}])(?:par|de|d['’]|avec))?[\s,;:]*$/iu;
const ARTICLE_CONNECTOR_RE = /\s(?:au sein (?:du|de la|de l['’]|des)|à la|à l['’]|au|aux|de la|de l['’]|du|des|chez|auprès (?:du|de la|de l['’]))(?:\s+|(?<=['’]))(?=\S)/gu;
/** "chargée du Numérique", "en charge de la DSI": the words after belong to the role. */
/** Territorial offices whose place is part of the title ("préfet de la Vienne", "maire de Tours"). */
const TERRITORIAL_ROLE_RE = /^(?:sous-)?(?:préfet|préfète|maire|député(?:e)?|sénat(?:eur|rice)|recteur|rectrice|conseill(?:er|ère) (?:départementale?|régionale?|municipale?))\b/iu;
/** A job title of several words opening a role ("professeur des écoles"), accents and apostrophes as written. */
const ROLE_COMPOUND_RE = new RegExp(
  `^(?:${ROLE_COMPOUNDS.map((c) => c.replace(/e/g, '[eéèê]').replace(/ /g, "[\\s'’]+")).join('|')})(?![\\p{L}])`,
  'iu',
);
/** A last part naming where the session is held ("…, scène du Champ de foire", "…, salle 3"), lower case only. */
const VENUE_PART_RE = /,\s*(?:salle|amphi|amphithéâtre|auditorium|scène|hall|terrasse|cour|parvis|jardin)\s[^,()]*[\s.]*$/u;
/** Where a protocol title may open ("M. le Président X"): at the start or after a space. */
const PROTOCOL_START_RE = new RegExp(`(?<=^|\\s)${PROTOCOL_LEAD}`, 'gu');
const CHARGE_BEFORE_RE = /(?:chargée?s?|en charge|délégué(?:e|s|es)?|responsable)\s*$/iu;
/** "le trésorier Gilles Aubert", "la directrice générale Anne Roth": a role before the name. */
const ROLE_BEFORE_COMMA_RE = /(?:^(?:[Ll]e\s|[Ll]a\s|[Ll]['’])?|\s(?:[Ll]e|[Ll]a|[Ll]['’]|[Nn]otre|[Vv]otre|[Ss]on|[Ss]a|[Ll]eur))\s*([^,;()]{2,80}?),\s*(?=(?:M\.|Mme|Dr|Pr)?\s*\p{Lu})/gu;
const ROLE_BEFORE_RE = /(?:^|\s)(?:[Ll]e|[Ll]a|[Ll]['’]|[Nn]otre|[Vv]otre|[Ll]eur|[Ss]on|[Ss]a)\s*((?:[\p{Ll}'’-]+\s+){1,4})(?=\p{Lu})/gu;
const BARE_DE_RE = /\s(?:de|d['’]|à|chez)\s*(?=[\p{Lu}\d])/gu;
const KNOWN_TAIL_RE = /\s(?=\p{Lu})/gu;
/** ", tous deux au laboratoire LOCIE": what follows is everyone's body. */
const SHARED_RE = /,?\s*(?:tous|toutes)\s+(?:les\s+)?(?:deux|trois|quatre)\s+((?:au|aux|à|chez|de|du|des)\s.*)$/iu;
/** ", sur la gestion de l'eau…": a talk's topic after a person's details (TOPIC_LEADS, then a determiner). */
const TOPIC_CLAUSE_RE = new RegExp(`,\\s+(?:${alternation(TOPIC_LEADS).replace(/'/g, "['’]\\s*")})(?:\\s*(?:la|le|les|un|une|des|ses|son|sa|leurs?|cette|ce|ces|quels?|quelles?|comment)\\s|\\s*l['’]\\s*|(?<=['’]\\s*))\\S.*$`, 'su');
const PLACEHOLDER_DESCRIPTORS = new Set(['fonction entite', 'fonction', 'entite', 'poste', 'role', 'xxx', 'fonction structure', 'titre']);
const PLACEHOLDER_ROLE_RE = /^(?:fonction|entité|fonction entité|poste|titre|rôle|xxx|à préciser|à confirmer)(?:\s+(?:entité|fonction))?$/iu;

/** Splits a phrase at top-level commas (not inside parentheses or guillemets). */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '«') quote++;
    else if (c === '»' && quote > 0) quote--;
    else if ((c === ',' || c === '/' || c === '–' || c === '—' || c === '@') && depth === 0 && quote === 0 && (c === ',' || text[i - 1] === ' ')) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function firstWord(text: string): string {
  return /^[\p{L}\d'’-]+/u.exec(text.trim())?.[0] ?? '';
}

function isProperPhrase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (!words.length || !/^[\p{Lu}\d]/u.test(words[0] ?? '')) return false;
  return words.every((w) => /^[\p{Lu}\d«"(]/u.test(w) || /^(?:de|du|des|d['’]\S*|la|le|les|l['’]\S*|et|&|pour|en|sur|-|–)$/u.test(w));
}

/** Splits a role that names its organisation ("responsable du datalab à l'Insee"). */
function splitInsideRole(role: string): { role: string; organisation: string | null; rank: number } {
  type Cut = { at: number; from: number; rank: number };
  const cuts: Cut[] = [];
  // "professeur des écoles maître formateur": no cut inside a job title of several words.
  const compound = ROLE_COMPOUND_RE.exec(role)?.[0].length ?? 0;
  ARTICLE_CONNECTOR_RE.lastIndex = 0;
  for (let m = ARTICLE_CONNECTOR_RE.exec(role); m; m = ARTICLE_CONNECTOR_RE.exec(role)) {
    if (m.index < compound) continue;
    const from = m.index + m[0].length;
    const rest = role.slice(from);
    const word = firstWord(rest);
    if (CHARGE_BEFORE_RE.test(role.slice(0, m.index))) continue;
    if (/\s(?:en charge|chargée?s?)\s/iu.test(rest)) continue;
    const capitalType = isOrganisationType(word) && /^\p{Lu}/u.test(word);
    if (knownOrganisation(rest)) cuts.push({ at: m.index, from, rank: 0 });
    else if (capitalType) cuts.push({ at: m.index, from, rank: 1 });
    else if (/^\p{Lu}[\p{Lu}\d]{2,9}\b/u.test(rest)) cuts.push({ at: m.index, from, rank: 2 });
    // "de la Permanence d'accès aux soins (PASS) des Hospices civils": a capitalised name its acronym follows.
    else if (/^\p{Lu}[^()]{2,80}\(\p{Lu}[\p{Lu}\d&-]{1,9}\)/u.test(rest)) cuts.push({ at: m.index, from, rank: 2 });
    // "président du réseau Eau & Territoires", but "présidente de l'association" names no body of its own.
    // Not after a prefect's title: "préfet de la région Hauts-de-France" is one role.
    else if (isOrganisationType(word) && /\s\S/u.test(rest.trim()) && !/^(?:sous-)?préf(?:et|ète)\b/iu.test(role)) cuts.push({ at: m.index, from, rank: 3 });
    else if (isProperPhrase(rest) && !TERRITORIAL_ROLE_RE.test(role)) cuts.push({ at: m.index, from, rank: 4 });
  }
  BARE_DE_RE.lastIndex = 0;
  for (let m = BARE_DE_RE.exec(role); m; m = BARE_DE_RE.exec(role)) {
    if (m.index < compound) continue;
    const from = m.index + m[0].length;
    if (CHARGE_BEFORE_RE.test(role.slice(0, m.index))) continue;
    const rest = role.slice(from);
    if (knownOrganisation(rest)) cuts.push({ at: m.index, from, rank: 0 });
    else if (isProperPhrase(rest) && !TERRITORIAL_ROLE_RE.test(role)) cuts.push({ at: m.index, from, rank: 4 });
  }
  // "chef de projet Etalab": a known body closing the role.
  KNOWN_TAIL_RE.lastIndex = 0;
  for (let m = KNOWN_TAIL_RE.exec(role); m; m = KNOWN_TAIL_RE.exec(role)) {
    const rest = role.slice(m.index + 1);
    if (isProperPhrase(rest) && knownOrganisation(rest)) cuts.push({ at: m.index, from: m.index + 1, rank: 0 });
  }
  if (!cuts.length) {
    // "fondateur Observatoire data publica": role words, then a capitalised name.
    const m = /^((?:[\p{Ll}'’-]+\s+){0,4}?[\p{Ll}'’-]+)\s+(\p{Lu}.*)$/u.exec(role);
    const org = m?.[2] ?? '';
    const orgLike = !!knownOrganisation(org) || isOrganisationType(firstWord(org)) || /^\p{Lu}[\p{Lu}\d]{2,9}\b/u.test(org);
    if (m && orgLike && isRoleWord(firstWord(role)) && !/(?:^|\s)(?:de|du|des|d['’]|à|au|aux|en|pour|sur|la|le|les)(?:\s|$)/u.test(m[1] ?? '')) {
      return { role: m[1] ?? role, organisation: m[2] ?? null, rank: 4 };
    }
    return { role, organisation: null, rank: 9 };
  }
  cuts.sort((a, b) => a.rank - b.rank || a.at - b.at);
  let best = cuts[0]!;
  // "journaliste à Terres du Centre": a cut inside a proper name begun at an earlier cut gives way to it.
  if (best.rank > 0) {
    const outer = cuts.filter((c) => c.at < best.at && isProperPhrase(role.slice(c.from))).sort((a, b) => a.at - b.at)[0];
    if (outer) best = outer;
  }
  const before = role.slice(0, best.at).trim();
  if (!before) return { role, organisation: null, rank: 9 };
  return { role: before, organisation: role.slice(best.from).trim(), rank: best.rank };
}

/**
 * Splits what a page writes after a name into role and organisation:
 * "chef de la mission …, direction interministérielle du numérique (DINUM)",
 * "directrice interministérielle du numérique (DINUM)", "(CNRS, Aix-Marseille Université)".
 */
export function splitRole(descriptor: string): { role: string | null; organisation: string | null; placeholderRole?: string } {
  let d = squash(descriptor).replace(/^[\s,;:–—-]+|[\s,;:.–—-]+$/gu, '');
  // "(Lucie Carpentier, Inria Grenoble)": the bracket opened before the name closes here.
  if (d.endsWith(')') && !d.includes('(')) d = d.slice(0, -1).trim();
  if (!d) return { role: null, organisation: null };
  if (PLACEHOLDER_DESCRIPTORS.has(foldWords(d))) return { role: null, organisation: null, placeholderRole: d };
  const wrapped = /^\((.*)\)$/u.exec(d);
  if (wrapped && !/[()]/u.test(wrapped[1] ?? '')) d = (wrapped[1] ?? '').trim();
  else if (d.startsWith('(') && !d.includes(')')) d = d.slice(1).trim();
  const parts = topLevelParts(d)
    .map((p) => p.replace(/^(?:l['’]|la\s|le\s)(?=\p{Lu})/u, ''))
    // "Direction générale des infrastructures, des transports et des mobilités": a part opening on "des" goes on the one before.
    .reduce<string[]>((out, p) => {
      if (out.length && /^(?:des|du|de la|de l['’]|et des|et du|et de la|et de l['’])\s*\p{Ll}/u.test(p)) out[out.length - 1] += `, ${p}`;
      else out.push(p);
      return out;
    }, []);
  const roleLike = (p: string) => {
    const w = firstWord(p);
    if (isRoleWord(w)) return true;
    if (isOrganisationType(w) || knownOrganisation(p)) return false;
    if (isNounAndAcronym(p)) return false;
    return /^\p{Ll}[\p{Ll}'’·⋅.-]*(?:\s|$)/u.test(p);
  };
  // "du défi CyberImpact", "de la DINUM": only an organisation.
  const attached = /^(?:du|de la|de l['’]|des|de|d['’]|à la|à l['’]|au|chez)(?:\s+|(?<=['’]))(?=\S)/iu.exec(d);
  if (attached && parts.length === 1) return { role: null, organisation: d.slice(attached[0].length).trim() };
  let role: string | null = null;
  let organisation: string | null = null;
  const firstOrg = parts.findIndex((p, k) => k > 0 && !roleLike(p) && looksLikeOrganisation(p));
  if (!roleLike(parts[0] ?? '')) {
    organisation = d;
  } else if (firstOrg > 0) {
    const roles = parts.slice(0, firstOrg);
    const orgs = [parts[firstOrg]!];
    const lastRole = splitInsideRole(roles[roles.length - 1] ?? '');
    // Only a known body or an acronym inside the role: "professeur à l’ISIR - Institut …, Sorbonne Université".
    if (lastRole.organisation && lastRole.rank <= 2) {
      roles[roles.length - 1] = lastRole.role;
      orgs.unshift(lastRole.organisation);
    }
    for (const p of parts.slice(firstOrg + 1)) {
      if (roleLike(p)) break;
      orgs.push(p);
    }
    role = roles.join(', ');
    organisation = orgs.join(', ');
  } else {
    const all = parts.join(', ');
    const inside = splitInsideRole(all);
    role = inside.role;
    organisation = inside.organisation;
    const unbalanced = (t: string) => (t.match(/\(/g) ?? []).length !== (t.match(/\)/g) ?? []).length;
    if (organisation && unbalanced(role)) {
      role = all;
      organisation = null;
    }
    if (!organisation) {
      const paren = trailingParenthesis(all, { flat: true, trailingSpace: false });
      // "professeur des écoles maître formateur (PEMF)": the role's own acronym stays with it.
      if (paren && paren.head && !isRoleWord(paren.inner.trim())) {
        role = paren.head.trim();
        organisation = paren.inner.trim();
      }
    }
  }
  let placeholderRole: string | undefined;
  if (role && PLACEHOLDER_ROLE_RE.test(role.trim())) {
    placeholderRole = role.trim();
    role = null;
  }
  if (role !== null && /^\(.*\)$/.test(role)) role = role.slice(1, -1);
  const result = { role: role ? role.trim() || null : null, organisation: organisation ? organisation.trim() || null : null };
  return placeholderRole ? { ...result, placeholderRole } : result;
}

interface Start {
  name: NameMatch;
  index: number;
  /** A role written before the name ("le trésorier Gilles Aubert"). */
  role?: string;
  /** Where that role's words start: the details of the person before end there. */
  roleIndex?: number;
}

/** Finds where people's names start in a phrase: at its start and after separators. */
function nameStarts(text: string, allowWeak: boolean): Start[] {
  const positions: { at: number; sep: string; role?: string; roleIndex?: number }[] = [{ at: 0, sep: '' }];
  const outside = (i: number) => {
    const before = text.slice(0, i);
    return (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length <= 0;
  };
  SEPARATOR_RE.lastIndex = 0;
  for (let m = SEPARATOR_RE.exec(text); m; m = SEPARATOR_RE.exec(text)) {
    if (outside(m.index)) positions.push({ at: m.index + m[0].length, sep: m[0] });
  }
  ROLE_BEFORE_RE.lastIndex = 0;
  for (let m = ROLE_BEFORE_RE.exec(text); m; m = ROLE_BEFORE_RE.exec(text)) {
    const role = (m[1] ?? '').trim();
    if (isRoleWord(firstWord(role)) && !/\s(?:de|du|des|d['’]|à|au|aux|en|pour|sur)$/u.test(` ${role}`) && outside(m.index)) {
      positions.push({ at: m.index + m[0].length, sep: m[0], role, roleIndex: m.index });
    }
  }
  // "par la présidente, Maëlys Nkemba", "le président du Conseil régional, Loïg Kerhervé".
  ROLE_BEFORE_COMMA_RE.lastIndex = 0;
  for (let m = ROLE_BEFORE_COMMA_RE.exec(text); m; m = ROLE_BEFORE_COMMA_RE.exec(text)) {
    const role = (m[1] ?? '').trim();
    // Its role's words end the details of the person before ("…, Région Bretagne, et le parrain de cette édition, X").
    if (isRoleWord(firstWord(role)) && outside(m.index)) positions.push({ at: m.index + m[0].length, sep: m[0], role, roleIndex: m.index });
    // "par le président du Conseil régional, X": a start without article that is no role may hide one with it.
    else ROLE_BEFORE_COMMA_RE.lastIndex = m.index + 1;
  }
  // "M. le Président Laurent Mercadier", "Mme la Directrice générale Agnès Peyrot": an honorific, the role, the name.
  PROTOCOL_START_RE.lastIndex = 0;
  for (let m = PROTOCOL_START_RE.exec(text); m; m = PROTOCOL_START_RE.exec(text)) {
    const found = outside(m.index) ? honorificRoleAt(text, m.index) : null;
    if (found) positions.push({ at: found.name.index, sep: m[0], role: found.role, roleIndex: m.index });
  }
  // At the same place, the reading with a role written before the name first.
  positions.sort((a, b) => a.at - b.at || Number(!!b.role) - Number(!!a.role));
  const starts: Start[] = [];
  let lastEnd = -1;
  for (const { at, sep, role, roleIndex } of positions) {
    if (at <= lastEnd || at >= text.length) continue;
    const after = text.slice(at);
    const followedByParen = /^[^,(]{2,50}\(/u.test(after);
    const name = matchName(text, at, allowWeak || followedByParen);
    if (!name) continue;
    // "…, et Yasmine Dahmani, développeuse": a role after a weak name says a person stands there.
    if (name.confidence === 'weak' && !followedByRole(text, name.end)) {
      const next = /^[\s,]*([\p{L}'’-]+)/u.exec(text.slice(name.end))?.[1] ?? '';
      // A weak name followed by an organisation word is an organisation ("Impact AI, collectif…").
      if (isOrganisationType(next)) continue;
      if (foldWords(name.name).split(' ').some((w) => WEAK_STOP.has(w))) continue;
      if (/^(?:de|d['’])\s*$/iu.test(sep.trim()) && !followedByParen) continue;
      // After "Name, role," a capitalised phrase is the organisation ("…, chercheuse, Sciences Po Bordeaux").
      const previous = starts[starts.length - 1];
      if (previous && /^,/.test(sep) && /\p{Ll}{3,}/u.test(text.slice(previous.name.end, at).replace(/\([^)]*\)/gu, '').replace(/^[\s,]*(?:et|and)\s/u, ''))) continue;
    }
    starts.push(role ? { name, index: at, role, roleIndex: roleIndex ?? at } : { name, index: at });
    lastEnd = name.end;
  }
  return starts;
}

/** Common words that show a capitalised pair is not a person ("Renaissance Numérique", "Open Data"). */
const WEAK_STOP = new Set(
  'numerique numeriques publique publiques public national nationale europeen europeenne francais francaise france data open lab tech digital innovation transformation territoires territoire services service gouv fabrique mobilites ville region conseil agence fondation institut universite school academy group groupe partners consulting solutions systems network reseau communs commun citoyens citoyenne club forum hub summit camp day week festival'
    .split(' ')
    .concat(
      'bretagne normandie occitanie provence alsace lorraine aquitaine auvergne bourgogne champagne picardie corse guyane martinique guadeloupe reunion mayotte savoie vendee gironde loire rhone seine paris lyon marseille toulouse nantes bordeaux lille rennes strasbourg montpellier grenoble nice metropole agglomeration departement'.split(' '),
    ),
);

/**
 * Reads the people named in a phrase, with their role and organisation.
 * Placeholders ("Prénom Nom") are reported through `onPlaceholder`, never returned.
 */
export function readPeople(input: string, options: ReadPeopleOptions = {}): FoundPerson[] {
  const text = squash(input.replace(/[*_]{1,3}/g, ' ').replace(/\s+([,.;:)])/g, '$1'));
  const part = options.part ?? 'speaker';
  const placeholders = [...text.matchAll(PLACEHOLDER_NAME_RE)].map((m) => ({ index: m.index ?? 0, text: m[0] }));
  if (options.onPlaceholder) for (const p of placeholders) options.onPlaceholder(p.text, p.index);
  const starts = nameStarts(text, options.allowWeak ?? false);
  const people: FoundPerson[] = [];
  /** "A, ingénieur, et B, doctorante, tous deux au laboratoire LOCIE": a body shared by everyone before it. */
  let shared: string | null = null;
  starts.forEach((s, k) => {
    const next = starts[k + 1];
    // A placeholder ends the details of the person before it ("Jean Dupont, Prénom NOM et …").
    // "par la comédienne A et le guitariste B": A's details end where B's role starts.
    const stop = Math.min(next ? next.roleIndex ?? next.index : text.length, ...placeholders.filter((p) => p.index >= s.name.end).map((p) => p.index));
    let descriptor = text.slice(s.name.end, stop);
    if (next && /^\s*(?:,|et|&)\s*(?:d['’]\s*)?$/u.test(descriptor)) descriptor = '';
    descriptor = descriptor
      .replace(/(\))\s*(?:et\s|,)\s*(?:un|une|le|la|les|des|l['’]).*$/su, '$1')
      .replace(/(\))\s*[—–:]\s+.*$/su, '$1')
      // "Laurent Mathieu et un(e) référent(e) déontologue": an unnamed person follows, no detail.
      .replace(/^\s*(?:,\s*)?et\s+(?:un|une|des)(?:\(e\))?\s.*$/su, '')
      // "(Cour de cassation) et [intervenant à confirmer]": a bracketed placeholder is no detail.
      .replace(/(\))\s*(?:,\s*)?(?:et\s+)?\[[^\]]*\].*$/su, '$1')
      // "…, sous-préfet de Nyons, permettra de répondre…": the sentence goes on with its verb (future tense).
      .replace(/,\s+\p{Ll}+(?:ra|ront)\s+\p{Ll}.*$/su, '')
      // "Patrice Lemoal (Adullact) (45 min)", "Mathis Guérin (@mguerin), développeur": a talk's length and a handle are no details.
      .replace(/\s*\([^()]*\d+\s*(?:min|minutes?|mn)\)[\s.]*$/iu, '')
      .replace(/^\s*\(@[\w.-]+\)/u, '')
      // "…, calligraphe (à partir de 8 ans)": a note for the public is no organisation.
      .replace(/\s*\((?:à partir de|dès|sur inscription|gratuit|entrée libre|départ|durée|rendez-vous|rdv|\d{1,2}\s*(?:[-–]|à)\s*\d{1,2}\s*ans)[^()]*\)[\s.]*$/iu, '')
      // "…, chanteuse et joueuse de kora, scène du Champ de foire": the place of the session, written in lower case.
      .replace(VENUE_PART_RE, '')
      // "F. GIRAUD / [Intervenant à confirmer]": nor is one after a slash.
      .replace(/^\s*[/,;&]?\s*(?:et\s+)?\[[^\]]*\][\s.]*$/su, '')
      // "…, libraire (Librairie Les Mots Passants), à l'animation": the part played, not a role.
      .replace(/,\s*(?:à l['’]animation|à la modération|à l['’]accueil|au micro)\s*[.!]?\s*$/iu, '')
      // "(Nantes Université) et co-encadrée par …": the sentence goes on after the bracket.
      .replace(/(\))\s*(?:,\s*)?et\s+([\p{Ll}][\p{L}'’-]*).*$/su, (m, close: string, word: string) => (isRoleWord(word) ? m : close))
      // "…, animateur nature au CPIE, sur la gestion de l'eau": the talk's topic follows.
      .replace(TOPIC_CLAUSE_RE, '')
      // "…, Métropole européenne de Lille : « Un assistant… »": nor after a colon.
      .replace(/\s*:\s*[«“"].*$/su, '')
      // "…, historien, Société d'histoire — Entrée libre", "… Nora Belkacem — 5 € / gratuit": a spaced em dash
      // ends the details, unless a role follows it ("Florent Guéguen — data engineer @ Crédit Mutuel Arkéa").
      .replace(/\s+—\s+(\S+).*$/su, (m, word: string) => (/^\p{Ll}/u.test(word) || isRoleWord(word) ? m : ''))
      // "…, IRD — « Deltas et migrations »": a quoted talk title after a dash is not a detail.
      .replace(/\s*[—–]\s*«.*$/su, '')
      // ", et présentation de la promotion par …": the sentence goes on, the details end.
      .replace(/,\s+et\s+(?!(?:de|du|des|d['’]|la|le|les|l['’])\s)(?=\p{Ll})[\p{Ll}].*$/su, (m) => (isRoleWord(firstWord(m.replace(/^,\s+et\s+/u, ''))) ? m : ''))
      // "…, président du Département, avec la participation de Mme X": the words joining the next person.
      .replace(JOINING_TAIL_RE, '')
      .replace(TRAILING_JOIN_RE, '');
    const together = SHARED_RE.exec(descriptor);
    if (together) {
      shared = splitRole(together[1] ?? '').organisation;
      descriptor = descriptor.slice(0, together.index);
    }
    // "Name, role;Name, role" (lines of a cell): a semicolon ends the details.
    const cellParts = descriptor.split(';');
    descriptor = (cellParts[0] ?? '').trim() || next ? cellParts[0] ?? '' : cellParts[1] ?? '';
    // "Lina Aït-Saïd : *Explications contrefactuelles*": a talk title, not a role.
    const colon = /^\s*:\s*/u.exec(descriptor);
    if (colon && !isRoleWord(firstWord(descriptor.slice(colon[0].length)))) descriptor = '';
    let tentative = false;
    if (TENTATIVE_RE.test(descriptor)) {
      tentative = true;
      descriptor = descriptor.replace(TENTATIVE_RE, '');
    }
    if (TENTATIVE_INSIDE_RE.test(descriptor)) {
      tentative = true;
      descriptor = descriptor.replace(TENTATIVE_INSIDE_RE, '');
    }
    // Stop at the end of a sentence: the rest describes the session.
    const sentence = /[.!?](?:\s+\p{Lu}|\s*$)/u.exec(descriptor.replace(/\b(?:\p{Lu}|Univ|St|No|N°)\.\s?/gu, (m) => m.replace('.', '\u2024')));
    if (sentence) descriptor = descriptor.slice(0, sentence.index);
    const split: { role: string | null; organisation: string | null; placeholderRole?: string } = options.organisation
      ? { role: squash(descriptor).replace(/^[\s,:–—-]+|[\s,;.]+$/gu, '').replace(/^\((.*)\)$/u, '$1') || null, organisation: options.organisation }
      : splitRole(descriptor);
    if (split.placeholderRole && options.onPlaceholder) options.onPlaceholder(split.placeholderRole, s.name.end);
    // With a role before the name ("l'illustrateur Tiago Ferraz — dès 8 ans"), what follows the name
    // is no detail unless it opens with a role word; in brackets it stays the organisation
    // ("l'illustrateur Samir Benali (éditions La Pie qui chante)").
    const bracketed = /^\s*\(/u.test(descriptor);
    const after = split.role && s.role && !isRoleWord(firstWord(split.role)) ? { role: null, organisation: bracketed ? split.organisation ?? split.role : null } : split;
    // "le président du Conseil régional, Loïg Kerhervé": a role before the name may name the body too.
    const before = !after.role && s.role && !after.organisation ? splitRole(s.role) : null;
    const person: FoundPerson = {
      name: s.name.name,
      role: after.role ?? before?.role ?? s.role ?? null,
      organisation: after.organisation ?? before?.organisation ?? null,
      part,
      index: s.index,
    };
    if (s.name.honorific) person.honorific = s.name.honorific;
    if (tentative) person.tentative = true;
    if (person.organisation) person.organisationInfo = organisationInfo(person.organisation);
    people.push(person);
  });
  if (shared) {
    for (const p of people) {
      if (p.organisation) continue;
      p.organisation = shared;
      p.organisationInfo = organisationInfo(shared);
    }
  }
  // "Alexis Kauffmann et Philippe Ajuelos (MENJS)": a shared parenthesis.
  for (let k = people.length - 2; k >= 0; k--) {
    const p = people[k]!;
    const q = people[k + 1]!;
    const between = text.slice(starts[k]!.name.end, starts[k + 1]!.index);
    if (!p.role && !p.organisation && /^\s*(?:,|et|&)\s*(?:d['’]\s*)?$/u.test(between) && q.organisation && !q.role) {
      p.organisation = q.organisation;
      p.organisationInfo = organisationInfo(q.organisation);
    }
  }
  people.push(...groupMembers(text, starts, part));
  return people.filter((p) => !isPlaceholderName(p.name));
}

const GROUP_RE = new RegExp(`(?:^|[\\s,])(?:(?:la|le|l['’]|les)\\s*)?((?:${alternation(GROUP_NOUNS)})\\s[^()]{1,60}?)\\s*\\(([^()]+)\\)`, 'giu');
const MEMBER_SEPARATOR_RE = /\s*(?:,|;|\bet\b|&)\s*/u;

/**
 * "par la compagnie L'Envolée (Margaux Lebrun et Samuel Oliveira)": members
 * named in brackets after their group, which is their organisation. Only when
 * the brackets hold nothing but names.
 */
function groupMembers(text: string, starts: readonly Start[], part: PersonPart): FoundPerson[] {
  const out: FoundPerson[] = [];
  GROUP_RE.lastIndex = 0;
  for (let m = GROUP_RE.exec(text); m; m = GROUP_RE.exec(text)) {
    const group = (m[1] ?? '').trim();
    const inner = m[2] ?? '';
    const innerAt = m.index + m[0].length - inner.length - 1;
    if (starts.some((s) => s.index >= m!.index && s.index < innerAt)) continue;
    const parts = inner.split(MEMBER_SEPARATOR_RE).map((p) => p.trim()).filter(Boolean);
    const names = parts.map((p) => matchName(p, 0, true));
    if (!names.length || names.some((n, k) => !n || n.end !== parts[k]!.length)) continue;
    for (const n of names) out.push({ name: n!.name, role: null, organisation: group, organisationInfo: organisationInfo(group), part, index: innerAt });
  }
  return out;
}

/** The part people play from the words that introduce them ("animé par" → moderator). */
export function partFromCue(cue: string): PersonPart | null {
  const f = fold(cue);
  if (/\b(?:anim|moder)/.test(f)) return 'moderator';
  if (/\binvit/.test(f)) return 'guest';
  if (/\b(?:introduction|ouverture|cloture|conclusion|accueil|organisation|organisat|discours d.introduction|mot d.accueil|mots d.ouverture)/.test(f)) return 'host';
  return null;
}
