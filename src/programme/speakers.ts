/**
 * Who takes part in each session: people named in the entry itself ("par X",
 * "avec A, B et C", "Name (Org) : Title") and in the lines that follow it
 * (`**Intervenants**` lists, "***Invité* :** …", bold names with a role line,
 * table cells), attached to the session above them.
 */
import type { Diagnostic, Person, PersonPart } from '../types.js';
import type { Line } from '../markdown/lines.js';
import { readPeople, partFromCue, splitRole, type FoundPerson } from '../french/people.js';
import { isRoleWord } from '../french/organisations.js';
import { followedByRole, honorificRoleAt, matchName, nameAfterRole } from '../french/names.js';
import { PEOPLE_LABELS, COUNTRIES, PART_LABEL_WORDS } from '../french/lexicon/roles.js';
import { alternation, fold, foldWords, stripLeadingPictographs } from '../french/text.js';
import { PARTICIPATION_CUES } from '../french/lexicon/cues.js';

/** What the speaker pass reads for one session. */
export interface SpeakerSources {
  title: string;
  /** Speaker phrases cut from the entry's own line. */
  phrases: string[];
  /** The lines that follow the entry and belong to it. */
  lines: readonly Line[];
  /** The line of the entry (for placeholder positions). */
  line: Line;
}

