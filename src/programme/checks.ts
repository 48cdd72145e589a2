/**
 * Checks over a whole programme: sessions listed twice, sessions that overlap
 * without being nested, links left as template text.
 */
import type { Diagnostic, Session } from '../types.js';
import type { Line } from '../markdown/lines.js';
import { foldWords } from '../french/text.js';

const PLACEHOLDER_LINK_RE = /^(?:lien|url|link|adresse)?\s*(?:à ajouter|à venir|à compléter|à définir|a ajouter|a venir|todo|tbd|xxx)$|^(?:lien|url|link|#|xxx)$/iu;

/** Reports a session written twice (same start, same title) and partial overlaps on the same day. */
export function checkSessions(sessions: readonly Session[], diagnostics: Diagnostic[]): void {
  const seen = new Map<string, Session>();
  for (const s of sessions) {
    const key = `${s.start}|${foldWords(s.title)}`;
    const first = seen.get(key);
    if (first) {
      diagnostics.push({
        severity: 'warning',
        rule: 'duplicate-session',
        message: `"${s.title}" at ${s.start.slice(0, 16).replace('T', ' ')} is listed twice (first on line ${first.position.line}).`,
        ...s.position,
      });
    } else seen.set(key, s);
  }
  const timed = sessions.filter((s) => s.end && s.dateKnown).map((s) => ({ s, a: Date.parse(s.start), b: Date.parse(s.end!) }));
  const byDay = new Map<string, typeof timed>();
  for (const t of timed) byDay.set(t.s.day, [...(byDay.get(t.s.day) ?? []), t]);
  for (const list of byDay.values()) {
    list.sort((x, y) => x.a - y.a || y.b - x.b);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.a < list[i]!.b; j++) {
        const x = list[i]!;
        const y = list[j]!;
        // Nested (a plenary holding its talks) and parallel (same slot) sessions are normal.
        if (y.b <= x.b || y.a === x.a) continue;
        diagnostics.push({
          severity: 'info',
          rule: 'overlapping-sessions',
          message: `"${y.s.title}" starts before "${x.s.title}" ends, and neither holds the other.`,
          ...y.s.position,
        });
      }
    }
  }
}

/** Reports links whose target is template text ("lien à ajouter"). */
export function checkLinks(lines: readonly Line[], diagnostics: Diagnostic[]): void {
  for (const line of [...lines, ...lines.flatMap((l) => l.cells ?? [])]) {
    for (const span of line.spans) {
      if (span.kind !== 'link' || span.url === undefined) continue;
      const url = decodeURIComponentSafe(span.url).trim();
      if (url !== '' && !PLACEHOLDER_LINK_RE.test(url)) continue;
      diagnostics.push({
        severity: 'warning',
        rule: 'placeholder',
        message: `The link "${line.text.slice(span.start, span.end)}" points to "${url || '(nothing)'}", a placeholder, not an address.`,
        ...line.pointAt(span.start),
      });
    }
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
