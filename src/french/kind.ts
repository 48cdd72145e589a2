/**
 * The session-kind recogniser: French cue words in a title → `SessionKind`.
 */
import type { SessionKind } from '../types.js';
import { KIND_CUES } from './lexicon/kinds.js';
import { foldWords, alternation } from './text.js';

const KIND_OF = new Map(KIND_CUES.map(([cue, kind]) => [cue, kind]));
/** All cues in one expression, longest first: the first match is the earliest cue, and the longest there. */
const CUES_RE = new RegExp(`(?<= )(?:${alternation(KIND_OF.keys())})(?= )`, 'u');

/**
 * Guesses a session's kind from its title (and description): the earliest cue
 * wins, and at the same place the longer cue ("pause déjeuner" → `meal`).
 */
export function classifyKind(title: string, description?: string | null): SessionKind {
  for (const text of [title, description ?? '']) {
    const m = CUES_RE.exec(` ${foldWords(text)} `);
    const kind = m ? KIND_OF.get(m[0]) : undefined;
    if (kind) return kind;
  }
  return 'other';
}

/**
 * True when a title only names a kind of session, in four words at most
 * ("Web-émission", "Conférence plénière", "Webinaire (en anglais)").
 */
export function namesOnlyKind(title: string): boolean {
  const words = foldWords(title.replace(/\([^()]*\)/gu, ' '));
  const m = CUES_RE.exec(` ${words} `);
  return !!m && m.index === 1 && words.split(' ').length <= 4;
}
