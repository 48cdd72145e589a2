/**
 * `deroule lint`: the diagnostics as a vfile-reporter report or as JSON, and
 * the exit codes, through runCli with a fake I/O.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, HELP } from '../src/cli/run.js';
import { LINT_HELP, type LintResult } from '../src/cli/lint.js';
import type { Diagnostic } from '../src/types.js';
import { fakeIO } from './helpers/fake-io.js';

// No rule of the parser has error severity yet: this hook lets a test add one
// to the programmes the CLI sees, to check the exit code it gives.
const inject = vi.hoisted(() => ({ diagnostic: null as null | Diagnostic }));
vi.mock('../src/parse.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/parse.js')>();
  return {
    ...real,
    parseProgramme: (...args: Parameters<typeof real.parseProgramme>) => {
      const programme = real.parseProgramme(...args);
      if (inject.diagnostic) programme.diagnostics.push(inject.diagnostic);
      return programme;
    },
  };
});

const EXAMPLE = readFileSync(join(import.meta.dirname, '..', 'examples', 'lint-example.md'), 'utf8');
const CLEAN = '**25 avril 2018**\n\n* **9h30 - 10h15 :** Plénière de lancement\n';
const BINARY = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);

/** The report's lines with runs of spaces made one, so column padding does not matter. */
function lines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
}

