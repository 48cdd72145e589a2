/**
 * mdast → lines: the page flattened into the logical lines a reader sees,
 * each with its block (heading, paragraph, list item, table row, raw HTML),
 * its emphasis and link spans, and a map back to source positions.
 *
 * Hard breaks, `<br>` and soft line breaks that start a new entry split lines;
 * soft breaks that only wrap a sentence are joined.
 */
import type { Root, RootContent, PhrasingContent, Table, List, ListItem, Heading, Paragraph, Html } from 'mdast';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { SourcePoint } from '../types.js';
import { LineIndex } from './position.js';
import { normalizeSpaces } from '../french/text.js';
import { JOINING_WORDS } from '../french/lexicon/cues.js';
import { TIME_TAKING_WORDS } from '../french/lexicon/time-words.js';
import { scanTimes } from '../french/time.js';
import { matchName, PROTOCOL_LEAD } from '../french/names.js';

/** The kind of block a line comes from. */
export type LineBlock = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'html';

/** A styled stretch of a line's text. */
export interface Span {
  start: number;
  end: number;
  kind: 'strong' | 'emphasis' | 'link' | 'code' | 'delete';
  url?: string;
}

/** A text offset paired with the source offset it comes from. */
interface Anchor {
  at: number;
  offset: number;
}

/** One logical line of the page. */
export interface Line {
  /** Plain text, Markdown marks removed, spaces normalised. */
  text: string;
  block: LineBlock;
  /** Heading depth (1–6), list nesting depth (1…), else 0. */
  depth: number;
  /** True for the first line of its paragraph, list item or heading. */
  first: boolean;
  /** The block this line belongs to (a paragraph, a list item, a table). */
  groupId: number;
  /** The list (for list items) or table (for rows) the line belongs to. */
  containerId: number;
  spans: Span[];
  /** Table cells (for `tableRow`). */
  cells?: Line[];
  /** True for a table's header row. */
  header?: boolean;
  /** Maps a text index to a source point. */
  pointAt(index: number): SourcePoint;
}

const LINE_SEP = '\u2028';
const BR_RE = /^<br\s*\/?>$/i;
const BLOCK_TAG_RE = /^<\/?(?:p|div|li|tr|ul|ol|h[1-6]|details|summary|section|table|br)\b/i;

class TextBuilder {
  text = '';
  readonly spans: Span[] = [];
  readonly anchors: Anchor[] = [];
  private readonly stack: { kind: Span['kind']; start: number; url?: string }[] = [];

  append(value: string, offset: number | undefined): void {
    let v = normalizeSpaces(value).replace(/\r/g, '').replace(/ {2,}/g, ' ');
    if (v.startsWith(' ') && (this.text === '' || /[ \n\u2028]$/.test(this.text))) v = v.replace(/^ +/, '');
    if (!v) return;
    if (offset !== undefined) this.anchors.push({ at: this.text.length, offset });
    this.text += v;
  }

  hard(): void {
    this.text += LINE_SEP;
  }

  open(kind: Span['kind'], url?: string): void {
    this.stack.push(url === undefined ? { kind, start: this.text.length } : { kind, start: this.text.length, url });
  }

  close(): void {
    const s = this.stack.pop();
    if (!s || s.start === this.text.length) return;
    this.spans.push(s.url === undefined ? { kind: s.kind, start: s.start, end: this.text.length } : { kind: s.kind, start: s.start, end: this.text.length, url: s.url });
  }
}

interface Ctx {
  lines: Line[];
  index: LineIndex;
  nextId: number;
  source: string;
  /** Where a raw HTML block nests too deep to be read (it is left out). */
  unreadable: SourcePoint[];
}

function pointFn(anchors: readonly Anchor[], shift: number, fallback: number, index: LineIndex): (i: number) => SourcePoint {
  return (i: number) => {
    const at = i + shift;
    let best: Anchor | undefined;
    for (const a of anchors) {
      if (a.at <= at) best = a;
      else break;
    }
    return index.point(best ? best.offset + (at - best.at) : fallback);
  };
}

