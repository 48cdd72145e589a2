/**
 * From the words after a session's time to its title: keep the session's own
 * words, set aside the speaker phrase, the description and the place.
 *
 * A few clear passes: choose the title zone from emphasis, drop a leading or
 * trailing "Name (Org)" segment, cut at people cues ("par", "avec", "animé
 * par", "de <Name>"), cut descriptions, cut a trailing venue, tidy.
 */
import type { Line, Span } from '../markdown/lines.js';
import { followedByRole, matchName, nameAfterRole, PROTOCOL_LEAD } from '../french/names.js';
import { isRoleWord } from '../french/organisations.js';
import { PART_LABEL_WORDS } from '../french/lexicon/roles.js';
import { DESCRIPTION_STARTERS, NON_AGENT_AFTER_PAR, ROOM_WORDS, SENTENCE_STARTERS, JOINING_WORDS, VENUE_WORDS } from '../french/lexicon/cues.js';
import { alternation, fold, stripLeadingPictographs } from '../french/text.js';
import { memoize } from '../french/memo.js';

/** What the title pass makes of an entry's words. */
export interface TitleParts {
  title: string;
  /** Words after the title that describe the session. */
  description: string | null;
  /** A place cut from the end of the title ("au Palais d'Iéna"). */
  location: string | null;
  /** The text that names the people (speaker phrase), for the people pass. */
  people: string | null;
}

