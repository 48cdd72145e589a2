/**
 * `remarkDeroule`: the unified plugin. It reads the programme of the tree it
 * is given, puts it on `file.data.programme`, and reports diagnostics as vfile
 * messages with line and column.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { remarkAgendaSyntax } from './markdown/syntax.js';
import type { ParseOptions, Programme } from './types.js';
import { programmeFromTree } from './parse.js';

declare module 'vfile' {
  interface DataMap {
    /** The programme read by `remarkDeroule`. */
    programme: Programme;
  }
}

/** Options of `remarkDeroule`: those of `parseProgramme`, plus whether to add the syntax it needs. */
export interface RemarkDerouleOptions extends ParseOptions {
  /** Add front matter and GFM table syntax to the processor (default `true`). */
  syntax?: boolean;
}

/**
 * A unified (remark) plugin: `unified().use(remarkParse).use(remarkDeroule)`.
 * After `run`, `file.data.programme` holds the programme and `file.messages`
 * the diagnostics (source `deroule`, rule id = diagnostic rule).
 */
export const remarkDeroule: Plugin<[RemarkDerouleOptions?], Root> = function (options = {}) {
  if (options.syntax !== false) {
    remarkAgendaSyntax.call(this);
  }
  return (tree: Root, file: VFile) => {
    const { syntax: _syntax, ...parseOptions } = options;
    const source = String(file.value ?? '');
    const programme = programmeFromTree(tree, source, { source: file.path ?? undefined, ...parseOptions });
    file.data.programme = programme;
    for (const d of programme.diagnostics) {
      const message = file.message(d.message, { place: { line: d.line, column: d.column }, ruleId: d.rule, source: 'deroule' });
      message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
    }
  };
};