function inline(node: PhrasingContent, b: TextBuilder): void {
  switch (node.type) {
    case 'text':
      b.append(node.value, node.position?.start.offset);
      return;
    case 'inlineCode':
      b.open('code');
      b.append(node.value, node.position?.start.offset);
      b.close();
      return;
    case 'break':
      b.hard();
      return;
    case 'html': {
      const v = node.value.trim();
      if (BR_RE.test(v) || BLOCK_TAG_RE.test(v)) {
        b.hard();
        return;
      }
      // Inline tags written in a Markdown paragraph: <a href="…">, <b>, <i>… open and close spans.
      const tag = /^<(\/?)([a-z]+)\b([^>]*)>$/i.exec(v);
      const kind = tag ? HTML_SPANS[(tag[2] ?? '').toLowerCase()] : undefined;
      if (tag && kind) {
        if (tag[1]) b.close();
        else b.open(kind, kind === 'link' ? /\bhref\s*=\s*["']([^"']*)["']/i.exec(tag[3] ?? '')?.[1] ?? '' : undefined);
      }
      return;
    }
    case 'emphasis':
    case 'strong':
    case 'delete':
      b.open(node.type);
      for (const c of node.children) inline(c, b);
      b.close();
      return;
    case 'link':
      b.open('link', node.url);
      for (const c of node.children) inline(c, b);
      b.close();
      return;
    case 'linkReference':
      b.open('link');
      for (const c of node.children) inline(c, b);
      b.close();
      return;
    default:
      return;
  }
}

/** The line's text with struck-out stretches (~~…~~) blanked, same length: a cancelled date or time is not read. */
export function liveText(line: Pick<Line, 'text' | 'spans'>): string {
  let text = line.text;
  for (const s of line.spans) {
    if (s.kind === 'delete') text = text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end);
  }
  return text;
}

