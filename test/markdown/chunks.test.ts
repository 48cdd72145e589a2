import { describe, expect, it } from 'vitest';
import { markdownSamples } from '../helpers/pages.js';
import fc from 'fast-check';
import { chunkStarts } from '../../src/markdown/chunks.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { parseProgramme } from '../../src/index.js';

const pages = markdownSamples();

/** The piece starting at each cut, as its first line. */
const cutLines = (text: string, size: number) => chunkStarts(text, size).slice(1).map((at) => text.slice(at).split('\n')[0]);

describe('chunkStarts', () => {
  it('leaves a short page whole', () => {
    expect(chunkStarts('# Programme\n\n- 9h : Accueil\n', 1000)).toEqual([0]);
  });

  it('cuts after a blank line, before a line starting a new top-level block', () => {
    const page = '**Mardi 12 mars**\n\n- 9h : Accueil\n- 10h : Plénière\n\n**Mercredi 13 mars**\n\n- 9h : Café\n\n## Infos\n\nTexte\n';
    expect(cutLines(page, 1)).toEqual(['**Mercredi 13 mars**', '## Infos', 'Texte']);
  });

  it('never cuts before a list item, a thematic break or an indented line', () => {
    const page = 'A\n\n- un\n\n- deux\n\n---\n\n  indenté\n\n1. trois\n\nB\n';
    expect(cutLines(page, 1)).toEqual(['B']);
  });

  it('never cuts inside a multi-line HTML block, nor before raw HTML', () => {
    const page = 'A\n\n<!-- note\n\nC\n-->\n\nD\n\n<pre>\n\nE\n</pre>\n\nF\n\n- <script>\n\nG\n';
    expect(cutLines(page, 1)).toEqual(['D', 'F']);
  });

  it('cuts before a code fence, never after one (a fence line may open or close)', () => {
    expect(cutLines('A\n\nB\n\n```\nx\n\ny\n```\n\nC\n', 1)).toEqual(['B', '```']);
  });

  it('reads "\\r\\n" line endings as the parser does: an empty list item still continues its list', () => {
    expect(chunkStarts('* \n\n*\r\n', 1)).toEqual([0]);
    expect(cutLines('A\r\n\r\nB\r\n\r\n- c\r\n', 1)).toEqual(['B\r']);
  });

  it('keeps the front matter in the first piece', () => {
    const page = '---\ntitle: A\n\nnote: b\n---\n\nTexte\n\nSuite\n';
    expect(cutLines(page, 1)).toEqual(['Texte', 'Suite']);
  });

  it('does not cut a page with link reference definitions (they are seen from the whole page)', () => {
    expect(chunkStarts('[inscription][1]\n\nA\n\nB\n\n[1]: https://agenda.invalid/\n', 1)).toEqual([0]);
  });
});

describe('parseMarkdown in pieces', () => {
  it.each(pages)('%s: the same tree, positions included, cut every few lines', (_, text) => {
    expect(parseMarkdown(text, 200)).toEqual(parseMarkdown(text, Infinity));
  });

  it('most pages are indeed cut at that size', () => {
    const cut = pages.filter(([, text]) => chunkStarts(text, 200).length > 2);
    expect(cut.length).toBeGreaterThan(pages.length / 2);
  });

  it('the same programme from a page large enough to be cut', () => {
    const page = pages.map(([, text]) => text).find((t) => t.length > 2000)!;
    const days = Array.from({ length: 40 }, (_, d) => `**${d + 1} mars 2024**\n\n${Array.from({ length: 30 }, (_, i) => `- ${8 + (i % 10)}h${String(i).padStart(2, '0')} : Atelier ${d}-${i}`).join('\n')}\n`).join('\n');
    const big = `${page}\n\n${days}`;
    expect(chunkStarts(big).length).toBeGreaterThan(1);
    expect(parseMarkdown(big)).toEqual(parseMarkdown(big, Infinity));
    expect(parseProgramme(big, { referenceDate: '2024-01-01' }).sessions.length).toBeGreaterThan(1200);
  });
});

describe('parseMarkdown in pieces, on generated pages', () => {
  const PIECES = ['', '- ', '* ', '1. ', '> ', '  ', '    ', '\r', '```', '~~~', '<!--', '-->', '<div>', '</div>', '<pre>', '</pre>', '---', '===', '# ', '| a | b |', '|---|---|', '[x]', '[x]: /u', '9h : Accueil', '**Mardi 12 mars**', 'texte', '\t', '&amp;', '<br>', '***', '+++'];
  it('give the same tree as the whole page, whatever the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((l) => l.join('')), { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const pieces = parseMarkdown(text, 1);
        const whole = parseMarkdown(text, Infinity);
        // GFM's task list extension may set `checked` on the root itself for a lazy "[x]"
        // line, depending on where the parse starts; deroule never reads it.
        delete (pieces as { checked?: unknown }).checked;
        delete (whole as { checked?: unknown }).checked;
        expect(pieces).toEqual(whole);
      }),
      // A fixed seed: the same pages on every run (the suite's micromark is its
      // development build, whose own assertions reject a few odd pages).
      { numRuns: 3000, seed: 20261122 },
    );
  });
});
