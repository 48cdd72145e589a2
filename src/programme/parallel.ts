/**
 * Parallel sessions announced by one entry: "14h – 17h : Ateliers en
 * parallèle" (or "au choix") followed by the workshops, one per list item or
 * paragraph. Each workshop becomes a session at the entry's time, with its
 * own title, place and people; the announcement itself is not a session.
 */
import type { Line } from '../markdown/lines.js';
import { PARALLEL_CUES } from '../french/lexicon/cues.js';
import { alternation, foldWords } from '../french/text.js';
import { draftOf, type SessionDraft } from './assemble.js';
import { extractTitle } from './title.js';
import { isPeopleLine } from './speakers.js';

const PARALLEL_RE = new RegExp(`(?:^| )(?:${alternation(PARALLEL_CUES)})(?: |$)`);

/** True when a title announces sessions held side by side ("Ateliers en parallèle"). */
export function announcesParallel(title: string): boolean {
  return PARALLEL_RE.test(foldWords(title));
}

/**
 * The lines under an announcement that open a parallel session, less those
 * that name people: the first lines of its list items (at the shallowest
 * depth), else of its paragraphs and the entry's own continuation lines.
 */
function openingLines(d: SessionDraft): Line[] {
  const candidates = d.lines.filter(
    (l) => (l.block === 'listItem' || l.block === 'paragraph') && (l.first || l.groupId === d.line.groupId) && l.text.trim() !== '',
  );
  const items = candidates.filter((l) => l.block === 'listItem');
  // A list under the announcement holds the sessions; paragraphs do when there is none.
  if (items.length) {
    const top = Math.min(...items.map((l) => l.depth));
    return items.filter((l) => l.depth === top && !isPeopleLine(l));
  }
  // "Chaque atelier est co-animé par …": a sentence under the workshops describes them.
  return candidates.filter((l) => !isPeopleLine(l) && !/[.!]\s*$/u.test(l.text));
}

/**
 * Replaces each parallel-session announcement that lists two sessions or more
 * by those sessions: items and paragraphs under it, or rows of a table without
 * times (already drafted by the assembly, see `SessionDraft.announcement`).
 */
export function splitParallel(drafts: readonly SessionDraft[]): SessionDraft[] {
  const rows = new Map<SessionDraft, SessionDraft[]>();
  for (const d of drafts) {
    if (!d.announcement) continue;
    const listed = rows.get(d.announcement);
    if (listed) listed.push(d);
    else rows.set(d.announcement, [d]);
  }
  const out: SessionDraft[] = [];
  for (const d of drafts) {
    const listed = rows.get(d);
    if (listed && listed.length >= 2) continue;
    // A lone row is part of its entry: its people are the entry's.
    if (d.announcement && rows.get(d.announcement)!.length < 2) {
      d.announcement.lines.push(...d.lines);
      continue;
    }
    const openers = announcesParallel(d.title) ? openingLines(d) : [];
    const children = openers.flatMap((line, k) => {
      const parts = extractTitle(line, 0);
      if (!parts.title) return [];
      const next = openers[k + 1];
      const from = d.lines.indexOf(line) + 1;
      const to = next ? d.lines.indexOf(next) : d.lines.length;
      const child = draftOf(parts.title, { ...parts, location: parts.location ?? d.location }, { ...d, line, pendingTitle: false });
      child.lines = d.lines.slice(from, to);
      return [child];
    });
    if (children.length >= 2) out.push(...children);
    else out.push(d);
  }
  return out;
}
