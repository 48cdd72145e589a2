/**
 * Nothing lost: every time-like token in a corpus page's body ends up in a
 * session, or in a diagnostic on its line that says why it was not taken.
 * The tokens are found by a simple scan independent of the recognisers.
 */
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../src/index.js';
import { CORPUS_PRESENT, corpusFiles, readCorpus } from './helpers/pages.js';

const pages = corpusFiles();

/** Line numbers (1-based) of time-like tokens outside front matter, code, URLs and HTML attributes. */
function timeLines(markdown: string): number[] {
  const lines = markdown.split('\n');
  const out: number[] = [];
  let inFront = lines[0]?.trim() === '---';
  let inCode = false;
  lines.forEach((raw, i) => {
    if (i > 0 && inFront && raw.trim() === '---') {
      inFront = false;
      return;
    }
    if (inFront) return;
    if (/^\s*(```|~~~)/.test(raw)) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    const visible = raw
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<https?:[^>]*>/g, '')
      .replace(/https?:\/\/\S+/g, '')
      .replace(/\s[\w-]+="[^"]*"/g, '')
      .replace(/\{\{[^}]*\}\}/g, '');
    // "midi", not the "midi" of "après-midi" (a part of the day, no clock time) nor of "le repas du midi".
    if (/(?<![\p{L}\p{N}])\d{1,2} ?[hH](?: ?\d{2})?(?![\p{L}\p{N}])|(?<![\p{N}:])\d{1,2}:\d{2}(?![\p{N}])|(?<![\p{L}])(?<!apr[èe]s-)(?<!du )(?:midi|minuit)(?![\p{L}])/iu.test(visible)) out.push(i + 1);
  });
  return out;
}

describe.skipIf(!CORPUS_PRESENT)('nothing lost (skipped: ../shared/corpus is not beside the repository)', () => {
  it.each(pages)('%s: every time is a session or a diagnostic', (file) => {
    const markdown = readCorpus(file);
    const programme = parseProgramme(markdown, { source: file });
    const seen = new Set([...programme.sessions.map((s) => s.position.line), ...programme.diagnostics.map((d) => d.line)]);
    const lost = timeLines(markdown).filter((line) => !seen.has(line));
    expect(lost.map((line) => `${line}: ${markdown.split('\n')[line - 1]?.trim().slice(0, 80)}`)).toEqual([]);
  });
});
