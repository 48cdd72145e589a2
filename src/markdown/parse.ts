/**
 * Markdown → mdast, with the syntax extensions agenda pages use: YAML or TOML
 * front matter and GFM tables (see syntax.ts). Long pages are parsed in pieces
 * (see chunks.ts) and joined into one tree with the page's own positions.
 */
import type { Root, RootContent } from 'mdast';
import type { Node, Point } from 'unist';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { remarkAgendaSyntax, syntaxFor, type AgendaSyntaxOptions } from './syntax.js';
import { CHUNK_SIZE, chunkStarts } from './chunks.js';

function makeProcessor(syntax: AgendaSyntaxOptions) {
  return unified().use(remarkParse).use(remarkAgendaSyntax, syntax);
}

/** One processor per set of constructs a page may hold (see syntaxFor), made when first needed. */
const processors = new Map<string, ReturnType<typeof makeProcessor>>();

function processorFor(text: string): ReturnType<typeof makeProcessor> {
  const syntax = syntaxFor(text);
  const key = `${syntax.tables}${syntax.strikethrough}${syntax.taskLists}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = makeProcessor(syntax);
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Parses a Markdown page (front matter and GFM tables included) into an mdast
 * tree; a page longer than `chunkSize` is parsed in pieces (same tree).
 */
export function parseMarkdown(markdown: string, chunkSize: number = CHUNK_SIZE): Root {
  const starts = chunkStarts(markdown, chunkSize);
  if (starts.length === 1) return processorFor(markdown).parse(markdown);
  const children: RootContent[] = [];
  let lines = 0;
  let end: Point = { line: 1, column: 1, offset: 0 };
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const text = markdown.slice(from, starts[k + 1] ?? markdown.length);
    const piece = processorFor(text).parse(text);
    if (k > 0) for (const child of piece.children) shiftPositions(child, lines, from);
    children.push(...piece.children);
    // A piece starts at a line start, so the next one starts where this one ends (the parser counts "\r" too).
    const pieceEnd = piece.position?.end ?? { line: 1, column: 1, offset: 0 };
    end = { line: pieceEnd.line + lines, column: pieceEnd.column, offset: (pieceEnd.offset ?? 0) + from };
    lines += pieceEnd.line - 1;
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** Moves a piece's positions to the page's: `lines` lines and `offset` characters down (a piece starts at a line start). */
function shiftPositions(node: Node, lines: number, offset: number): void {
  const move = (point: Point): Point => ({ line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset });
  const stack: Node[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    // New point objects: a piece's nodes may share them.
    if (n.position) n.position = { start: move(n.position.start), end: move(n.position.end) };
    const kids = (n as { children?: Node[] }).children;
    if (kids) for (const c of kids) stack.push(c);
  }
}
