/**
 * A programme written as running text: "Au programme de la soirée : dès
 * 19h00, accueil autour de quelques boissons ; à 19h30, Margot Leblanc (Alan)
 * nous parlera de « Typer un vieux projet Django » ; vers 20h15, … On termine
 * à partir de 21h avec pizzas et discussions libres." After a programme cue,
 * each clause (cut at ";" and sentence ends) that opens with its time is a
 * session.
 */
import type { ScannedTime } from '../french/time.js';
import { FOLLOW_VERBS, MEETING_CUES, OPENING_VERBS, PROSE_CLAUSE_LEADS, PROSE_PROGRAMME_CUES, TALK_VERBS } from '../french/lexicon/cues.js';
import { alternation } from '../french/text.js';

/** One clause of a prose programme: its time, and where its title is written in the text. */
export interface ProseClause {
  slot: ScannedTime;
  from: number;
  to: number;
}

/** The cue, with what qualifies it up to its colon ("Au programme de la soirée :", "Au programme ce mois-ci :"). */
const CUE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(PROSE_PROGRAMME_CUES)})(?![\\p{L}])(?:[^:;.!?\\d]{0,30}:)?`, 'iu');
const CLAUSE_END_RE = /[;.!?](?=\s|$)/gu;
const LEAD_RE = new RegExp(`^[\\s:,;.]*(?:(?:${alternation(PROSE_CLAUSE_LEADS)})[\\s,]+)?(?:(?:dès|à partir de|à|a|vers|de)\\s+)?$`, 'iu');
const AFTER_TIME_RE = /^\s*[,:–—-]?\s*(?:avec\s+)?/u;
const TALK_RE = new RegExp(`^(.+?)\\s+(?:nous\\s+|vous\\s+)?(?:${alternation(TALK_VERBS)})(?:\\s+(?:de|d['’]|sur))?\\s*«\\s*([^»]+?)\\s*»`, 'u');

/** The clauses of a prose programme in `text`, or `[]` when it is not one (fewer than two timed clauses after a cue). */
export function readProseProgramme(text: string, times: readonly ScannedTime[]): ProseClause[] {
  const cue = CUE_RE.exec(text);
  if (!cue) return [];
  const start = cue.index + cue[0].length;
  const ends: number[] = [];
  CLAUSE_END_RE.lastIndex = start;
  for (let m = CLAUSE_END_RE.exec(text); m; m = CLAUSE_END_RE.exec(text)) ends.push(m.index);
  ends.push(text.length);
  const clauses: ProseClause[] = [];
  let from = start;
  for (const to of ends) {
    const t = times.find((x) => x.index >= from && x.index < to);
    if (t && LEAD_RE.test(text.slice(from, t.index))) {
      const titleFrom = t.index + t.text.length;
      const skip = AFTER_TIME_RE.exec(text.slice(titleFrom, to))?.[0].length ?? 0;
      if (titleFrom + skip < to) clauses.push({ slot: t, from: titleFrom + skip, to });
    }
    from = to + 1;
  }
  return clauses.length >= 2 ? clauses : [];
}

/** "Margot Leblanc (Alan) nous parlera de « Title »": the speaker phrase and the talk's title, or `null`. */
export function readTalkClause(clause: string): { people: string; title: string } | null {
  const m = TALK_RE.exec(clause);
  return m ? { people: (m[1] ?? '').trim(), title: m[2] ?? '' } : null;
}

const OPENS_WITH_RE = new RegExp(`(?:^|\\s)(?:${alternation(OPENING_VERBS)})\\s+(?:à|a|dès|vers)\\s+$`, 'iu');
const FOLLOWED_BY_RE = new RegExp(`(?:^|\\s)(?:${alternation(FOLLOW_VERBS)})\\s*,?\\s*(?:(?:à|a|dès|vers)\\s+)?$`, 'iu');
/** "par un mot d'accueil", "d'une présentation", "avec un temps d'échange": what opens or follows, after its article. */
const WHAT_AFTER_RE = /^\s*,?\s*(?:par|avec|de|d['’])\s*(?:(?:un|une|le|la|les|des|du)(?![\p{L}])\s*|l['’])?(?=\p{L})/iu;

/**
 * A sentence that says at what time a part of a meeting starts and what it is:
 * "La réunion débutera à 18h30 par un mot d'accueil de Mme la Préfète…",
 * "Elle sera suivie, à 18h45, d'une présentation des résultats par …". The
 * clause runs from what opens (its article left out) to the sentence's end;
 * `null` for any other sentence.
 */
export function readOpeningSentence(text: string, times: readonly ScannedTime[]): ProseClause | null {
  const t = times[0];
  if (!t) return null;
  const before = text.slice(0, t.index);
  if (!OPENS_WITH_RE.test(before) && !FOLLOWED_BY_RE.test(before)) return null;
  const after = text.slice(t.index + t.text.length);
  const what = WHAT_AFTER_RE.exec(after);
  if (!what) return null;
  const from = t.index + t.text.length + what[0].length;
  // The sentence ends at a full stop that closes no abbreviation ("M. Régis Tardy", "J.-M. Roux").
  let end = text.length;
  CLAUSE_END_RE.lastIndex = from;
  for (let m = CLAUSE_END_RE.exec(text); m; m = CLAUSE_END_RE.exec(text)) {
    if (m[0] === '.' && /(?:^|[\s.(-])(?:\p{Lu}|M|Dr|Pr|St|Me)$/u.test(text.slice(0, m.index))) continue;
    end = m.index;
    break;
  }
  return end > from ? { slot: t, from, to: end } : null;
}

/** An outing's meeting time: its slots (two departures give two) and the meeting place. */
export interface Meeting {
  slots: ScannedTime[];
  place: string | null;
}

const MEETING_RE = new RegExp(`(?:^|[:;]\\s*)(?:${alternation(MEETING_CUES)})\\s*:?\\s*(?:à|a|dès)\\s+$`, 'iu');
/** Between two departures: "RDV à 9 h 30 ou à 14 h 30". */
const OTHER_DEPARTURE_RE = /^\s*(?:ou|et|,)\s*(?:à|dès)?\s*$/iu;
/** Before the end of the outing: "; fin de la sortie à 23 h", "— de 14h à 17h". */
const OUTING_END_RE = /(?:fin|retour)[^.;]{0,25}(?:à|vers)\s*$/iu;
const PLACE_RE = /^\s*(?:au|aux|à la|à l['’]|à|sur le|sur la|sur l['’]|devant le|devant la|devant l['’])\s*([^.;—–]+)/iu;

/**
 * "RDV à 9h30 au parking de l'église", "Deux départs : RDV à 9 h 30 ou à 14 h 30 au parking",
 * "Rendez-vous à 20 h 30 … ; fin de la sortie à 23 h": the meeting time of an outing; `null`
 * for any other sentence.
 */
export function readMeeting(text: string, times: readonly ScannedTime[]): Meeting | null {
  const first = times[0];
  if (!first || first.index > 60 || !MEETING_RE.test(text.slice(0, first.index))) return null;
  const slots: ScannedTime[] = [first];
  let end = first.index + first.text.length;
  for (const t of times.slice(1)) {
    const gap = text.slice(end, t.index);
    if (OTHER_DEPARTURE_RE.test(gap)) {
      slots.push(t);
      end = t.index + t.text.length;
      continue;
    }
    const only = slots[0]!;
    if (slots.length === 1 && only.end === null && OUTING_END_RE.test(gap)) slots[0] = { ...only, end: t.start };
    else if (slots.length === 1 && only.end === null && t.end && t.start.hour === only.start.hour && t.start.minute === only.start.minute) slots[0] = { ...only, end: t.end };
    break;
  }
  const place = PLACE_RE.exec(text.slice(end))?.[1]?.trim() ?? null;
  return { slots, place: place || null };
}
