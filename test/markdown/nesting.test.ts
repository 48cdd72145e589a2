import { describe, expect, it } from 'vitest';
import { limitNesting, MAX_NESTING } from '../../src/markdown/nesting.js';
import { parseProgramme } from '../../src/index.js';

describe('limitNesting', () => {
  it('leaves a page within the limit untouched', () => {
    const page = '- 9h : Accueil\n  - 9h15 : Café\n> > citation\n1. un\n* * *\n';
    expect(limitNesting(page)).toEqual({ text: page, flattened: [] });
  });

  it('reads the marks past the limit as text, keeping every position', () => {
    const page = `Titre\n${'- '.repeat(5)}9h Accueil\n${'> '.repeat(4)}fin\n${'1. '.repeat(4)}x`;
    const limited = limitNesting(page, 3);
    expect(limited.text).toBe(`Titre\n- - - • • 9h Accueil\n> > > › fin\n1. 1. 1. 1· x`);
    expect(limited.text).toHaveLength(page.length);
    expect(limited.flattened).toEqual([
      { line: 2, column: 7 },
      { line: 3, column: 7 },
      { line: 4, column: 11 },
    ]);
  });

  it('a mark needs the space after it: "-9h" and "2018." are text', () => {
    const page = `${'- '.repeat(3)}-9h Accueil 2018. fin`;
    expect(limitNesting(page, 2).text).toBe('- - • -9h Accueil 2018. fin');
  });

  it(`keeps the session of a list nested ${MAX_NESTING * 100} levels deep, with a deep-nesting warning`, () => {
    const p = parseProgramme(`**25 avril 2018**\n\n${'- '.repeat(MAX_NESTING * 100)}9h Accueil\n`);
    expect(p.sessions.map((s) => [s.start, s.title])).toEqual([['2018-04-25T09:00:00+02:00', 'Accueil']]);
    expect(p.diagnostics).toEqual([
      expect.objectContaining({ rule: 'deep-nesting', severity: 'warning', line: 3, column: MAX_NESTING * 2 + 1 }),
    ]);
  });
});
