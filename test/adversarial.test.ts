/**
 * Adversarial inputs: each must finish and give a sane programme (valid
 * against the JSON Schema, ends not before starts, positions inside the page).
 * Nothing here asserts a time: `node bench/adversarial.mjs` (after
 * `npm run build`) reports how the time grows with the size of these inputs.
 *
 * The sizes are those of the issue: 1 MB on one line, 100 000 `9h` tokens,
 * 10 000 nested list and blockquote levels, 50 000 table rows, 1 MB of front
 * matter. One case is smaller, with the reason where it stands: a list indented
 * one level deeper on each line, where the Markdown parser's own time grows
 * faster than the square of the depth.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProgramme, scanTimes, parseTimeRange, findDates, parseFrenchDate } from '../src/index.js';
import { findName, matchName } from '../src/french/names.js';
import { readPeople } from '../src/french/people.js';
import type { ParseOptions, Programme } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(root, 'schema', 'programme.schema.json'), 'utf8')) as object);

/** A guard against a hang, not a timing assertion: a synchronous parse cannot be interrupted anyway. */
const LONG = { timeout: 120_000 };
const KB = 1000;
const MB = 1000 * KB;
const OPTIONS: ParseOptions = { referenceDate: '2024-03-20', source: 'adversarial.md' };

/** Parses and checks that the output is sane; returns it for the case's own checks. */
function parseSane(markdown: string, options: ParseOptions = OPTIONS): Programme {
  const programme = parseProgramme(markdown, options);
  const json = JSON.parse(JSON.stringify(programme)) as Programme;
  if (!validate(json)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  const lineCount = markdown.split(/\r\n|\r|\n/).length;
  for (const s of programme.sessions) {
    if (s.end !== null) expect(Date.parse(s.start)).toBeLessThanOrEqual(Date.parse(s.end));
    expect(s.start.slice(0, 10)).toBe(s.day);
    expect(s.position.line).toBeGreaterThanOrEqual(1);
    expect(s.position.line).toBeLessThanOrEqual(lineCount);
    expect(s.title.length).toBeLessThanOrEqual(markdown.length);
  }
  for (const d of programme.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  return programme;
}

/** `unit` repeated to `length` characters. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const clock = (i: number): string => `${8 + (Math.floor(i / 60) % 12)}h${String(i % 60).padStart(2, '0')}`;
const DAY = '**25 avril 2018**\n\n';

describe('huge pages', () => {
  it('1 MB on one line without a newline (agenda words)', LONG, () => {
    const text = fill('Accueil 9h30 - 10h15 Plénière avec Jean Martin, directrice (DINUM), mardi 25 avril 2018, ', MB);
    expect(text).not.toContain('\n');
    const p = parseSane(text);
    // Times inside running text are not sessions, and each is accounted for.
    expect(p.sessions).toEqual([]);
    expect(p.diagnostics.length).toBeGreaterThan(10_000);
  });

  it('1 MB on one line of a single letter', LONG, () => {
    const p = parseSane('a'.repeat(MB));
    expect(p.sessions).toEqual([]);
    expect(p.diagnostics).toEqual([]);
  });

  it('100 000 "9h" tokens on one line', LONG, () => {
    const p = parseSane('9h '.repeat(100_000));
    expect(p.sessions.length).toBeLessThanOrEqual(1);
  });

  it('100 000 "9h" tokens, one per line, under a date', LONG, () => {
    const p = parseSane(`${DAY}${'9h\n'.repeat(100_000)}`);
    // One paragraph of lines that are all "9h": every one is a session at 9h or a diagnostic.
    expect(p.sessions.length + p.diagnostics.length).toBeGreaterThanOrEqual(100_000);
    expect(p.sessions.every((s) => s.start === '2018-04-25T09:00:00+02:00')).toBe(true);
  });

  it('40 000 capitalised lines in one paragraph under a time', LONG, () => {
    // Every soft break asks how the text before it ends: read from its end, not again from the start.
    const p = parseSane(`${DAY}9h Accueil\n${'Accueil des participants\n'.repeat(40_000)}`);
    expect(p.sessions).toHaveLength(1);
    expect(p.sessions[0]!.title).toBe('Accueil');
  });

  it('50 000 table rows', LONG, () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `| ${clock(i)} | Atelier ${i} |`);
    const p = parseSane(`${DAY}| Horaire | Session |\n| --- | --- |\n${rows.join('\n')}\n`);
    expect(p.sessions).toHaveLength(50_000);
    expect(p.sessions[49_999]!.title).toBe('Atelier 49999');
    expect(p.sessions.every((s) => s.day === '2018-04-25')).toBe(true);
  });
});

describe('nesting', () => {
  // Past MAX_NESTING levels on one line, the marks are read as text (a
  // deep-nesting warning): micromark's time grows faster than the square of
  // the depth and the tree tools overflow the stack.
  it.each([
    ['lists', '- '],
    ['blockquotes', '> '],
    ['ordered lists', '1. '],
  ])('10 000 nested %s', (_, mark) => {
    const p = parseSane(`${DAY}${mark.repeat(10_000)}9h Accueil\n`);
    expect(p.sessions.length).toBeLessThanOrEqual(1);
    expect(p.diagnostics.map((d) => d.rule)).toContain('deep-nesting');
  }, LONG.timeout);

  it('blockquotes one level deeper on each of 500 lines', LONG, () => {
    const lines = Array.from({ length: 500 }, (_, i) => `${'>'.repeat(i + 1)} ${clock(i)} Atelier ${i}`);
    parseSane(`${DAY}${lines.join('\n')}\n`);
  });

  // Smaller than the issue's sizes, for a reason outside deroule: a list
  // indented one level deeper on each of 1 000 lines (1 MB, "  ".repeat(i) +
  // "- 9h00 : Atelier i") takes more than 100 s, nearly all in the Markdown
  // parser (remark-parse alone: 0.4 s at 200 levels, 2 s at 400, growing faster
  // than the square of the depth; nesting spread over lines is not capped).
  it('a list indented one level deeper on each of 200 lines', LONG, () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- ${clock(i)} : Atelier ${i}`);
    const p = parseSane(`${DAY}${lines.join('\n')}\n`);
    expect(p.sessions).toHaveLength(200);
  });
});

describe('front matter', () => {
  const body = `\n${DAY}- 9h : Accueil\n`;
  const expectBody = (p: Programme) => {
    expect(p.sessions.map((s) => [s.start, s.title])).toEqual([['2018-04-25T09:00:00+02:00', 'Accueil']]);
  };

  it('1 MB of keys', LONG, () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `cle_${i}: "valeur ${i}"`).join('\n');
    const yaml = fill(`${keys}\n`, MB).replace(/\n[^\n]*$/, '\n');
    expectBody(parseSane(`---\n${yaml}---\n${body}`));
  });

  it('1 MB in one value', LONG, () => {
    const p = parseSane(`---\ntitle: ${fill('Journée ', MB)}\n---\n${body}`);
    expectBody(p);
  });

  it('100 KB of unclosed flow nesting "[[[…"', LONG, () => {
    const p = parseSane(`---\ntitle: ${'['.repeat(100 * KB)}\n---\n${body}`);
    expectBody(p);
    expect(p.diagnostics.map((d) => d.rule)).toContain('invalid-front-matter');
  });

  it('an alias bomb', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expectBody(parseSane(`---\n${levels.join('\n')}\n---\n${body}`));
  });

  it('__proto__ and constructor keys change nothing outside the parsed data', () => {
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const descriptorsBefore = Object.getOwnPropertyDescriptors(Object.prototype);
    // The hostile keys take the place of harmless ones, so every position stays the same.
    const clean = `---\ntitle: Journée test\nnote1: a\nnote2: b\nnote3: c\ndate: 2018-04-01\n---\n${body}`;
    const evil = [
      '__proto__: { polluted: yes, title: Piège }',
      'constructor: { prototype: { polluted: yes } }',
      'prototype: { polluted: yes }',
      '"__proto__": [1, 2]',
      'toString: not a function',
      'hasOwnProperty: no',
      '<<: { __proto__: { polluted: yes } }',
    ];
    const expected = parseSane(clean);
    expect(expected.diagnostics).toEqual([]);
    for (const line of evil) {
      const p = parseSane(clean.replace('note1: a', line));
      expect(p).toEqual(expected);
    }
    expect(parseSane(clean.replace('note1: a\nnote2: b\nnote3: c', evil.slice(0, 3).join('\n')))).toEqual(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).title).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(descriptorsBefore);
    expect(typeof ({}).toString).toBe('function');
  });
});

// Every character that Unicode or JavaScript counts as a space, and every dash (Pd and look-alikes).
const SPACES = ['\t', '\v', '\f', ' ', '\u0085', '\u00a0', '\u1680', '\u180e', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const DASHES = ['-', '\u058a', '\u05be', '\u1400', '\u1806', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2053', '\u207b', '\u208b', '\u2212', '\u2e17', '\u2e1a', '\u2e3a', '\u2e3b', '\u2e40', '\u301c', '\u3030', '\u30a0', '\ufe31', '\ufe32', '\ufe58', '\ufe63', '\uff0d', '\u{10ead}'];

describe('every Unicode space and dash', () => {
  it('in time ranges, between words and around the colon', () => {
    const lines: string[] = [];
    for (const s of SPACES) for (const d of DASHES) lines.push(`-${s}9h${s}${d}${s}10h${s}:${s}Atelier${s}${lines.length}`);
    parseSane(`${DAY}${lines.join('\n')}\n`);
  });

  it('in a date and in a name', () => {
    for (const s of SPACES) {
      for (const d of DASHES) {
        parseSane(`**Mardi${s}25${s}avril${s}2018**\n\n-${s}9h${d}10h${s}:${s}Table${s}ronde${s}avec${s}Jean${d}Marc${s}Martin${s}(DINUM)\n`);
      }
    }
  });

  it('still reads the ranges the README lists with ordinary and no-break spaces', () => {
    for (const s of [' ', '\u00a0', '\u202f']) {
      for (const d of ['-', '–', '—']) {
        const p = parseSane(`${DAY}- 9h${s}${d}${s}10h : Atelier\n`);
        expect([p.sessions[0]?.start, p.sessions[0]?.end]).toEqual(['2018-04-25T09:00:00+02:00', '2018-04-25T10:00:00+02:00']);
      }
    }
  });

  it('as the whole page', () => {
    parseSane([...SPACES, ...DASHES].join('').repeat(1000));
    parseSane([...SPACES, ...DASHES].map((c) => `${c}\n`).join('').repeat(100));
  });
});

// Long inputs that almost match a recogniser and never do: a regular
// expression that backtracks would not finish on them. 20 KB is enough for
// that (an exponential one stops at a few dozen characters) and keeps the
// suite fast; the benchmark goes to 1 MB.
const NEAR = 20 * KB;
const nearMisses: [string, string][] = [
  ['time: "9 9 9 …"', fill('9 ', NEAR)],
  ['time: "9h9h9h…"', fill('9h', NEAR)],
  ['time: "1111…h"', `${'1'.repeat(NEAR)}h`],
  ['time: "9:9:9:…"', fill('9:', NEAR)],
  ['time: "09.30.09.30.…"', fill('09.30.', NEAR)],
  ['time: "9 h 3 9 h 3 …"', fill('9 h 3 ', NEAR)],
  ['time: "de 9h à de 9h à …"', fill('de 9h à ', NEAR)],
  ['time: "entre 9 h et entre …"', fill('entre 9 h et ', NEAR)],
  ['date: "25 25 25 …"', fill('25 ', NEAR)],
  ['date: "1, 2, 3, … et 4" without a month', `${fill('1, 2, 3, ', NEAR)} et 4`],
  ['date: "du 6 au du 6 au …"', fill('du 6 au ', NEAR)],
  ['date: "Mardi mardi …"', fill('Mardi mardi ', NEAR)],
  ['date: "25/04/25/04/…"', fill('25/04/', NEAR)],
  ['date: "le 1er le 1er …"', fill('le 1er ', NEAR)],
  ['date: "les 5 et 6 et 7 et …"', fill('les 5 et 6 et 7 et ', NEAR)],
  ['names: "Jean Jean …"', fill('Jean ', NEAR)],
  ['names: "DUPONT DUPONT …"', fill('DUPONT ', NEAR)],
  ['names: "J.-M. J.-M. …"', fill('J.-M. ', NEAR)],
  ['names: "Jean-Jean-…"', fill('Jean-', NEAR)],
  ['names: "M. de la M. de la …"', fill('M. de la ', NEAR)],
  ['names: "Jean Martin, Jean Martin, …" (no "et")', fill('Jean Martin, ', NEAR)],
  ['names: "Jean Martin ((((…"', `Jean Martin ${'('.repeat(NEAR)}`],
  ['names: "Prénom Nom Prénom Nom …"', fill('Prénom Nom ', NEAR)],
];

// Unclosed brackets ("[9h–" repeated) are slow in the Markdown parser itself
// (micromark: about 2 s for 50 KB, growing with the square of the length):
// only the recognisers see them here; the benchmark has the Markdown case.
const recogniserOnly: [string, string][] = [['time: "[9h–[9h–…"', fill('[9h–', NEAR)]];

describe('long near-misses for each recogniser', () => {
  it.each(nearMisses)('%s, through parseProgramme (a paragraph, a list item, a speaker phrase)', (_, text) => {
    parseSane(`${DAY}${text}\n`);
    parseSane(`${DAY}- ${text}\n`);
    parseSane(`${DAY}- 9h : Table ronde avec ${text}\n`);
  }, LONG.timeout);

  it.each([...nearMisses, ...recogniserOnly])('%s, through the recognisers alone', (_, text) => {
    expect(() => {
      scanTimes(text);
      parseTimeRange(text);
      findDates(text);
      parseFrenchDate(text, { referenceDate: '2024-03-20' });
      findName(text);
      matchName(text, 0, true);
      readPeople(text);
    }).not.toThrow();
  }, LONG.timeout);
});
