/**
 * The session-kind recogniser: French cue words in a title → `SessionKind`.
 */
import type { SessionKind } from '../types.js';
import { KIND_CUES } from './lexicon/kinds.js';
import { foldWords } from './text.js';

/**
 * Guesses a session's kind from its title (and description): the earliest cue
 * wins, and at the same place the longer cue ("pause déjeuner" → `meal`).
 */
export function classifyKind(title: string, description?: string | null): SessionKind {
  for (const text of [title, description ?? '']) {
    const words = ` ${foldWords(text)} `;
    let best: { at: number; length: number; kind: SessionKind } | null = null;
    for (const [cue, kind] of KIND_CUES) {
      const at = words.indexOf(` ${cue} `);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && cue.length > best.length)) best = { at, length: cue.length, kind };
    }
    if (best) return best.kind;
  }
  return 'other';
}
