/**
 * Markdown → mdast, with the syntax extensions agenda pages use: YAML front
 * matter and GFM tables (see syntax.ts).
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { remarkAgendaSyntax } from './syntax.js';

const processor = unified().use(remarkParse).use(remarkAgendaSyntax);

/** Parses a Markdown page (front matter and GFM tables included) into an mdast tree. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