const LABELS = new Map(PEOPLE_LABELS.map(([label, part]) => [label, part]));
const LABEL_RE = /^([\p{L}⋅·.()/ -]{3,40}?)\s*(?:\(s\))?\s*:\s*(.*)$/u;
/** People cues other than PARTICIPATION_CUES: a participle with "par", a speech noun with "de", "par", "avec". */
const CUE_OTHERS_RE = /(?:animée?s?|modérée?s?|présentée?s?|proposée?s?|introduite?s?|encadrée?s?|coordonnée?s?)\s+par|(?:intervention|témoignage|allocution|discours|mot|mots|présentation|keynote|conférence)\s+(?:d['’](?:ouverture|accueil)\s+|de\s+(?:clôture|bienvenue)\s+)?(?:de|d['’])|(?:introduction|ouverture|clôture|conclusion|animation|modération)\s+(?:de la table[- ]ronde\s+)?(?:\([^)]*\)\s+)?(?:par|de|d['’])|par|avec|en présence de/iu;
const CUE_RE = new RegExp(`(?:^|[\\s,(])(?:(?:${alternation(PARTICIPATION_CUES)}) (?:de|du|des|d['’])|${CUE_OTHERS_RE.source})(?:\\s+|(?<=['’]))`, 'giu');
const COUNTRY_SET = new Set(COUNTRIES);
const PART_WORDS = new Set(PART_LABEL_WORDS);
const LEAD_CUE_RE = /^\s*(?:[\p{L}'’]+\s+){0,3}?(?:par|avec|de|d['’]|en présence de)(?:\s+|(?<=['’]))/iu;
const UPPER_START_RE = /^[\p{Lu}*_]/u;

/** The first people cue in a text that a capitalised word follows ("… animation par Corine …"). */
function findCue(text: string): RegExpExecArray | null {
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    // "avec l'illustrateur Samir Benali": a role word, then the name, may follow the cue too.
    // "par le Dr Karim HADDAD": an honorific with its article.
    if (UPPER_START_RE.test(rest) || nameAfterRole(rest) || matchName(rest, 0)) return m;
  }
  return null;
}

/** "Intervenants : A, B", "**Intervenants**", "Directeur de thèse : X": a line's label and what follows it. */
function splitLabel(text: string): { label: string; rest: string } | null {
  const clean = text.replace(/[*_]/g, '').trim();
  // A label is a few words, alone or before a colon: most lines are neither.
  if (clean.length > 40 && !clean.includes(':')) return null;
  const m = LABEL_RE.exec(clean) ?? (/^[\p{L}⋅·()/ .-]{3,40}$/u.test(clean) ? [clean, clean, ''] : null);
  return m ? { label: (m[1] ?? '').trim(), rest: (m[2] ?? '').trim() } : null;
}

/** A label that says the part of the people it names ("Intervenants", "Modération"). */
function labelPart(text: string): { part: PersonPart; rest: string; label: string } | null {
  const split = splitLabel(text);
  if (!split) return null;
  // "Modération / Chair", "Intervenants / Speakers": a bilingual label is known by either of its halves.
  for (const half of split.label.split('/')) {
    const label = foldWords(half.replace(/\(s\)/g, ' s'));
    const part = LABELS.get(label) ?? LABELS.get(label.replace(/ s$/, ''));
    if (part) return { part, ...split };
  }
  return null;
}

/** A people label opening a paragraph's last sentence ("…par personne). Animation : Nadia BELKACEM."), if any. */
function closingLabel(text: string): { part: PersonPart; rest: string } | null {
  const m = /[.!?]\s+(\p{Lu}[^.!?:]{2,40}:[^:]+)$/u.exec(text);
  if (!m) return null;
  const label = labelPart(m[1] ?? '');
  return label && label.rest ? label : null;
}

/** The role a label states ("Directeur de thèse", "Chargée de mission"), or `null` ("Intervenants", "Jury"). */
function labelRole(label: string): string | null {
  const word = /^[\p{L}'’-]+/u.exec(label)?.[0] ?? '';
  // "Intervenante : Me Sandrine Oudin", "Animatrice : X": the part a person plays is not a role.
  if (PART_WORDS.has(fold(word))) return null;
  return isRoleWord(word) ? label : null;
}

function titlePart(title: string): PersonPart | null {
  const f = fold(title);
  if (/^(?:introduction|ouverture|mots? d.ouverture|mots? d.accueil|accueil|cloture|conclusion|discours d.introduction)/.test(f)) return 'host';
  if (/^(?:moderation|animation)/.test(f)) return 'moderator';
  return null;
}

/** "**Tech4Germany, Allemagne** - Name, role": the label's organisation. */
function labelOrganisation(line: Line): { organisation: string; rest: string } | null {
  const strong = line.spans.find((s) => s.kind === 'strong' && s.start <= 1);
  if (!strong) return null;
  const after = line.text.slice(strong.end);
  const m = /^\s*[-–—]\s+(.*)$/u.exec(after);
  if (!m || !matchName(m[1] ?? '', 0, true)) return null;
  const parts = line.text.slice(strong.start, strong.end).split(/,\s*/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const organisation = parts.length > 1 && COUNTRY_SET.has(foldWords(last).replace(/ /g, '-')) || COUNTRY_SET.has(foldWords(last)) ? parts[0] ?? '' : last;
  return { organisation, rest: m[1] ?? '' };
}

/** A line's text without pictographs, marks and a bullet kept as text ("• Pr Élise Garnier-Duval, …", from a PDF). */
function stripBullet(text: string): string {
  return stripLeadingPictographs(text).replace(/^[\s*_•●▪◦‣⁃]+/u, '');
}

/** A line that starts with a person: "**Jeanne Vasseur** (LIRMM)", "*Jeanne Vasseur (LIRMM, CNRS)*", "Loïc CHAMPEAUX, président…". */
function startsWithName(line: Line): boolean {
  const first = line.spans.find((s) => (s.kind === 'strong' || s.kind === 'emphasis') && s.start <= 1);
  const text = stripBullet(line.text);
  const after = (end: number) => /^\s*(?:$|[,(–—;:]|-\s)/u.test(text.slice(end));
  if (first) {
    const inner = line.text.slice(first.start, first.end).replace(/^\W+/u, '');
    const name = matchName(inner, 0, true);
    if (name && after(name.end)) return true;
  }
  const name = matchName(text, 0, true);
  if (!name || !after(name.end)) return roleThenName(text) || !!honorificRoleAt(text.replace(/^[*_]+/u, ''));
  return name.confidence === 'strong' || /^\s*\(/u.test(text.slice(name.end)) || followedByRole(text, name.end);
}

/**
 * "la directrice générale du CHU de La Réunion, Mme Lucie Hoarau-Payet", "Directrice de l'Observatoire
 * régional de l'ESS, Nadia Bensaïd": a role, a comma, then the name.
 */
function roleThenName(text: string): boolean {
  const m = ROLE_COMMA_NAME_RE.exec(text);
  return !!m && isRoleWord(m[1] ?? '') && !!matchName(text, m[0].length);
}
const ROLE_COMMA_NAME_RE = /^(?:(?:le|la|l['’])\s*)?([\p{L}'’-]+)[^,;()]{0,80},\s*/iu;

const ROLE_BEFORE_NAME_RE = /(?:^|\s)(?:la|le|l['’])\s*([\p{Ll}][\p{L}'’-]*)[^,;()]{0,80},\s*(?=(?:M\.|Mme|Dr|Pr|Me)?\s*\p{Lu})/gu;

/** Where "la maire adjointe chargée de l'économie, Mme Fatima Ouali" starts when it closes the line, or `null`. */
function roleThenClosingName(text: string): number | null {
  ROLE_BEFORE_NAME_RE.lastIndex = 0;
  for (let m = ROLE_BEFORE_NAME_RE.exec(text); m; m = ROLE_BEFORE_NAME_RE.exec(text)) {
    if (!isRoleWord(m[1] ?? '')) continue;
    const name = matchName(text, m.index + m[0].length, true);
    if (name && /^\s*(?:\([^()]*\))?[\s.]*$/u.test(text.slice(name.end))) return m.index;
  }
  return null;
}

const TAIL_DASH_RE = /\s[—–-]\s+(?=\p{Lu})/gu;

/**
 * "Polars vs Pandas en 5 min — Maël Daniel", "Quarto — Léna Corre (Insee)",
 * "Démonstration — Yanis Ferrand, ingénieur (Cyber'Ouest)": a talk listed
 * under a session, its speaker after a dash. Returns
 * the speaker's text, or `null`.
 */
function trailingSpeaker(text: string): string | null {
  TAIL_DASH_RE.lastIndex = 0;
  for (let m = TAIL_DASH_RE.exec(text); m; m = TAIL_DASH_RE.exec(text)) {
    const at = m.index + m[0].length;
    const name = matchName(text, at, true);
    if (!name) continue;
    const rest = text.slice(name.end);
    // "— Aurore Lemaître, directrice de Cyber'Ouest": a role after the name says it is one too.
    if (followedByRole(text, name.end)) return text.slice(at);
    if (!/^\s*(?:\([^()]*\))?[\s.]*$/u.test(rest)) continue;
    if (name.confidence === 'strong' || /^\s*\(/u.test(rest)) return text.slice(at);
  }
  return null;
}

/** "Directeur de thèse : Jean-Pierre Lemaître (CNRS)": a label that is a role, then a name. */
function roleLabelled(text: string): { role: string; rest: string } | null {
  const split = splitLabel(text);
  const role = split ? labelRole(split.label) : null;
  if (!split || !role || !matchName(split.rest, 0, true)) return null;
  return { role, rest: split.rest };
}

/** True for a line that names people rather than a session: a label, a people cue first, or a name first. */
export function isPeopleLine(line: Line): boolean {
  if (labelPart(line.text)) return true;
  const cue = findCue(line.text);
  if (cue && cue.index <= 1) return true;
  return startsWithName(line);
}

/** Finds the people of a session. Placeholders become diagnostics. */
export function readSpeakers(src: SpeakerSources, diagnostics: Diagnostic[]): Person[] {
  const found: FoundPerson[] = [];
  const placeholder = (line: Line) => (text: string) => {
    const at = line.text.indexOf(text);
    const p = line.pointAt(Math.max(0, at));
    diagnostics.push({
      severity: 'warning',
      rule: 'placeholder',
      message: `"${text}" is a template placeholder (a person or a role to fill in); it was left out.`,
      line: p.line,
      column: p.column,
    });
  };
  const defaultPart = titlePart(src.title) ?? 'speaker';
  for (const raw of src.phrases.flatMap((p) => p.split(/\s*;\s*/u))) {
    const labelled = labelPart(raw);
    if (labelled) {
      if (labelled.rest) found.push(...readPeople(labelled.rest, { part: labelled.part, allowWeak: true, onPlaceholder: placeholder(src.line) }));
      continue;
    }
    const phrase = raw.replace(/^[\s,;:–—(-]+/u, '');
    const lead = LEAD_CUE_RE.exec(phrase)?.[0] ?? '';
    const after = phrase.slice(lead.length);
    // "par Anne Roth", "par la Dr Yasmina Haddad", "avec l'autrice Fatou Sissoko-Diarra".
    const cue = UPPER_START_RE.test(after) || matchName(after, 0, true) || nameAfterRole(after) ? lead : '';
    const part = partFromCue(cue) ?? defaultPart;
    found.push(...readPeople(phrase.slice(cue.length), { part, allowWeak: true, onPlaceholder: placeholder(src.line) }));
  }
  let listPart: PersonPart | null = null;
  let listDepth = 0;
  for (let i = 0; i < src.lines.length; i++) {
    const line = src.lines[i]!;
    if (line.block === 'tableRow') {
      found.push(...readPeople(line.text, { part: defaultPart, allowWeak: true, onPlaceholder: placeholder(line) }));
      continue;
    }
    const label = labelPart(line.text);
    if (label) {
      listPart = label.part;
      listDepth = line.block === 'listItem' ? line.depth : 0;
      if (label.rest) {
        const people = readPeople(label.rest, { part: label.part, allowWeak: true, onPlaceholder: placeholder(line) });
        const role = people.length === 1 ? labelRole(label.label) : null;
        if (role) for (const p of people) p.role ??= role;
        found.push(...people);
      }
      continue;
    }
    // "Directeur de thèse : Jean-Pierre Lemaître (CNRS)": a role as the label.
    const roleLabel = roleLabelled(line.text);
    if (roleLabel) {
      const people = readPeople(roleLabel.rest, { part: defaultPart, allowWeak: true, onPlaceholder: placeholder(line) });
      for (const p of people) p.role ??= roleLabel.role;
      found.push(...people);
      continue;
    }
    const inList = listPart !== null && line.block === 'listItem' && line.depth > listDepth - (listDepth ? 0 : 1);
    if (inList) {
      found.push(...readPeople(line.text, { part: listPart ?? 'speaker', allowWeak: true, onPlaceholder: placeholder(line) }));
      continue;
    }
    if (line.block !== 'listItem') listPart = null;
    const labelled = line.block === 'listItem' ? labelOrganisation(line) : null;
    if (labelled) {
      found.push(...readPeople(labelled.rest, { part: defaultPart, allowWeak: true, organisation: labelled.organisation }));
      continue;
    }
    const cue = findCue(line.text);
    if (cue) {
      const before = line.text.slice(0, cue.index + cue[0].length);
      const part = partFromCue(before) ?? defaultPart;
      found.push(...readPeople(line.text.slice(cue.index + cue[0].length), { part, allowWeak: true, onPlaceholder: placeholder(line) }));
      continue;
    }
    const closing = line.block === 'paragraph' ? closingLabel(line.text) : null;
    if (closing) {
      // "Chaque stagiaire présente son audit. Animation : Nadia BELKACEM.": a label opening the last sentence.
      found.push(...readPeople(closing.rest, { part: closing.part, allowWeak: true, onPlaceholder: placeholder(line) }));
      continue;
    }
    if (line.block !== 'heading' && startsWithName(line)) {
      // "A (Org) & B (Org)", "A, role, et B, role": everyone on the line; a lone name may take its role from the next line.
      const people = readPeople(stripBullet(line.text), { part: defaultPart, allowWeak: true, onPlaceholder: placeholder(line) });
      const p = people.length === 1 ? people[0] : undefined;
      const next = src.lines[i + 1];
      if (p && !p.role && !p.organisation && next && next.groupId === line.groupId && !next.first && !matchName(next.text, 0, true)) {
        const split = splitRole(next.text);
        p.role = split.role;
        p.organisation = split.organisation;
        i++;
      }
      found.push(...people);
      continue;
    }
    // "Rapport de la vérificatrice aux comptes, Mme Odette Rabier": a role, a comma, and the name closing the line.
    const closingName = line.block !== 'heading' ? roleThenClosingName(line.text) : null;
    if (closingName !== null) {
      found.push(...readPeople(line.text.slice(closingName), { part: defaultPart, allowWeak: true, onPlaceholder: placeholder(line) }));
      continue;
    }
    const tail = line.block === 'listItem' ? trailingSpeaker(line.text) : null;
    if (tail) found.push(...readPeople(tail, { part: defaultPart, allowWeak: true, onPlaceholder: placeholder(line) }));
  }
  return dedupe(found);
}

function dedupe(people: readonly FoundPerson[]): Person[] {
  const byName = new Map<string, Person>();
  for (const { index: _index, ...p } of people) {
    const key = foldWords(p.name);
    const known = byName.get(key);
    if (!known) {
      byName.set(key, { ...p });
      continue;
    }
    if (!known.role && p.role) known.role = p.role;
    if (p.organisation && (!known.organisation || !known.role)) {
      known.organisation = p.organisation;
      if (p.organisationInfo) known.organisationInfo = p.organisationInfo;
    }
  }
  return [...byName.values()];
}
