/**
 * The five seed pages the project was started from must come out exactly:
 * every session of their answer key found (start and stated end), none extra.
 * The corpus lives beside the repository (../shared/corpus); without it these
 * checks cannot run and say so in their name.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../src/index.js';

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const present = existsSync(corpus);
const seeds = present ? readdirSync(corpus).filter((f) => /^0\d\d_.*\.md$/.test(f)).sort() : [];

interface GoldSession {
  start: string;
  end: string | null;
  title: string;
}

describe.skipIf(!present)('seed pages (skipped: ../shared/corpus is not beside the repository)', () => {
  it('has the five seed pages', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s: every session found, none extra', (file) => {
    const markdown = readFileSync(join(corpus, file), 'utf8');
    const gold = JSON.parse(readFileSync(join(corpus, file.replace(/\.md$/, '.gold.json')), 'utf8')) as {
      sessions: GoldSession[];
    };
    const programme = parseProgramme(markdown, { source: file });
    const got = programme.sessions.map((s) => ({ start: s.start.slice(0, 16), end: s.end ? s.end.slice(0, 16) : null }));
    const want = gold.sessions.map((s) => ({ start: s.start, end: s.end }));
    expect(got).toEqual(want);
  });
});

const pages = present ? readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').sort() : [];

describe.skipIf(!present)('every corpus page (skipped: ../shared/corpus is not beside the repository)', () => {
  it.each(pages)('%s: no placeholder is a person, every placeholder is reported', (file) => {
    const markdown = readFileSync(join(corpus, file), 'utf8');
    const programme = parseProgramme(markdown, { source: file });
    const people = programme.sessions.flatMap((s) => s.speakers);
    for (const p of people) {
      expect(p.name).not.toMatch(/\b(?:Prénom|NOM|XXX)\b/u);
      expect(p.role ?? '').not.toMatch(/^fonction entité$/iu);
    }
    const written = (markdown.match(/Prénom (?:Nom|NOM)|fonction entité/gu) ?? []).length;
    const reported = programme.diagnostics.filter((d) => d.rule === 'placeholder' && d.message.includes('template placeholder')).length;
    expect(reported).toBe(written);
  });

  it.each(pages)('%s: every session has start ≤ end and a title', (file) => {
    const programme = parseProgramme(readFileSync(join(corpus, file), 'utf8'), { source: file });
    for (const s of programme.sessions) {
      if (s.end) expect(Date.parse(s.end)).toBeGreaterThanOrEqual(Date.parse(s.start));
      expect(s.title.trim()).not.toBe('');
    }
  });
});
