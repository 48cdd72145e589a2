/**
 * Property-based robustness of `parseProgramme` (fast-check): for arbitrary
 * strings, strings made of agenda-like pieces, and corpus pages mutated
 * (lines shuffled, characters deleted, Markdown marks inserted), it never
 * throws, its output validates against schema/programme.schema.json, and
 * every session with an end ends at or after its start.
 *
 * Run counts are kept small so the suite stays fast on 2 cores. A failure
 * prints fast-check's seed and path; `FC_SEED=<seed>` replays a run.
 */
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../src/index.js';
import type { Programme } from '../src/types.js';
import { corpusFiles, examplePages, readCorpus } from './helpers/pages.js';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'programme.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });

const corpus = corpusFiles().map(readCorpus);
// Without the corpus, the example pages stand in for it.
const examples = examplePages().map(([, text]) => text);
const pages = corpus.length ? corpus : examples;

/** Parses and checks what every output must satisfy; returns the programme for further checks. */
function parseSane(markdown: string): Programme {
  let programme: Programme;
  try {
    programme = parseProgramme(markdown, { source: 'fuzz.md', referenceDate: '2024-03-20' });
  } catch (error) {
    throw new Error(`parseProgramme threw on ${JSON.stringify(markdown.slice(0, 300))}${markdown.length > 300 ? '…' : ''}: ${String(error)}`);
  }
  // What the CLI prints: the JSON round trip must give the same, valid data.
  const json = JSON.parse(JSON.stringify(programme)) as Programme;
  expect(json).toEqual(programme);
  if (!validate(json)) {
    throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))} for ${JSON.stringify(markdown.slice(0, 300))}`);
  }
  for (const s of programme.sessions) {
    if (s.end !== null && !(Date.parse(s.start) <= Date.parse(s.end))) {
      throw new Error(`session "${s.title}" ends (${s.end}) before it starts (${s.start}) in ${JSON.stringify(markdown.slice(0, 300))}`);
    }
    expect(s.start.slice(0, 10)).toBe(s.day);
  }
  return programme;
}

/** Pieces agenda pages are made of, so random strings reach the recognisers and the assembly. */
const piece = fc.constantFrom(
  '9h', '9h30', '09h30', '9 h 30', '14:00', '10.15', '24h', 'midi', 'minuit', '10 heures', '9h7', '86:00',
  ' - ', ' – ', ' à ', 'de ', ' jusqu’à ', 'entre ', ' et ', ' : ', ', ', '>', '[', ']', '(', ')',
  '25 avril', '1er juin', 'Mardi 6 décembre', 'mardi', '2018', '25/04/2018', 'du 6 au 9 décembre', 'Jour 2', 'les 5 et 6 mai',
  'Accueil', 'Plénière', 'Table ronde', 'Atelier', 'Pause', 'Déjeuner', 'Clôture', 'Fin de journée', 'Inscriptions jusqu’au',
  'avec ', 'par ', 'Modération :', 'Intervenants', 'Prénom Nom', 'Mme Claire Martin', 'directrice', 'DINUM', '(sous réserve)',
  '**', '*', '_', '`', '#', '## ', '- ', '* ', '1. ', '> ', '|', '| --- |', '<br>', '<table>', '<td>', '[lien](<à ajouter>)',
  '---\n', 'date: 2024-03-26\n', 'title: [x\n', '__proto__: 1\n', '\n', '\n\n', '  ', '\t', '\u00a0', '\u202f', '️⃣', '🎤',
);
const agendaText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

/** A corpus page with its lines shuffled, characters deleted and Markdown marks inserted. */
const MARKS = ['**', '*', '_', '#', '## ', '- ', '> ', '|', '`', '[', '](', ')', '\\', '<br>', '---', '\n', '\n\n', '    '];
const mutatedPage = fc
  .record({
    page: fc.constantFrom(...pages),
    shuffle: fc.boolean(),
    seeds: fc.array(fc.nat(), { maxLength: 400 }),
    deletions: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 40 }),
    insertions: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom(...MARKS)), { maxLength: 40 }),
  })
  .map(({ page, shuffle, seeds, deletions, insertions }) => {
    let text = page;
    if (shuffle && seeds.length) {
      const lines = text.split('\n');
      // Fisher–Yates driven by the generated numbers (fast-check shrinks them).
      for (let i = lines.length - 1; i > 0; i--) {
        const j = (seeds[i % seeds.length] ?? 0) % (i + 1);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      text = lines.join('\n');
    }
    for (const at of deletions) {
      const i = Math.floor(at * text.length);
      text = text.slice(0, i) + text.slice(i + 1);
    }
    for (const [at, mark] of insertions) {
      const i = Math.floor(at * (text.length + 1));
      text = text.slice(0, i) + mark + text.slice(i);
    }
    return text;
  });

describe('parseProgramme on arbitrary input (fast-check)', () => {
  it('never throws and stays valid on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void parseSane(s)), { numRuns: 150 });
  });

  it('never throws and stays valid on arbitrary Unicode (any code point, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void parseSane(s)), { numRuns: 100 });
  });

  it('never throws and stays valid on strings made of agenda pieces', () => {
    fc.assert(fc.property(agendaText, (s) => void parseSane(s)), { numRuns: 250 });
  });

  it('keeps Object.prototype untouched whatever the front matter', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'date', 'title', 'lieu');
    const yamlValue = fc.oneof(fc.constantFrom('1', '{ polluted: true }', '[a, b]', '"x"', 'null', '{ prototype: { polluted: 1 } }'), fc.string({ maxLength: 20 }));
    const frontMatter = fc.array(fc.tuple(key, yamlValue), { maxLength: 6 }).map((kv) => `---\n${kv.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n**25 avril 2018**\n\n- 9h : Accueil\n`);
    fc.assert(
      fc.property(frontMatter, (page) => {
        parseSane(page);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype.toString.call({})).toBe('[object Object]');
      }),
      { numRuns: 100 },
    );
  });
});

describe(`parseProgramme on mutated pages (${corpus.length ? `${corpus.length} corpus pages` : `corpus absent: ${examples.length} example pages`})`, () => {
  it('has pages to mutate', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('never throws, stays valid and keeps start ≤ end on mutated pages', () => {
    fc.assert(fc.property(mutatedPage, (page) => void parseSane(page)), { numRuns: 120 });
  });

  it('parses every page unmutated with the same guarantees', () => {
    for (const page of pages) parseSane(page);
  });
});
