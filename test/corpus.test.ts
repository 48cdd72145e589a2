/**
 * The five seed pages the project was started from must come out exactly:
 * every session of their answer key found (start and stated end), none extra.
 * The corpus lives beside the repository (../shared/corpus); without it these
 * checks cannot run and say so in their name.
 */
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../src/index.js';
import { CORPUS_PRESENT, corpusFiles, readCorpus } from './helpers/pages.js';

const seeds = corpusFiles().filter((f) => /^0\d\d_.*\.md$/.test(f));

interface GoldSession {
  start: string;
  end: string | null;
  title: string;
}

describe.skipIf(!CORPUS_PRESENT)('seed pages (skipped: ../shared/corpus is not beside the repository)', () => {
  it('has the five seed pages', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s: every session found, none extra', (file) => {
    const markdown = readCorpus(file);
    const gold = JSON.parse(readCorpus(file.replace(/\.md$/, '.gold.json'))) as {
      sessions: GoldSession[];
    };
    const programme = parseProgramme(markdown, { source: file });
    const got = programme.sessions.map((s) => ({ start: s.start.slice(0, 16), end: s.end ? s.end.slice(0, 16) : null }));
    const want = gold.sessions.map((s) => ({ start: s.start, end: s.end }));
    expect(got).toEqual(want);
  });
});

const pages = corpusFiles();

describe.skipIf(!CORPUS_PRESENT)('every corpus page (skipped: ../shared/corpus is not beside the repository)', () => {
  it.each(pages)('%s: no placeholder is a person, every placeholder is reported', (file) => {
    const markdown = readCorpus(file);
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
    const programme = parseProgramme(readCorpus(file), { source: file });
    for (const s of programme.sessions) {
      if (s.end) expect(Date.parse(s.end)).toBeGreaterThanOrEqual(Date.parse(s.start));
      expect(s.title.trim()).not.toBe('');
    }
  });
});
