/**
 * The Markdown syntax agenda pages use beyond CommonMark: YAML front matter,
 * and from GFM only tables, strikethrough and task list items.
 *
 * GFM's literal autolinks (bare `www.` and `http…` addresses) are left out on
 * purpose: their tokenizer stops at every `h` and `w` of the text, which makes
 * a paragraph of many short lines ("9h⏎9h⏎…") quadratic in micromark, and a
 * bare address reads the same as text for deroule. Footnotes are left out too.
 */
import type { Processor } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';

/** What a unified processor keeps for remark-parse to read its extensions from. */
interface SyntaxData {
  micromarkExtensions?: MicromarkExtension[];
  fromMarkdownExtensions?: (FromMarkdownExtension | FromMarkdownExtension[])[];
}

/**
 * A unified plugin adding the agenda syntax to remark-parse: YAML front
 * matter, GFM tables, strikethrough (double tilde only: "~ 9h" means "about
 * 9h" in French) and task list items.
 */
export function remarkAgendaSyntax(this: Processor): void {
  remarkFrontmatter.call(this, ['yaml']);
  const data = this.data() as SyntaxData;
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
}