describe('deroule lint: report', () => {
  it('prints every kind of problem of the example page, in the style of remark-lint, and exits 0 on warnings', () => {
    const t = fakeIO({ 'examples/lint-example.md': EXAMPLE });
    expect(runCli(['lint', 'examples/lint-example.md'], t.api)).toBe(0);
    const out = lines(t.out());
    expect(out[0]).toBe('examples/lint-example.md');
    const expected: [string, string, string][] = [
      ['4:40', 'warning', 'invalid-front-matter'],
      ['9:40', 'info', 'not-a-session'],
      ['9:53', 'warning', 'placeholder'],
      ['13:5', 'warning', 'no-date'],
      ['15:4', 'warning', 'weekday-mismatch'],
      ['18:49', 'warning', 'placeholder'],
      ['19:5', 'info', 'overlapping-sessions'],
      ['20:5', 'warning', 'end-before-start'],
      ['22:5', 'warning', 'duplicate-session'],
      ['23:5', 'warning', 'unparsed-time'],
      ['24:5', 'info', 'end-marker'],
    ];
    const body = out.slice(1, 1 + expected.length);
    expect(body).toHaveLength(expected.length);
    for (const [i, [place, severity, rule]] of expected.entries()) {
      expect(body[i]!.startsWith(`${place} ${severity} `)).toBe(true);
      expect(body[i]!.endsWith(` ${rule} deroule`)).toBe(true);
    }
    expect(out).toContain('13:5 warning No date found for "Rencontre informelle entre participants" at 19:00; the reference date 2023-01-02 was used. no-date deroule');
    expect(out).toContain('18:49 warning "Prénom Nom" is a template placeholder (a person or a role to fill in); it was left out. placeholder deroule');
    expect(out).toContain('9:53 warning The link "formulaire d\'inscription" points to "lien à ajouter", a placeholder, not an address. placeholder deroule');
    expect(out).toContain('23:5 warning "9h7" looks like a time but cannot be read (write it like 9h07 or 9:07). unparsed-time deroule');
    expect(out).toContain('20:5 warning The range "12h30 - 11h00" ends before it starts; the end was left out. end-before-start deroule');
    expect(out).toContain('11 messages (⚠ 8 warnings)');
    expect(t.err()).toBe('');
  });

  it('colours nothing when standard output is not a terminal', () => {
    const t = fakeIO({ 'p.md': EXAMPLE });
    runCli(['lint', 'p.md'], t.api);
    expect(t.out()).not.toMatch(/\x1b\[/);
  });

  it('says when a page has no issue and exits 0', () => {
    const t = fakeIO({ 'clean.md': CLEAN });
    expect(runCli(['lint', 'clean.md'], t.api)).toBe(0);
    expect(lines(t.out())).toContain('clean.md: no issues found');
  });

  it('names an unreadable or binary file as an error, exits 1 and still checks the others', () => {
    const t = fakeIO({ 'image.png': BINARY, 'p.md': EXAMPLE, 'clean.md': CLEAN });
    expect(runCli(['lint', 'image.png', 'missing.md', 'p.md', 'clean.md'], t.api)).toBe(1);
    const out = lines(t.out());
    expect(out).toContain('image.png');
    expect(out).toContain('error Cannot read file: it is not UTF-8 text unreadable deroule');
    expect(out).toContain('missing.md');
    expect(out).toContain("error Cannot read file: ENOENT: no such file, open 'missing.md' unreadable deroule");
    expect(out).toContain('clean.md: no issues found');
    expect(out.filter((l) => l.endsWith(' no-date deroule'))).toHaveLength(1);
    expect(out).toContain('13 messages (✖ 2 errors, ⚠ 8 warnings)');
  });

  it('exits 1 when a diagnostic has error severity, 0 with warnings and info alone', () => {
    inject.diagnostic = { severity: 'error', rule: 'test-error', message: 'An error for the test.', line: 3, column: 7 };
    try {
      const t = fakeIO({ 'clean.md': CLEAN });
      expect(runCli(['lint', 'clean.md'], t.api)).toBe(1);
      expect(lines(t.out())).toContain('3:7 error An error for the test. test-error deroule');
      expect(lines(t.out())).toContain('✖ 1 error');
    } finally {
      inject.diagnostic = null;
    }
    inject.diagnostic = { severity: 'info', rule: 'test-info', message: 'Just so you know.', line: 2, column: 1 };
    try {
      const t = fakeIO({ 'clean.md': CLEAN });
      expect(runCli(['lint', 'clean.md'], t.api)).toBe(0);
      expect(lines(t.out())).toContain('2:1 info Just so you know. test-info deroule');
    } finally {
      inject.diagnostic = null;
    }
  });

  it('reads standard input as -', () => {
    const t = fakeIO({ '-': '- **9h7 :** Accueil\n' });
    expect(runCli(['lint', '-'], t.api)).toBe(0);
    const out = lines(t.out());
    expect(out[0]).toBe('<stdin>');
    expect(out.some((l) => /^1:\d+ warning "9h7" looks like a time/.test(l))).toBe(true);
  });

  it('applies --reference-date', () => {
    const page = 'Mardi 6 décembre\n\n- 10h00-11h00 : Conférence de presse\n';
    const plain = fakeIO({ 'p.md': page });
    runCli(['lint', '--format', 'json', 'p.md'], plain.api);
    const dated = fakeIO({ 'p.md': page });
    expect(runCli(['lint', '--format', 'json', '--reference-date', '2016-12-02', 'p.md'], dated.api)).toBe(0);
    const rules = (text: string) => (JSON.parse(text) as LintResult[])[0]!.diagnostics.map((d) => d.rule);
    expect(rules(dated.out())).not.toContain('ambiguous-year');
    expect(rules(dated.out())).not.toContain('weekday-mismatch');
  });
});

describe('deroule lint --format json', () => {
  it('prints one object per file with its path and diagnostics', () => {
    const t = fakeIO({ 'p.md': EXAMPLE, 'clean.md': CLEAN });
    expect(runCli(['lint', '--format', 'json', 'p.md', 'clean.md'], t.api)).toBe(0);
    const results = JSON.parse(t.out()) as LintResult[];
    expect(results.map((r) => r.path)).toEqual(['p.md', 'clean.md']);
    expect(results[1]!.diagnostics).toEqual([]);
    const first = results[0]!.diagnostics;
    expect(first).toHaveLength(11);
    expect(first.find((d) => d.rule === 'end-before-start')).toEqual({
      severity: 'warning',
      rule: 'end-before-start',
      message: 'The range "12h30 - 11h00" ends before it starts; the end was left out.',
      line: 20,
      column: 5,
    });
    expect(new Set(first.map((d) => d.rule))).toEqual(
      new Set(['invalid-front-matter', 'not-a-session', 'placeholder', 'no-date', 'weekday-mismatch', 'overlapping-sessions', 'end-before-start', 'duplicate-session', 'unparsed-time', 'end-marker']),
    );
    expect(t.err()).toBe('');
  });

  it('keeps an unreadable file in the array with its error, says it on standard error and exits 1', () => {
    const t = fakeIO({ 'bin.md': BINARY, 'clean.md': CLEAN });
    expect(runCli(['lint', '--format', 'json', 'bin.md', 'clean.md'], t.api)).toBe(1);
    expect(JSON.parse(t.out())).toEqual([
      { path: 'bin.md', diagnostics: [], error: 'it is not UTF-8 text' },
      { path: 'clean.md', diagnostics: [] },
    ]);
    expect(t.err()).toBe('deroule lint: cannot read bin.md: it is not UTF-8 text\n');
  });

  it('reports a page over the input limit as unreadable', () => {
    const t = fakeIO({ 'huge.md': 'a'.repeat(5 * 1024 * 1024 + 1), 'clean.md': CLEAN });
    expect(runCli(['lint', '--format', 'json', 'huge.md', 'clean.md'], t.api)).toBe(1);
    const results = JSON.parse(t.out()) as LintResult[];
    expect(results[0]!.error).toMatch(/larger than 5242880 bytes/);
    expect(results[1]).toEqual({ path: 'clean.md', diagnostics: [] });
  });
});

describe('deroule lint: usage', () => {
  it.each([
    [['lint'], 'no FILE given'],
    [['lint', '--format', 'ics', 'a.md'], 'unknown format "ics" (supported: text, json)'],
    [['lint', '--by', 'person', 'a.md'], "Unknown option '--by'"],
    [['lint', '--timezone', 'Mars/Olympus', 'a.md'], 'Unknown time zone "Mars/Olympus"'],
  ])('exits 2 on bad usage %j', (argv, message) => {
    const t = fakeIO({ 'a.md': CLEAN });
    expect(runCli(argv, t.api)).toBe(2);
    expect(t.err()).toContain(`deroule lint: ${message}`);
    expect(t.err()).toContain('Usage: deroule lint');
    expect(t.out()).toBe('');
  });

  it('prints its help, and the main help mentions it', () => {
    const t = fakeIO({});
    expect(runCli(['lint', '--help'], t.api)).toBe(0);
    expect(t.out()).toBe(`${LINT_HELP}\n`);
    expect(LINT_HELP).toContain('--format FORMAT     text (default');
    expect(LINT_HELP).toContain('Exit codes: 0 no error');
    expect(HELP).toContain('deroule lint [--format text|json] FILE...');
  });

  it('reads a file named lint when it is not the first argument', () => {
    const t = fakeIO({ lint: CLEAN });
    expect(runCli(['--format', 'json', 'lint'], t.api)).toBe(0);
    expect(JSON.parse(t.out()).sessions).toHaveLength(1);
  });
});