/** Words and marks that open a new line after a soft break: people cues, and a bullet kept as text ("\\* Atelier A", from a CMS). */
const SPLIT_BEFORE_RE = /^(?:(?:avec|par|animée?s? par|modérée? par|intervenants?|speakers?)\b|[*•●▪]\s)/i;
/** A line opening with a short label and its colon ("Jury : …", "Rapporteure : …"). */
const LABEL_LINE_RE = /^\p{Lu}[\p{L}'’ ()·⋅-]{1,30}\s?:(?:\s|$)/u;
/** Characters that end a sentence or a clause before a soft break. */
const SENTENCE_ENDS = '.!?;:»)';
/** Words that leave a wrapped line open ("… et les⏎élus"), lower case. */
const JOINING_END_WORDS = new Set(JOINING_WORDS.concat(['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'd’', "d'"]));
const SPACE_RE = /\s/u;

/**
 * The last whitespace-separated word of `text`, found by scanning back from
 * its end: a soft break looks at the end of everything before it, and a
 * pattern anchored with `$` would read all of it again at every break.
 */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE_RE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !SPACE_RE.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

const TIME_TAKING = new Set(TIME_TAKING_WORDS);

/** True when text stops where a time completes it: on a comma or a word that takes a time. */
function leftOpen(text: string): boolean {
  const end = text.trimEnd();
  return end.endsWith(',') || TIME_TAKING.has(lastWord(end).toLowerCase());
}

/**
 * Decides whether a soft line break separates two entries or only wraps text.
 * `timed` is true when the block opens with a clock time.
 */
/** "M. le Président …", "Mme la Directrice générale …": a line opening on an honorific and a protocol title. */
const PROTOCOL_LINE_RE = new RegExp(`^${PROTOCOL_LEAD}\\p{L}`, 'u');

function softBreakSplits(text: string, at: number, spans: readonly Span[], next: string, timed: boolean, inBracket: boolean, lineStart: number): boolean {
  const prev = text.slice(0, at);
  const after = next.trimStart();
  if (!after) return true;
  // "(restaurant administratif, ouvert⏎de 11h45 à 14h)": a bracket still open goes on.
  if (inBracket) return false;
  const t = scanTimes(after.replace(/^[-–—*•●+\s[(]+/u, '')).times[0];
  // "…: vendredi 15 mai 2026,⏎12h. Les amendements…", "par le train de⏎17h12": the sentence goes on.
  if (t && t.index === 0) return !leftOpen(prev);
  const inside = spans.some((s) => s.start < at && s.end > at);
  if (inside) return false;
  const end = prev.trimEnd();
  if (end.length > 0 && SENTENCE_ENDS.includes(end.charAt(end.length - 1))) return true;
  if (spans.some((s) => s.end === at || (s.end === end.length && s.end <= at))) return true;
  if (SPLIT_BEFORE_RE.test(after)) return true;
  // "Ouverture⏎Anne Martin, directrice…": a line naming a person is its own line.
  const name = matchName(after.replace(/^[*_]+/, ''), 0);
  if (name && /^[*_]*\s*(?:[,(–—]|$)/u.test(after.replace(/^[*_]+/, '').slice(name.end))) return true;
  // "*M. le Président Laurent Mercadier*": an honorific and a role before a name.
  if (PROTOCOL_LINE_RE.test(after.replace(/^[*_]+/, ''))) return true;
  // "Jury : Dr …", "Lieu : …": a labelled line starts a new line.
  if (LABEL_LINE_RE.test(after.replace(/^[*_]+/, '')) && !end.endsWith(':')) return true;
  // "Rapporteur : M. X, vice-président⏎Rapport n° 25-P2-02 – …": and ends before a capitalised one (`lineStart`: where
  // the current line started, past any wrapped source line).
  if (/^\p{Lu}/u.test(after) && !end.endsWith(',') && !JOINING_END_WORDS.has(lastWord(prev).toLowerCase()) && LABEL_LINE_RE.test(text.slice(lineStart, at).trimStart().replace(/^[*_]+/, ''))) return true;
  const nextSpan = spans.find((s) => s.start === at + 1 + (next.length - after.length));
  if (nextSpan && nextSpan.kind === 'link') return true;
  // "9 h 45   Arrivée de la ministre à la gare⏎Accueil par le préfet": in a timed entry
  // laid out in columns (text from a PDF), a capitalised line after a complete one is a new line.
  if (timed && /^\p{Lu}\p{Ll}/u.test(after) && !JOINING_END_WORDS.has(lastWord(prev).toLowerCase())) return true;
  return false;
}

/** True when a block's text opens with a clock time ("9 h 45 Arrivée…", "- **10h** : …"). */
function startsWithTime(text: string): boolean {
  const t = scanTimes(text.slice(0, 40).replace(/^[-–—*•●+\s[(]+/u, '')).times[0];
  return !!t && t.index === 0;
}

interface Emit {
  block: LineBlock;
  depth: number;
  groupId: number;
  containerId: number;
  first: boolean;
}

function emitLines(b: TextBuilder, emit: Emit, ctx: Ctx, fallbackOffset: number): void {
  const text = b.text;
  // Cut points: hard separators always, soft newlines when they start a new entry.
  const cuts: number[] = [];
  const timed = text.includes('\n') && startsWithTime(text);
  // Round brackets the current source line leaves open, counted as the scan goes.
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') brackets++;
    else if (c === ')' && brackets > 0) brackets--;
    else if (c === LINE_SEP) {
      cuts.push(i);
      brackets = 0;
    } else if (c === '\n') {
      const nextEnd = text.slice(i + 1).search(/[\n\u2028]/);
      const next = nextEnd < 0 ? text.slice(i + 1) : text.slice(i + 1, i + 1 + nextEnd);
      if (softBreakSplits(text, i, b.spans, next, timed, brackets > 0, cuts.length ? cuts[cuts.length - 1]! + 1 : 0)) cuts.push(i);
      brackets = 0;
    }
  }
  let from = 0;
  let first = emit.first;
  for (const end of [...cuts, text.length]) {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.replace(/^[\s\n]+/, '').length;
    const body = raw.replace(/\n/g, ' ').trim();
    if (body) {
      const start = from + lead;
      const spans = b.spans
        .filter((s) => s.end > start && s.start < start + body.length)
        .map((s) => ({ ...s, start: Math.max(0, s.start - start), end: Math.min(body.length, s.end - start) }));
      ctx.lines.push({
        text: body,
        block: emit.block,
        depth: emit.depth,
        first,
        groupId: emit.groupId,
        containerId: emit.containerId,
        spans,
        pointAt: pointFn(b.anchors, start, fallbackOffset, ctx.index),
      });
      first = false;
    }
    from = end + 1;
  }
}

function phrasing(children: PhrasingContent[]): TextBuilder {
  const b = new TextBuilder();
  for (const c of children) inline(c, b);
  return b;
}

function listLines(list: List, depth: number, ctx: Ctx): void {
  const containerId = ++ctx.nextId;
  for (const item of list.children as ListItem[]) {
    const groupId = ++ctx.nextId;
    let first = true;
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        emitLines(phrasing(child.children), { block: 'listItem', depth, groupId, containerId, first }, ctx, child.position?.start.offset ?? 0);
        first = false;
      } else if (child.type === 'list') {
        listLines(child, depth + 1, ctx);
      } else {
        walk(child, ctx);
      }
    }
  }
}

function tableLines(table: Table, ctx: Ctx): void {
  const containerId = ++ctx.nextId;
  table.children.forEach((row, r) => {
    const groupId = ++ctx.nextId;
    const cells: Line[] = row.children.map((cell) => {
      const b = phrasing(cell.children);
      b.text = b.text.replace(/\u2028/g, ';');
      const sub: Ctx = { ...ctx, lines: [], nextId: 0 };
      emitLines(b, { block: 'tableRow', depth: 0, groupId, containerId, first: true }, sub, cell.position?.start.offset ?? 0);
      return sub.lines[0] ?? emptyLine(groupId, containerId, ctx, cell.position?.start.offset ?? 0);
    });
    ctx.lines.push(rowLine(cells, groupId, containerId, r === 0, ctx, row.position?.start.offset ?? 0));
  });
}

function emptyLine(groupId: number, containerId: number, ctx: Ctx, offset: number): Line {
  return { text: '', block: 'tableRow', depth: 0, first: true, groupId, containerId, spans: [], pointAt: () => ctx.index.point(offset) };
}

function rowLine(cells: Line[], groupId: number, containerId: number, header: boolean, ctx: Ctx, offset: number): Line {
  return {
    text: cells.map((c) => c.text).join(' | '),
    block: 'tableRow',
    depth: 0,
    first: true,
    groupId,
    containerId,
    spans: [],
    cells,
    header,
    pointAt: () => cells[0]?.pointAt(0) ?? ctx.index.point(offset),
  };
}

// ---- raw HTML blocks -------------------------------------------------------

const HTML_BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'section', 'table', 'tbody', 'thead', 'td', 'th', 'blockquote']);
const HTML_SKIP = new Set(['style', 'script', 'template', 'iframe']);
const HTML_SPANS: Record<string, Span['kind']> = { b: 'strong', strong: 'strong', i: 'emphasis', em: 'emphasis', a: 'link', code: 'code' };

function htmlInline(node: ElementContent, b: TextBuilder, base: number): void {
  if (node.type === 'text') {
    b.append(node.value, node.position ? base + (node.position.start.offset ?? 0) : undefined);
    return;
  }
  if (node.type !== 'element') return;
  if (HTML_SKIP.has(node.tagName)) return;
  if (node.tagName === 'br') {
    b.hard();
    return;
  }
  const block = HTML_BLOCKS.has(node.tagName);
  if (block) b.hard();
  const kind = HTML_SPANS[node.tagName];
  if (kind) b.open(kind, kind === 'link' ? String(node.properties?.['href'] ?? '') : undefined);
  for (const c of node.children) htmlInline(c, b, base);
  if (kind) b.close();
  if (block) b.hard();
}

const HTML_LIST = new Set(['ul', 'ol']);
const HTML_PARAGRAPHS = new Set(['p', 'div', 'section', 'article', 'details', 'summary', 'blockquote', 'header', 'footer', 'main', 'aside', 'figure', 'figcaption', 'center', 'dl', 'dt', 'dd']);

/** Reads raw HTML as blocks, like their Markdown twins: headings, paragraphs, list items, table rows. */
class HtmlReader {
  private b: TextBuilder | null = null;
  private emit: Emit | null = null;
  private offset = 0;

  constructor(private readonly ctx: Ctx, private readonly base: number) {}

  private flush(): void {
    if (this.b && this.emit) emitLines(this.b, this.emit, this.ctx, this.offset);
    this.b = null;
    this.emit = null;
  }

  private open(emit: Emit, node: ElementContent | Element): TextBuilder {
    this.flush();
    this.b = new TextBuilder();
    this.emit = emit;
    this.offset = this.base + (node.position?.start.offset ?? 0);
    return this.b;
  }

  private inline(node: ElementContent): void {
    if (!this.b) this.open({ block: 'paragraph', depth: 0, groupId: ++this.ctx.nextId, containerId: 0, first: true }, node);
    htmlInline(node, this.b!, this.base);
  }

  blocks(nodes: readonly ElementContent[], listDepth = 0): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (node.value.trim() || this.b) this.inline(node);
        continue;
      }
      if (node.type !== 'element' || HTML_SKIP.has(node.tagName)) continue;
      const tag = node.tagName;
      const heading = /^h([1-6])$/.exec(tag);
      if (heading) {
        const b = this.open({ block: 'heading', depth: Number(heading[1]), groupId: ++this.ctx.nextId, containerId: 0, first: true }, node);
        for (const c of node.children) htmlInline(c, b, this.base);
        this.flush();
      } else if (tag === 'table') {
        this.flush();
        this.table(node);
      } else if (HTML_LIST.has(tag)) {
        this.flush();
        this.list(node, listDepth + 1);
      } else if (HTML_PARAGRAPHS.has(tag) || tag === 'li') {
        this.flush();
        this.blocks(node.children, listDepth);
        this.flush();
      } else if (tag === 'br') {
        if (this.b) this.b.hard();
      } else {
        this.inline(node);
      }
    }
  }

  private list(list: Element, depth: number): void {
    const containerId = ++this.ctx.nextId;
    for (const item of list.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      const groupId = ++this.ctx.nextId;
      let b = this.open({ block: 'listItem', depth, groupId, containerId, first: true }, item);
      for (const c of item.children) {
        if (c.type === 'element' && (HTML_LIST.has(c.tagName) || c.tagName === 'table' || HTML_PARAGRAPHS.has(c.tagName))) {
          this.flush();
          this.blocks([c], depth);
          b = this.open({ block: 'listItem', depth, groupId, containerId, first: false }, item);
        } else {
          htmlInline(c, b, this.base);
        }
      }
      this.flush();
    }
  }

  private table(table: Element): void {
    const { ctx, base } = this;
    const containerId = ++ctx.nextId;
    /** Cells spanning rows (`rowspan`): column → cell and rows still to cover. */
    const spanning = new Map<number, { cell: Line; rows: number }>();
    findAll(table, 'tr').forEach((tr) => {
      const groupId = ++ctx.nextId;
      const cellEls = tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
      const own = cellEls.map((cell) => {
        const b = new TextBuilder();
        for (const c of cell.children) htmlInline(c, b, base);
        b.text = b.text.replace(/\u2028/g, ';');
        const sub: Ctx = { ...ctx, lines: [], nextId: 0 };
        const off = base + (cell.position?.start.offset ?? 0);
        emitLines(b, { block: 'tableRow', depth: 0, groupId, containerId, first: true }, sub, off);
        return sub.lines[0] ?? emptyLine(groupId, containerId, ctx, off);
      });
      const cells: Line[] = [];
      let k = 0;
      const takeSpanning = () => {
        for (let span = spanning.get(cells.length); span; span = spanning.get(cells.length)) {
          cells.push(span.cell);
          if (--span.rows <= 0) spanning.delete(cells.length - 1);
        }
      };
      for (const [n, cell] of own.entries()) {
        takeSpanning();
        const rows = Number(cellEls[n]?.properties?.['rowSpan'] ?? 1);
        if (rows > 1) spanning.set(cells.length, { cell, rows: rows - 1 });
        cells.push(cell);
        k++;
      }
      takeSpanning();
      const header = cellEls.length > 0 && cellEls.every((c) => c.tagName === 'th');
      ctx.lines.push(rowLine(cells, groupId, containerId, header, ctx, base + (tr.position?.start.offset ?? 0)));
    });
  }

  done(): void {
    this.flush();
  }
}

function findAll(node: HastRoot | Element, tag: string, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === tag) out.push(c);
    else findAll(c, tag, out);
  }
  return out;
}

