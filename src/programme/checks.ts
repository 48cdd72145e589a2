/**
 * Checks over a whole programme: sessions listed twice, sessions that overlap
 * without being nested, links left as template text.
 */
import type { Diagnostic, Session } from '../types.js';
import type { Line } from '../markdown/lines.js';
import { foldWords } from '../french/text.js';
import { isPlaceholderLink } from '../french/placeholder.js';


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
  const byDay = new Map<string, Timed[]>();
  for (const t of timed) {
    const list = byDay.get(t.s.day);
    if (list) list.push(t);
    else byDay.set(t.s.day, [t]);
  }
  for (const list of byDay.values()) {
    for (const [y, x] of partialOverlaps(list)) {
      diagnostics.push({
        severity: 'info',
        rule: 'overlapping-sessions',
        message: `"${y.s.title}" starts before "${x.s.title}" ends, and neither holds the other.`,
        ...y.s.position,
      });
    }
  }
}

/** A session with its start and end in milliseconds. */
interface Timed {
  s: Session;
  a: number;
  b: number;
}

/**
 * Each session that starts inside an earlier-starting one and ends after it
 * (neither holds the other), paired with the first-ending such session. Nested
 * sessions (a plenary holding its talks) and parallel ones (same start) are
 * normal. A sweep in start order with a heap of the open sessions' ends:
 * n log n, where comparing every pair would be quadratic on a page of
 * thousands of sessions in one slot.
 */
function partialOverlaps(list: Timed[]): [Timed, Timed][] {
  list.sort((x, y) => x.a - y.a || y.b - x.b);
  const found: [Timed, Timed][] = [];
  const open = new MinHeap<Timed>((x, y) => x.b - y.b);
  let i = 0;
  while (i < list.length) {
    // The sessions sharing this start are tested against those that started before, then opened.
    let j = i;
    while (j < list.length && list[j]!.a === list[i]!.a) j++;
    while (open.peek() && open.peek()!.b <= list[i]!.a) open.pop();
    for (let k = i; k < j; k++) {
      const y = list[k]!;
      const x = open.peek();
      if (x && x.b < y.b) found.push([y, x]);
    }
    for (let k = i; k < j; k++) open.push(list[k]!);
    i = j;
  }
  return found;
}

/** A binary min-heap, ordered by `compare`. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.compare(items[l]!, items[m]!) < 0) m = l;
        if (r < items.length && this.compare(items[r]!, items[m]!) < 0) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Reports links whose target is template text ("lien à ajouter"). */
export function checkLinks(lines: readonly Line[], diagnostics: Diagnostic[]): void {
  for (const line of [...lines, ...lines.flatMap((l) => l.cells ?? [])]) {
    for (const span of line.spans) {
      if (span.kind !== 'link' || span.url === undefined) continue;
      const url = decodeURIComponentSafe(span.url).trim();
      if (url !== '' && !isPlaceholderLink(url)) continue;
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