const LEAD_NOISE_RE = /^[\s:;,.\-–—|/>»\])}*_#+•●▪■►→·∙⋅◦‣⁃]+/u;
/** "16h00 (heure de Paris) : …": the zone of the time just read, not part of the title. */
const ZONE_NOTE_RE = /^\s*\((?:heure|horaire)s?\s+(?:de\s+|d['’]\s*)?[^()]{1,30}\)/iu;
const TRAIL_NOISE_RE = /[\s:;,.\-–—|*_#(«[{]+$/u;
/** "1 – Annoncer une mauvaise nouvelle": the number of an item in a list or table, not its title. */
const ITEM_NUMBER_RE = /^\d{1,2}\s*[–—-]\s+(?=\p{L})/u;
const PRACTICAL_NOTE_RE = /\s*\((?:\d{1,2}\s*(?:[-–]|à)\s*\d{1,2}\s*ans|sur inscription|sur réservation|réservation|inscription|inscriptions|places?|départ|fermée?|ouverte?|dès|à partir de|dépôt|si vous|réservée?|gratuite?|entrée|durée|salle|équipes? de|nombre de places|limitée?|complet|payant|sans inscription|pour les|pour tous|tout public|merci|offerte?s?|chacune?|candidatures?|sur invitation|sur place|obligatoire|inclus|incluse|food trucks?|self)(?![\p{L}])[^()]*\)\s*$/iu;
/** "(restauration possible au self, 4,50 €, à régler sur place)": a price in brackets is practical. */
const PRICE_NOTE_RE = /\s*\([^()]*\d\s*(?:€|euros?)(?![\p{L}])[^()]*\)\s*$/iu;
/** "Salle Trégor : Title", "Amphi Turing : « Title »", "Salle Condorcet – Title": the room opening a title. */
const ROOM_PREFIX_RE = /^((?:salle|amphi|amphithéâtre|auditorium|espace|scène|room|track|parcours)\s+[^:–—]{1,40}?)\s*:\s+|^((?:salle|amphi|amphithéâtre|auditorium)\s+[^:–—]{1,40}?)\s+[–—-]\s+/iu;
/** "(Station F – toute presse)", "(pool presse)": press access to a ministerial appointment, not its title. */
const PRESS_NOTE_RE = /\s*\([^()]*(?<![\p{L}])presse(?![\p{L}])[^()]*\)\s*$/iu;
/** "Atelier données (salle 2)": a room in brackets closing a title. */
const ROOM_NOTE_RE = new RegExp(`\\s*\\(((?:${alternation([...ROOM_WORDS, 'restaurant'])})\\s[^()]{1,30})\\)[\\s,;:.–—-]*$`, 'iu');
/** A label that only numbers a session ("Atelier A", "Session 2", "Table ronde 3"): its title follows it. */
const INDEX_LABEL = '(?:atelier|session|table[- ]ronde|séquence|module|parcours|groupe|panel|plénière|conférence|séance|focus|track)\\s+(?:[A-Z]|\\d{1,2}|[IVX]{1,4})';
const INDEX_LABEL_RE = new RegExp(`^${INDEX_LABEL}\\.?$`, 'iu');
/** "Groupe A (salle 12) : Title": a numbered label with its room in brackets, before the title. */
const LABEL_ROOM_RE = new RegExp(`^(${INDEX_LABEL})\\s*\\(((?:${alternation(ROOM_WORDS)})\\s[^()]{1,30})\\)(?=\\s*[:–—-])`, 'iu');
/** A label that only names a session's kind ("**Keynote d'ouverture** : « … »", "**Atelier** : …"): its title follows a colon. */
const KIND_LABEL_RE = /^(?:keynote|conférence|atelier|table[- ]ronde|panel|plénière|débat|masterclass|lightning talks?|talk|projection|lecture|concert|spectacle|démonstration|démo)(?:\s+(?:d['’]ouverture|de clôture|inaugurale|introductive|de lancement|plénière|invitée?))?$/iu;

/** True for a label that only numbers a session: "Atelier A", "SESSION 1", "Séquence II". */
export function isIndexLabel(text: string): boolean {
  return INDEX_LABEL_RE.test(text.trim());
}

/** True when a bold run only labels the title written after it, with this separator ("Plénière 1 — Grand témoin :" too). */
function labelsTitle(label: string, sep: string | undefined): boolean {
  if (!sep) return false;
  if (INDEX_LABEL_RE.test(label) || (sep === ':' && KIND_LABEL_RE.test(label))) return true;
  const [index, kind, ...more] = label.split(/\s+[—–-]\s+/u);
  return !more.length && !!kind && INDEX_LABEL_RE.test(index ?? '') && kind.split(/\s+/u).length <= 3;
}

const CLOSING_QUOTE: Readonly<Record<string, string>> = { '«': ' »', '"': '"', '“': '”' };

/** The title after a label, tidied; a title wholly in quotes keeps them, as the label is part of the title. */
function labelTitle(text: string): string {
  const t = tidy(text);
  const open = /^[\s*_]*([«"“])/u.exec(text)?.[1];
  if (!open || !t || t.startsWith(open)) return t;
  return open === '«' ? `« ${t} »` : `${open}${t}${CLOSING_QUOTE[open]}`;
}
/** "… (Org) — « Title »": a quoted title closing a speaker's phrase. */
const QUOTED_AFTER_PERSON_RE = /\s[—–-]\s*(«[^«»]+»)[\s.]*$/u;
/** A speaker still to be named: "Intervenant à confirmer", "[Nom à confirmer] (LOCH)", "Prénom Nom (organisme)". */
const UNNAMED_SPEAKER = `\\[?(?:(?:nom|${alternation(PART_LABEL_WORDS)})(?:[·.]?e)?s?\\s+(?:à|a)\\s+(?:confirmer|préciser|définir|venir)|(?:Prénom|PRÉNOM|Prenom)\\s+(?:Nom|NOM))\\]?(?:\\s*\\([^()]*\\))?`;
/** "— Intervenant à confirmer", "— Prénom Nom (organisme)": one closing the title, after a dash. */
const UNNAMED_AFTER_DASH_RE = new RegExp(`\\s[—–-]\\s+${UNNAMED_SPEAKER}[\\s.]*$`, 'iu');
/** "[Nom à confirmer] (LOCH) – Title", "Prénom NOM (Org) : Title": one opening the title. */
const UNNAMED_LEAD_RE = new RegExp(`^${UNNAMED_SPEAKER}\\s*[—–:-]\\s+`, 'iu');
/** " — salle Lantana" closing a label's run: the room. */
const ROOM_AFTER_DASH_RE = new RegExp(`\\s+[—–-]\\s+((?:${alternation(ROOM_WORDS)})\\s[^—–]{1,30})$`, 'iu');
const LEAD_PLACE_RE = /^(?:à|au|en|sur)\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,4})\s*:\s*/u;
const DESCRIPTION_STARTERS_RE = new RegExp(`^(?:${alternation(DESCRIPTION_STARTERS)})(?![\\p{L}])`, 'u');
const PAR_RE = new RegExp(`(?:,\\s*(?:introduction|ouverture|clôture|conclusion|animation|modération)\\s+(?:\\([^)]*\\)\\s+)?(?=par\\s)|(?:^|[\\s,(])(?:(?:animée?s?|modérée?s?|présentée?s?|proposée?s?|introduite?s?|présidée?s?|dirigée?s?|encadrée?s?|coordonnée?s?)\\s+)?)par\\s+(?!(?:${alternation(NON_AGENT_AFTER_PAR)})(?![\\p{L}]))`, 'giu');
const AVEC_RE = /(?:^|[\s,])avec\s+(?=[\p{Lu}«"*]|(?:le|la|l['’])\s*\p{Ll})/gu;
const ARTICLE_RE = /^(?:les?|la|l['’]|des|une?|leurs?|ses|son|sa|notre|nos|votre|vos|deux|trois|quatre|cinq|six|plusieurs|M\.|Mme|Mmes|MM\.|Dr|Pr|Me|Monsieur|Madame)(?:\s|(?<=['’]))/iu;
const DANGLING_RE = /\s(?:sur|de|du|des|d['’]|à|au|aux|avec|pour|par|et|ou|le|la|les|l['’]|un|une|en)$/iu;
const CUE_RE = /(?:^|[\s,])(?:animée?s? par|modérée? par|en présence de|intervenants?\s*:|speakers?\s*:)\s*/giu;
const NAME_AFTER_SEP_RE = /(?:,|\s[:·|–—])\s+(?=\p{Lu})/gu;
const DE_NAME_RE = /(?:^|\s)(?:de|d['’]|par)\s*(?=\p{Lu})/gu;
const SENTENCE_RE = /([.!?…])\s+(?=[\p{Lu}«"])/gu;
const RUNON_RE = new RegExp(`(?<=[\\p{Ll}\\p{N}])\\s+(?=(?:${alternation(SENTENCE_STARTERS.map((w) => w[0]!.toUpperCase() + w.slice(1)))})(?:\\s|(?<=['’]))\\p{Ll})`, 'gu');
const JOINERS = new Set(JOINING_WORDS);
const VENUE_LEAD_RE = /(?:,\s*(?:(?:au|à la|à l['’]|dans l['’]|dans le|dans la|à)\s*)?|\s(?:au|à la|à l['’]|dans l['’]|dans le|dans la)\s*)(?=\S)/giu;
const VENUE_WORDS_SET = new Set(VENUE_WORDS.map(fold));
/** Venue words that mark a place even in lower case ("au siège de", ", salle Pleyel"). */
const STRICT_VENUES = new Set(['salle', 'amphi', 'amphitheatre', 'auditorium', 'hemicycle', 'siege']);
const POSTCODE_RE = /\b\d{5}\b|\b750\d\d\b/;

/** Removes Markdown leftovers and edge punctuation from a title (a pure function of the text, cached). */
export const tidy: (text: string) => string = memoize(tidyUncached);

function tidyUncached(text: string): string {
  let t = text.replace(/\*{1,3}|_{2,3}|`/g, '').replace(/\s+/g, ' ').trim();
  t = stripLeadingPictographs(t).replace(LEAD_NOISE_RE, '').replace(ITEM_NUMBER_RE, '');
  t = t.replace(/\\+$/, '').replace(TRAIL_NOISE_RE, '');
  // "(45 min)", "(3 × 10 min)", "(5 min chacun, inscrivez-vous sur place !)": a duration, not the title.
  // Not an end: "(jusqu'à 17h)", "(fin vers 14h)" are read by the assembly.
  t = t.replace(/\s*\((?!\s*(?:jusqu|fin\s))[^()]*\b\d+\s*(?:min|minutes?|mn|h|heures?)\b[^()]*\)\s*$/iu, '').replace(TRAIL_NOISE_RE, '');
  for (let k = 0; k < 3 && DANGLING_RE.test(t); k++) t = t.replace(DANGLING_RE, '').replace(TRAIL_NOISE_RE, '');
  const wrapped = /^["“”«]\s*(.*?)\s*["“”»]$/u.exec(t);
  if (wrapped && !/["“”«»]/u.test(wrapped[1] ?? '')) t = (wrapped[1] ?? '').trim();
  // Pictographs closing a title ("Apéro des communautés 🍻").
  t = t.replace(/(?:\s*[\p{Extended_Pictographic}\uFE0F\u200D])+$/u, '').trim();
  // Practical notes in brackets: "(sur inscription, 20 places)", "(fermé à la presse)", "(départ en bus à 15h45)".
  t = t.replace(PRACTICAL_NOTE_RE, '').replace(PRESS_NOTE_RE, '').replace(PRICE_NOTE_RE, '').replace(TRAIL_NOISE_RE, '');
  t = t.replace(/\(\s+/gu, '(').replace(/\s+\)/gu, ')');
  // A closing bracket or quote without its opening one is noise too.
  if (/[)\]]$/.test(t) && !/[([]/.test(t)) t = t.slice(0, -1).trim();
  return stripLeadingPictographs(t).trim();
}

function spanAt(spans: readonly Span[], index: number): Span | undefined {
  return spans.find((s) => s.kind !== 'link' && s.start <= index && s.end > index);
}

function spanStartingAt(spans: readonly Span[], index: number): Span | undefined {
  return spans
    .filter((s) => s.kind !== 'link' && s.start >= index && s.start <= index + 1)
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/** Skips separators and pictographs from `at`; returns the index of the first word. */
function skipNoise(text: string, at: number): number {
  let i = at;
  for (;;) {
    const rest = text.slice(i);
    const cleaned = stripLeadingPictographs(rest).replace(LEAD_NOISE_RE, '').replace(ZONE_NOTE_RE, '');
    if (cleaned.length === rest.length) return i;
    i += rest.length - cleaned.length;
  }
}

/** Index right after a parenthesis opened at `open`, or after " : " when it is never closed. */
function afterParenthesis(text: string, open: number): number {
  const close = text.indexOf(')', open);
  const colon = text.indexOf(' : ', open);
  if (close >= 0 && (colon < 0 || close < colon)) return close + 1;
  if (colon >= 0) return colon;
  return text.length;
}

interface Zone {
  text: string;
  spans: Span[];
}

function slice(zone: Zone, from: number, to = zone.text.length): Zone {
  return {
    text: zone.text.slice(from, to),
    spans: zone.spans
      .filter((s) => s.end > from && s.start < to)
      .map((s) => ({ ...s, start: Math.max(0, s.start - from), end: Math.min(to - from, s.end - from) })),
  };
}

function emphasised(zone: Zone): Span | undefined {
  return zone.spans.filter((s) => s.kind === 'emphasis' || s.kind === 'strong').sort((a, b) => a.start - b.start)[0];
}

/** ", doctorant (Université de Bretagne occidentale) : …": a role (and body) after a leading name, then a colon. */
const ROLE_THEN_COLON_RE = /^,\s*([^:«»]{2,100}?)(\s*:\s)/u;
/** What joins two names at the start of an entry: ", ", " et ", " & ". */
const JOINT_RE = /^\s*(?:,|et|&)\s+/u;

/** Drops "Name (Org) :" at the start and "-- Name (Org)" at the end; returns the rest and the people text. */
function dropPersonSegments(zone: Zone): { zone: Zone; people: string[] } {
  const people: string[] = [];
  let z = zone;
  const unnamedLead = UNNAMED_LEAD_RE.exec(z.text);
  if (unnamedLead) {
    // Kept for the people pass only when it can report the template ("Prénom Nom").
    if (/pr[ée]nom/iu.test(unnamedLead[0])) people.push(unnamedLead[0].replace(/\s*[—–:-]\s+$/u, ''));
    return { zone: slice(z, unnamedLead[0].length), people };
  }
  const lead = matchName(z.text, 0, true);
  if (lead && (lead.confidence === 'strong' || /^\s*\(/u.test(z.text.slice(lead.end))) && /^\s*(?:\([^)]*\))?[\s.,;]*$/u.test(z.text.slice(lead.end))) {
    // The entry names only a person: "**Sylvie Gaudron** (Sorbonne Université)".
    people.push(z.text);
    return { zone: slice(z, 0, lead.end), people };
  }
  if (lead) {
    // "Clara Vidal et Hugo Brochard (Inria) : Title": more names joined to the first.
    let last = lead;
    let strong = lead.confidence === 'strong';
    for (let joint = JOINT_RE.exec(z.text.slice(last.end)); joint; joint = JOINT_RE.exec(z.text.slice(last.end))) {
      const next = matchName(z.text, last.end + joint[0].length, true);
      if (!next || (next.confidence !== 'strong' && !/^\s*\(/u.test(z.text.slice(next.end)))) break;
      strong ||= next.confidence === 'strong';
      last = next;
    }
    let i = last.end;
    while (z.text[i] === ' ') i++;
    if (z.text[i] === '(') i = afterParenthesis(z.text, i);
    // "Yoann LE GUEN, doctorant (UBO) : « Title »": the person's details run up to the colon.
    const details = ROLE_THEN_COLON_RE.exec(z.text.slice(i));
    if (details && isRoleWord(/^[\p{L}'’-]+/u.exec(details[1] ?? '')?.[0] ?? '')) i += details[0].length - details[2]!.length;
    const sep = /^\s*(?:--|[:\-–—,])\s*/u.exec(z.text.slice(i));
    const rest = slice(z, i + (sep ? sep[0].length : 0));
    const strongEnough = strong || z.text[last.end + 1] === '(' || z.text[last.end] === '(';
    if (strongEnough && (sep || emphasised(rest))) {
      people.push(z.text.slice(0, i));
      const em = sep ? undefined : emphasised(rest);
      z = em ? slice(rest, em.start, em.end) : rest;
      if (sep) {
        const em2 = emphasised(z);
        if (em2 && em2.start <= 1 && /^[\s,.;:]*$/.test(z.text.slice(em2.end))) z = slice(z, em2.start, em2.end);
      }
    }
  }
  const unnamed = UNNAMED_AFTER_DASH_RE.exec(z.text);
  if (unnamed) {
    // Kept for the people pass only when it can report the template ("Prénom Nom").
    if (/pr[ée]nom/iu.test(unnamed[0])) people.push(unnamed[0].replace(/^\s*[—–-]\s*/u, ''));
    z = slice(z, 0, unnamed.index);
  }
  const trail = /\s(?:--|[-–—])\s*(?=\S)/gu;
  let cut = -1;
  for (let m = trail.exec(z.text); m; m = trail.exec(z.text)) {
    const at = m.index + m[0].length;
    const name = matchName(z.text.replace(/[*_]/g, ' '), at, true);
    if (name && (name.confidence === 'strong' || /^\s*\(/.test(z.text.slice(name.end)))) {
      cut = m.index;
      people.push(z.text.slice(at));
      break;
    }
  }
  if (cut >= 0) z = slice(z, 0, cut);
  return { zone: z, people };
}

/** True when `index` stands inside a pair of marks opened before it: « … » by default, or ( … ). */
function inside(text: string, index: number, open = '«', close = '»'): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && depth > 0) depth--;
  }
  return depth > 0;
}

const PROTOCOL_RE = new RegExp(`(?:^|\\s)(?:de|d['’]|par)\\s+${PROTOCOL_LEAD}([\\p{L}-]+)`, 'u');

/** True when the word before "par" is a past participle ("organisé par la Région"), not a noun ("depuis l'été"). */
function participleBefore(text: string): boolean {
  const word = /(\S+)\s*$/u.exec(text)?.[1] ?? '';
  return /é(?:e|es|s)?$/u.test(word) && !/^[ldLD]['’]/u.test(word);
}

/** Cuts the title at the first phrase that introduces people. */
function cutPeople(text: string): { title: string; people: string | null } {
  let cut = text.length;
  const consider = (index: number) => {
    if (index > 0 && index < cut) cut = index;
  };
  for (const re of [PAR_RE, AVEC_RE, CUE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "« Le contrôle des algorithmes par le juge administratif »": a cue inside a quoted title is the title's.
      if (inside(text, m.index)) continue;
      const after = text.slice(m.index + m[0].length).replace(/^[*_]+/, '');
      const compound = /\S\s+par\s*$/u.test(m[0].trim()) || re === CUE_RE;
      const comma = m[0].startsWith(',') || /,\s*$/.test(text.slice(0, m.index + 1));
      const name = matchName(after, 0, /^[^,(]{2,40}\(/u.test(after));
      const placeholder = /^(?:Prénom|PRÉNOM|Prenom|NOM|Nom)\s+(?:Nom|NOM|Prénom|PRÉNOM)|^XXX(?![\p{L}])/u.test(after);
      const introduced = !!nameAfterRole(after);
      if (re === AVEC_RE && /^\p{Ll}/u.test(after) && !introduced) continue;
      // "Apéro (offert par notre hôte)": inside brackets, only a named person is a speaker phrase.
      if (inside(text, m.index, '(', ')') && !name && !introduced && !placeholder) continue;
      const ok =
        introduced ||
        compound ||
        placeholder ||
        !!name ||
        (re === PAR_RE && ARTICLE_RE.test(after) && !participleBefore(text.slice(0, m.index))) ||
        (re === AVEC_RE && comma);
      if (!ok) continue;
      consider(m.index);
      break;
    }
  }
  // "Compression de réseaux de neurones (Lucie Carpentier, Inria Grenoble)": the speaker in brackets.
  const bracket = /\s\(([^()]+)\)\s*$/u.exec(text);
  if (bracket && matchName(bracket[1] ?? '', 0)?.confidence === 'strong') consider(bracket.index);
  // ", avec un représentant de …": unnamed people are not part of the title.
  const unnamed = /,\s*(?:avec|et)\s+(?:un|une|des|deux|trois|plusieurs)\s+(?:représentant|représentante|membre|agent|expert|experte|intervenant|intervenante|élu|élue)s?\b/iu.exec(text);
  if (unnamed) consider(unnamed.index);
  // "mot d'accueil de Mme la Préfète de la Drôme, Nathalie Guérin-Sauvage": an honorific before a role.
  const protocol = PROTOCOL_RE.exec(text);
  if (protocol && isRoleWord(protocol[1] ?? '')) consider(protocol.index);
  DE_NAME_RE.lastIndex = 0;
  for (let m = DE_NAME_RE.exec(text); m; m = DE_NAME_RE.exec(text)) {
    const at = m.index + m[0].length;
    const name = matchName(text, at);
    if (name && name.confidence === 'strong') {
      consider(m.index);
      break;
    }
  }
  let tailRole: string | null = null;
  // "Introduction, Dr Paul Keller, président du réseau", "Mot de la présidente, Fabienne Roche", "Title · Lucie Hamon".
  NAME_AFTER_SEP_RE.lastIndex = 0;
  for (let m = NAME_AFTER_SEP_RE.exec(text); m; m = NAME_AFTER_SEP_RE.exec(text)) {
    const at = m.index + m[0].length;
    // A weak name counts when its role follows ("Conférence de clôture : Hoang Thi Lan, directrice de recherche").
    const name = matchName(text, at, true);
    const strong = !!name && (name.confidence === 'strong' || followedByRole(text, name.end));
    if (name && strong && (name.honorific || /^\s*(?:$|[,(–—-]|(?:et|&)\s+\p{Lu})/u.test(text.slice(name.end)))) {
      if (m.index < cut) {
        // "Mot de la présidente, Fabienne Roche": the words before the name give the role.
        const role = /(?:^|\s)(?:de|du|d['’])\s+(?:la\s+|le\s+|l['’])?([^,]+?)\s*$/u.exec(text.slice(0, m.index));
        if (role && isRoleWord(/^[\p{L}'’-]+/u.exec(role[1] ?? '')?.[0] ?? '') && /^\s*$/u.test(text.slice(name.end))) tailRole = role[1] ?? null;
      }
      consider(m.index);
      break;
    }
  }
  // A name closing the title ("Mot d’accueil de la présidente du jury Hélène Brisset").
  const words = [...text.matchAll(/(?<=\s)\p{Lu}/gu)];
  for (const w of words) {
    const at = w.index ?? 0;
    const name = matchName(text, at);
    if (name && name.confidence === 'strong' && /^[\s.!]*$/.test(text.slice(name.end)) && /(?:^|\s)\p{Ll}[\p{L}'’-]*\s$/u.test(text.slice(0, at))) {
      if (at < cut) {
        // "… de la présidente du jury Hélène Brisset": the words before the name are the role.
        const role = /(?:^|\s)(?:de|du|d['’])\s+(?:la\s+|le\s+|l['’])?([^,]+?)\s*$/u.exec(text.slice(0, at));
        if (role && isRoleWord(/^[\p{L}'’-]+/u.exec(role[1] ?? '')?.[0] ?? '')) tailRole = role[1] ?? null;
      }
      consider(at);
      break;
    }
  }
  if (cut >= text.length) return { title: text, people: null };
  if (tailRole && !text.slice(0, cut).includes(' par ')) return { title: text.slice(0, cut), people: `${text.slice(cut).trim()}, ${tailRole}` };
  // "Arrivée de Claire Vasseur en gare de Lille-Flandres": a lone name, then the title goes on.
  const lone = /^\s*(?:de|d['’])\s*/u.exec(text.slice(cut));
  const name = lone ? matchName(text, cut + lone[0].length) : null;
  const goesOn = name ? TITLE_GOES_ON_RE.exec(text.slice(name.end)) : null;
  if (name && goesOn) return { title: `${text.slice(0, cut).trimEnd()} ${text.slice(name.end + goesOn[1]!.length)}`, people: text.slice(cut + lone![0].length, name.end) };
  return { title: text.slice(0, cut), people: text.slice(cut).trim() };
}

/** After a name, the words that go on with the title: "en gare de …", "avec des étudiants …". */
const TITLE_GOES_ON_RE = /^(\s+)(?:en|avec|sur|dans|devant|auprès|au|aux)\s+(?:des\s+|les\s+|la\s+|le\s+|l['’])?\p{Ll}/u;

/** Cuts what describes the session rather than names it. */
function cutDescription(text: string, heading: boolean): { title: string; description: string | null } {
  let cut = text.length;
  let from = text.length;
  // "Lightning talks — inscriptions sur place", "… – durée 30 min": a note after a dash.
  const note = /\s—\s+(?=\p{Ll})|\s[—–]\s+(?=(?:durée|Durée)\b)/u.exec(text);
  if (note && note.index > 0 && !/[—–]\s+\p{Ll}[^—–]*[—–]/u.test(text)) {
    cut = Math.min(cut, note.index);
    from = Math.min(from, note.index + note[0].length);
  }
  const quoteColon = heading ? null : /»\s*:\s*(?=\p{Ll})/u.exec(text);
  if (quoteColon) {
    cut = Math.min(cut, quoteColon.index + 1);
    from = Math.min(from, quoteColon.index + quoteColon[0].length);
  }
  for (const m of text.matchAll(/\s:\s+/gu)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (DESCRIPTION_STARTERS_RE.test(after)) {
      if ((m.index ?? 0) < cut) {
        cut = m.index ?? 0;
        from = (m.index ?? 0) + m[0].length;
      }
      break;
    }
  }
  if (!heading) {
    SENTENCE_RE.lastIndex = 0;
    for (let m = SENTENCE_RE.exec(text); m; m = SENTENCE_RE.exec(text)) {
      const before = text.slice(0, m.index);
      // Abbreviations and initials ("J. Attia", "Univ. Rennes") do not end a sentence.
      if (/(?:^|\s)(?:\p{Lu}|[Uu]niv|[Dd]r|[Pp]r|[Mm]me|M|St|[Cc]f|[Ee]tc|[Ee]x|N°|[Vv]ol|[Pp])$/u.test(before)) continue;
      if (m.index < cut) {
        cut = m.index + (m[1] === '.' ? 0 : 1);
        from = m.index + m[0].length;
      }
      break;
    }
    RUNON_RE.lastIndex = 0;
    for (let m = RUNON_RE.exec(text); m; m = RUNON_RE.exec(text)) {
      const prevWord = /(\S+)$/u.exec(text.slice(0, m.index))?.[1] ?? '';
      if (JOINERS.has(fold(prevWord))) continue;
      if (m.index < cut) {
        cut = m.index;
        from = m.index + m[0].length;
      }
      break;
    }
  }
  if (cut >= text.length) return { title: text, description: null };
  const description = text.slice(from).trim();
  return { title: text.slice(0, cut), description: description || null };
}

/** Cuts a place written after the title ("au Palais d'Iéna", ", salle Pleyel, 75008"). */
function cutLocation(text: string): { title: string; location: string | null } {
  VENUE_LEAD_RE.lastIndex = 0;
  for (let m = VENUE_LEAD_RE.exec(text); m; m = VENUE_LEAD_RE.exec(text)) {
    if (m.index < 3) continue;
    const before = text.slice(0, m.index);
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    const place = text.slice(m.index + m[0].length);
    const word = /^[\p{L}-]+/u.exec(place)?.[0] ?? '';
    const folded = fold(word);
    const capital = /^\p{Lu}/u.test(word);
    const venue = STRICT_VENUES.has(folded) || (capital && VENUE_WORDS_SET.has(folded));
    const postcode = capital && POSTCODE_RE.test(place);
    if (!venue && !postcode) continue;
    const lead = text.slice(m.index, m.index + m[0].length).replace(/^,\s*/, '');
    return { title: text.slice(0, m.index), location: tidy(lead + place) || null };
  }
  return { title: text, location: null };
}

/**
 * Extracts the title parts of an entry from its line, given where the time
 * expression ends (`from`) and where the title zone ends (`to`, for entries
 * whose date and time come after the title).
 */
export function extractTitle(line: Line, from: number, to = line.text.length): TitleParts {
  const text = line.text;
  const start = skipNoise(text, from);
  let zone: Zone = slice({ text, spans: line.spans }, start, Math.max(start, to));
  let description: string | null = null;
  let place: string | null = null;
  /** The title after a numbered label ("Atelier A"), with the page's separator. */
  let labelTail: string | null = null;
  const people: string[] = [];
  /** Where the zone starts in the line, once a room or a place before the title is set aside. */
  let zoneStart = start;
  const room = ROOM_PREFIX_RE.exec(zone.text);
  if (room) {
    place = tidy(room[1] ?? room[2] ?? '') || null;
    zone = slice(zone, room[0].length);
    zoneStart += room[0].length;
  }
  // "de 9 h 30 à 17 h à Gap : Title": a place between the time and the title.
  const leadPlace = LEAD_PLACE_RE.exec(zone.text);
  if (leadPlace) {
    place = tidy(leadPlace[1] ?? '') || null;
    const skip = skipNoise(zone.text, leadPlace[0].length);
    zone = slice(zone, skip);
    zoneStart += skip;
  }

  // The run holding the end of the time, or the run that opens the line; not a label run
  // such as "**Séquence 1 :** Title", whose title goes on after it.
  const run = spanAt(line.spans, Math.max(0, from - 1));
  const timeSpan = run && from === 0 && /:\s*$/u.test(text.slice(run.start, run.end)) ? undefined : run;
  if (timeSpan && timeSpan.end <= zoneStart && from > 0) {
    // The time has a run of its own: "**9h30 :** *Title*", "__9h30-10h__: __Accueil__, description".
    const next = spanStartingAt(zone.spans, 0);
    if (next && !matchName(zone.text.slice(next.start, next.end).replace(/^\W+/u, ''), 0, true)) {
      const rest = zone.text.slice(next.end).trim();
      if (rest && !/^[\s,.;:]*$/.test(rest)) {
        const after = rest.replace(/^[\s:,;.–—-]+/u, '');
        const cueOnly = /^(?:par|avec|animée?s? par|modérée? par)\s/iu.test(after);
        const sep = /^\s*([:–—-])\s/u.exec(rest)?.[1];
        if (cueOnly || matchName(after, 0, /^[^,(]{2,60}\(/u.test(after))) people.push(after);
        else if (after && labelsTitle(zone.text.slice(next.start, next.end).trim(), sep)) {
          // "**9:20 – 10:15** — **Keynote** : *"Open data after the AI rush"*": the label, then its title.
          const inner = cutPeople(after);
          const tail = labelTitle(inner.title);
          if (tail) labelTail = `${sep} ${tail}`;
          if (inner.people) people.push(inner.people);
        } else if (after) {
          // "**« Title »** Démonstration…, avec Yanis Belkacem, développeur": people inside the description.
          const inner = cutPeople(after);
          description = inner.title.trim() || null;
          if (inner.people) people.push(inner.people);
        }
      }
      zone = slice(zone, next.start, next.end);
    }
  } else if (timeSpan && timeSpan.end > zoneStart) {
    // The time and the title share a run: "**14h30 – 15h : présentation** et des facteurs…".
    const runEnd = timeSpan.end - zoneStart;
    const rest = zone.text.slice(runEnd);
    // The run's sentence goes on up to a colon or a sentence end ("par M. Philippe Garnier": not at "M.").
    const cont = /^\s+(?=[\p{Ll}«(])/u.test(rest) || /^[\p{Ll}]/u.test(rest) ? /^[^;:]*?(?=\s[;:]|(?<![\s(](?:M|Dr|Pr|Me|Mgr|St))[.!?]\s|$)/u.exec(rest)?.[0] ?? '' : '';
    const restAfter = rest.slice(cont.length).replace(/^[\s:;,.·|–—-]+/u, '').trim();
    const sep = /^\s*([:–—-])\s/u.exec(rest.slice(cont.length))?.[1];
    let labelEnd: number | null = null;
    if (restAfter && matchName(restAfter, 0, /^[^,(]{2,50}\(/u.test(restAfter))) people.push(restAfter);
    else if (restAfter && labelsTitle(zone.text.slice(0, runEnd).replace(ROOM_AFTER_DASH_RE, '').trim(), sep)) {
      // "**Atelier A** (salle 012) : Rédiger une charte — animé par …": a numbered label, its title after it.
      // "*Atelier A — salle Lantana* : « … »": the label's run may name the room too.
      const labelRoom = ROOM_AFTER_DASH_RE.exec(zone.text.slice(0, runEnd));
      if (labelRoom) {
        place ??= tidy(labelRoom[1] ?? '') || null;
        labelEnd = labelRoom.index;
      }
      const inner = cutPeople(restAfter);
      const note = ROOM_NOTE_RE.exec(inner.title);
      if (note) place ??= note[1] ?? null;
      const tail = labelTitle(note ? inner.title.slice(0, note.index) : inner.title);
      if (tail) labelTail = `${sep} ${tail}`;
      if (inner.people) people.push(inner.people);
    } else if (restAfter) {
      const inner = cutPeople(restAfter);
      description = inner.title.trim() || null;
      if (inner.people) people.push(inner.people);
    }
    zone = slice(zone, 0, labelEnd ?? runEnd + cont.length);
  }

  const dropped = dropPersonSegments(zone);
  zone = dropped.zone;
  people.push(...dropped.people);

  let title = zone.text.replace(/\s+/g, ' ').trim();
  const cutP = cutPeople(title);
  title = cutP.title;
  if (cutP.people) {
    people.push(cutP.people);
    // "Conférence invitée : Pr Anders Lindqvist (Université d'Uppsala) — « Recharge… »": the label's title comes after its speaker.
    const quoted = QUOTED_AFTER_PERSON_RE.exec(cutP.people);
    const sep = /^\s*([:–—-])/u.exec(cutP.people)?.[1];
    if (quoted && !labelTail && labelsTitle(tidy(title), sep)) labelTail = `${sep} ${quoted[1]}`;
  }
  // "Atelier (salle Seine), animé par …": the room closes the title once the people are cut.
  const roomFirst = ROOM_NOTE_RE.exec(title);
  if (roomFirst) {
    place ??= roomFirst[1] ?? null;
    title = title.slice(0, roomFirst.index);
  }
  // "Commission B « Carrières » — salle Rameau": a room after a dash closes the title.
  const tidied = tidy(title);
  const roomAfter = ROOM_AFTER_DASH_RE.exec(tidied);
  if (roomAfter && roomAfter.index > 0) {
    place ??= tidy(roomAfter[1] ?? '') || null;
    title = tidied.slice(0, roomAfter.index);
  }
  const cutD = cutDescription(title, line.block === 'heading');
  title = cutD.title;
  if (cutD.description) description = description ? `${cutD.description} ${description}` : cutD.description;
  const cutL = cutLocation(title);
  // "Atelier données (salle 2)": a room in brackets is the place.
  const roomNote = ROOM_NOTE_RE.exec(cutL.title);
  if (roomNote) place ??= roomNote[1] ?? null;
  title = tidy(roomNote ? cutL.title.slice(0, roomNote.index) : cutL.title);
  const labelRoom = LABEL_ROOM_RE.exec(title);
  if (labelRoom) {
    place ??= labelRoom[2] ?? null;
    title = `${labelRoom[1]}${title.slice(labelRoom[0].length)}`;
  }
  if (labelTail && title) title = `${title} ${labelTail}`;
  return {
    title,
    description: description ? tidy(description) || null : null,
    location: cutL.location ?? place,
    people: people.length ? people.join(' ; ') : null,
  };
}
