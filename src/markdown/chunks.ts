/**
 * Long pages are read by the Markdown parser in pieces. micromark and the
 * tree it builds cost more per line as a page grows (a 1 MB page takes three
 * times longer per line than a 100 KB one, mostly in memory management), so
 * a page past `CHUNK_SIZE` is cut where a cut cannot change what the parser
 * sees: after a blank line, before a line that starts a new top-level block
 * that no list, code fence or multi-line HTML block is waiting to continue.
 */

import { CONTAINER_MARK } from './nesting.js';

/** A page longer than this (in UTF-16 units) is read in pieces of about this size. */
export const CHUNK_SIZE = 16_000;

/**
 * Lines not to cut before: list items, thematic breaks and front matter
 * fences, and raw HTML (micromark may still hold it in the list before).
 */
const CONTINUES_RE = /^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|-{3,}|\+{3,}|<)/;
const FENCE_RE = /^(`{3,}|~{3,})/;
/** The container marks and indentation before a line's content ("- ", "> 1. "). */
const CONTAINER_PREFIX_RE = new RegExp(`^(?:${CONTAINER_MARK})*[ \\t]*`);
/** HTML blocks that a blank line does not end, with what ends them (CommonMark kinds 1 to 5). */
const HTML_OPENERS: readonly [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
];

/**
 * The offsets where a page may be cut into pieces of about `size`: `[0]` for
 * a page short enough, with link reference definitions, or without a safe cut.
 * The first piece keeps the front matter.
 */
export function chunkStarts(markdown: string, size: number = CHUNK_SIZE): number[] {
  const starts = [0];
  // A link reference definition is seen from the whole page: no cuts then
  // (any "]:" counts). Nor on a page with lines ended by a lone "\r", or with
  // CDATA, whose end the parser does not always see where the scan would.
  if (markdown.length <= size || markdown.includes(']:') || markdown.includes('<![CDATA[') || /\r(?!\n)/.test(markdown)) return starts;
  // Multi-line HTML blocks still open, by the end they wait for. They are
  // looked for inside lists and quotes too and at any indentation, and one a
  // container closes silently stays open here: taking too much for open only
  // means fewer cuts, never a wrong one. A line ending one closes every block
  // waiting for that end, as the parser would close the real one there.
  const htmlEnds = new Set<RegExp>();
  let previousBlank = false;
  let afterIndented = false;
  let lineStart = 0;
  // No cut before the end of a front matter block ("---" alone on the first line, up to the next "---").
  let firstCut = 0;
  if (/^(?:---|\+\+\+)[ \t]*\r?(?:\n|$)/.test(markdown)) {
    const fence = new RegExp(`\\n${markdown[0] === '-' ? '---' : '\\+\\+\\+'}[ \\t]*\\r?(?:\\n|$)`).exec(markdown.slice(3));
    if (!fence) return starts;
    firstCut = 3 + fence.index + fence[0].length;
  }
  while (lineStart < markdown.length) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? markdown.length : newline;
    // A line as the parser sees it: without the "\r" of a "\r\n" ending ("-\r" is an empty list item).
    const line = markdown.slice(lineStart, markdown[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    const blank = line.trim() === '';
    if (htmlEnds.size === 0 && previousBlank && !afterIndented && !blank && lineStart >= firstCut && lineStart - starts[starts.length - 1]! >= size && /^\S/.test(line) && !CONTINUES_RE.test(line)) {
      starts.push(lineStart);
    }
    const prefix = CONTAINER_PREFIX_RE.exec(line)?.[0] ?? '';
    const content = line.slice(prefix.length);
    for (const end of htmlEnds) if (end.test(line)) htmlEnds.delete(end);
    // A code fence line may open or close a fence depending on what came
    // before, which a line scan cannot always tell: no cut after the first one.
    if (FENCE_RE.test(content)) break;
    for (const [re, end] of HTML_OPENERS) {
      const m = re.exec(content);
      if (m && !end.test(content.slice(m[0].length))) htmlEnds.add(end);
    }
    previousBlank = blank;
    // After an indented line (code, or a list item's text) the blank lines may belong to it.
    // (The prefix ends before the content's first character, so its marks read as spaces say it.)
    if (!blank) afterIndented = /^(?: {4}|\t)/.test(prefix.replace(/[^ \t]/g, ' '));
    lineStart = lineEnd + 1;
  }
  return starts;
}