/**
 * True when `html` has a character outside its tags ("<div>9h</div>"), false
 * for tags alone ("<br>", "</div>", "<div class=\"x\">"), which give no lines
 * and need no HTML parser. A scan, linear even on "<<<<…".
 */
function hasTextOutsideTags(html: string): boolean {
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      const close = html.indexOf('>', i);
      if (close < 0) return true;
      i = close;
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return true;
  }
  return false;
}

function htmlLines(node: Html, ctx: Ctx): void {
  if (!hasTextOutsideTags(node.value)) return;
  const base = node.position?.start.offset ?? 0;
  let tree: HastRoot;
  try {
    tree = fromHtml(node.value, { fragment: true });
  } catch (error) {
    // Thousands of nested tables overflow the HTML tools' stack: leave the block out, say where.
    if (!(error instanceof RangeError)) throw error;
    ctx.unreadable.push(ctx.index.point(base));
    return;
  }
  const reader = new HtmlReader(ctx, base);
  reader.blocks(tree.children as ElementContent[]);
  reader.done();
}

/** Walks block children; consecutive raw HTML blocks (a table split by blank lines) are read as one. */
function walkChildren(children: readonly RootContent[], ctx: Ctx): void {
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type !== 'html') {
      walk(c, ctx);
      continue;
    }
    let j = i;
    while (children[j + 1]?.type === 'html') j++;
    const last = children[j]!;
    const from = c.position?.start.offset;
    const to = last.position?.end.offset;
    if (j > i && from !== undefined && to !== undefined) {
      htmlLines({ type: 'html', value: ctx.source.slice(from, to), position: { start: c.position!.start, end: last.position!.end } }, ctx);
    } else {
      htmlLines(c, ctx);
    }
    i = j;
  }
}

