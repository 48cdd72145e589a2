/**
 * The Markdown syntax agenda pages use beyond CommonMark: YAML or TOML front matter,
 * and from GFM only tables, strikethrough and task list items. Indented code is
 * read as text (pasted programmes keep their indentation).
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

/** A micromark extension that turns off indented code (fenced code stays). */
const INDENTED_CODE_AS_TEXT: MicromarkExtension = { disable: { null: ['codeIndented'] } };

/** Which GFM constructs to add (all by default). */
export interface AgendaSyntaxOptions {
  tables?: boolean;
  strikethrough?: boolean;
  taskLists?: boolean;
}

/**
 * A unified plugin adding the agenda syntax to remark-parse: YAML or TOML
 * front matter, GFM tables, strikethrough (double tilde only: "~ 9h" means "about
 * 9h" in French) and task list items.
 */
export function remarkAgendaSyntax(this: Processor, options: AgendaSyntaxOptions = {}): void {
  remarkFrontmatter.call(this, ['yaml', 'toml']);
  const data = this.data() as SyntaxData;
  const micromark = (data.micromarkExtensions ??= []);
  const fromMarkdown = (data.fromMarkdownExtensions ??= []);
  // Indented code is text: a programme pasted from a PDF or Word keeps its indentation ("          Rapporteur : M. X"
  // after a blank line), and an agenda page writes code, when it does, in fences.
  micromark.push(INDENTED_CODE_AS_TEXT);
  if (options.tables !== false) {
    micromark.push(gfmTable());
    fromMarkdown.push(gfmTableFromMarkdown());
  }
  if (options.strikethrough !== false) {
    micromark.push(gfmStrikethrough({ singleTilde: false }));
    fromMarkdown.push(gfmStrikethroughFromMarkdown());
  }
  if (options.taskLists !== false) {
    micromark.push(gfmTaskListItem());
    fromMarkdown.push(gfmTaskListItemFromMarkdown());
  }
}

/**
 * The constructs a text can hold at all: a table needs a "|" (or, with a
 * single column, an aligned delimiter row such as "-:"), strikethrough a "~",
 * a task list item a "[". Leaving out the others gives the same tree, sooner
 * (the table construct is tried at every line).
 */
export function syntaxFor(text: string): Required<AgendaSyntaxOptions> {
  return {
    tables: text.includes('|') || text.includes(':-') || text.includes('-:'),
    strikethrough: text.includes('~'),
    taskLists: text.includes('['),
  };
}
