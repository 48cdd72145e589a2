/**
 * Markdown → mdast, with the syntax extensions agenda pages use: YAML front
 * matter and GFM tables.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses a Markdown page (front matter and GFM tables included) into an mdast tree. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