function walk(node: RootContent | Root, ctx: Ctx): void {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      walkChildren(node.children, ctx);
      return;
    case 'heading': {
      const h = node as Heading;
      emitLines(phrasing(h.children), { block: 'heading', depth: h.depth, groupId: ++ctx.nextId, containerId: 0, first: true }, ctx, h.position?.start.offset ?? 0);
      return;
    }
    case 'paragraph': {
      const p = node as Paragraph;
      emitLines(phrasing(p.children), { block: 'paragraph', depth: 0, groupId: ++ctx.nextId, containerId: 0, first: true }, ctx, p.position?.start.offset ?? 0);
      return;
    }
    case 'list':
      listLines(node, 1, ctx);
      return;
    case 'table':
      tableLines(node, ctx);
      return;
    case 'html':
      htmlLines(node, ctx);
      return;
    default:
      return;
  }
}

/**
 * Flattens an mdast tree into the page's logical lines, in reading order.
 * Raw HTML blocks nested too deep to read are left out and their starts
 * pushed on `unreadable`.
 */
export function treeToLines(tree: Root, source: string, unreadable: SourcePoint[] = []): Line[] {
  const ctx: Ctx = { lines: [], index: new LineIndex(source), nextId: 0, source, unreadable };
  walk(tree, ctx);
  return ctx.lines;
}
