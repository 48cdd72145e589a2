/**
 * A guard before the Markdown parser: a line that opens more than
 * `MAX_NESTING` lists or block quotes ("- - - - … 9h Accueil", "> > > …") keeps
 * its first levels, and its deeper marks become plain characters of the same
 * length ("•", "›"), so every position on the page stays the same. Without it
 * micromark's time grows faster than the square of the depth and the tree
 * tools overflow the stack (markdown-it caps nesting the same way).
 */

/** How many lists and block quotes one line may open before its marks are read as text. */
export const MAX_NESTING = 64;

/** Where a line's marks started to be read as text (1-based line and column). */
export interface FlattenedLine {
  line: number;
  column: number;
}

/** The page with over-deep marks replaced, and the lines where that happened. */
export interface LimitedNesting {
  text: string;
  flattened: FlattenedLine[];
}

/**
 * One container mark with the spaces before it: ">", or a bullet or "1." /
 * "1)" followed by a space. Groups: the ">", the bullet, the "." or ")".
 */
export const CONTAINER_MARK = String.raw`[ \t]*(?:(>)|([-*+])(?=[ \t])|\d{1,9}([.)])(?=[ \t]))`;
const MARK_RE = new RegExp(CONTAINER_MARK, 'y');
const AS_TEXT: Readonly<Record<string, string>> = { '>': '›', '-': '•', '*': '•', '+': '•', '.': '·', ')': '·' };

/** Replaces the marks past `maxDepth` on each line (see the module comment); linear in the page's length. */
export function limitNesting(markdown: string, maxDepth: number = MAX_NESTING): LimitedNesting {
  const flattened: FlattenedLine[] = [];
  let out: string[] | null = null;
  let copied = 0;
  let lineNumber = 1;
  for (let start = 0; start <= markdown.length; lineNumber++) {
    const newline = markdown.indexOf('\n', start);
    const end = newline < 0 ? markdown.length : newline;
    let depth = 0;
    MARK_RE.lastIndex = start;
    for (let m = MARK_RE.exec(markdown); m && MARK_RE.lastIndex <= end; m = MARK_RE.exec(markdown)) {
      depth++;
      if (depth <= maxDepth) continue;
      const mark = m[1] ?? m[2] ?? m[3] ?? '';
      const at = MARK_RE.lastIndex - 1;
      out ??= [];
      out.push(markdown.slice(copied, at), AS_TEXT[mark] ?? mark);
      copied = at + 1;
      if (depth === maxDepth + 1) flattened.push({ line: lineNumber, column: at - start + 1 });
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  if (!out) return { text: markdown, flattened };
  out.push(markdown.slice(copied));
  return { text: out.join(''), flattened };
}
