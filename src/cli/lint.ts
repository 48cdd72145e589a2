/**
 * `deroule lint FILE...`: the diagnostics of each page, as a report in the
 * style of remark-lint and ESLint (vfile-reporter) or as JSON.
 * Node-only, like the rest of the CLI; the library core does not import it.
 */
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { PAGE_ARGS, pageOptions, readPage } from './read.js';
import type { Diagnostic } from '../types.js';
import type { CliIO } from './run.js';

/** The help text of `deroule lint`. */
export const LINT_HELP = `Usage: deroule lint [options] FILE...

Checks French agenda pages and reports what deroule noticed while reading them
(dates missing or inconsistent, ends before starts, overlapping or repeated
sessions, placeholders, unreadable times, invalid front matter…).
FILE may be - to read standard input.

Options:
  --format FORMAT     text (default; a report like remark-lint or ESLint) or
                      json (an array with one object per file: path, diagnostics)
  --timezone ZONE     IANA time zone of the page's times (default Europe/Paris)
  --reference-date D  YYYY-MM-DD used for the year of dates written without one
  -h, --help          show this help

Exit codes: 0 no error (warnings and info alone exit 0), 1 an error-severity
diagnostic or an unreadable file (the other files are still checked), 2 bad usage.`;

const LINT_FORMATS = ['text', 'json'] as const;

/** One file's result in `--format json`. */
export interface LintResult {
  /** The path as given on the command line (`<stdin>` for `-`). */
  path: string;
  diagnostics: Diagnostic[];
  /** Why the file could not be read; absent when it was read. */
  error?: string;
}

const STDIN_NAME = '<stdin>';
const SOURCE = 'deroule';

/** A vfile whose messages are the diagnostics, as `remarkDeroule` reports them. */
function toVFile(result: LintResult): VFile {
  const file = new VFile({ path: result.path });
  if (result.error !== undefined) {
    const message = file.message(`Cannot read file: ${result.error}`, { ruleId: 'unreadable', source: SOURCE });
    message.fatal = true;
    return file;
  }
  for (const d of result.diagnostics) {
    const message = file.message(d.message, { place: { line: d.line, column: d.column }, ruleId: d.rule, source: SOURCE });
    message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
  }
  return file;
}

/** Runs `deroule lint` with `argv` (the arguments after `lint`) and returns the exit code. */
export function runLint(argv: readonly string[], io: CliIO): number {
  const usage = (message: string): number => {
    io.stderr(`deroule lint: ${message}\n\n${LINT_HELP}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        ...PAGE_ARGS,
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${LINT_HELP}\n`);
    return 0;
  }
  const format = values.format;
  if (!(LINT_FORMATS as readonly string[]).includes(format)) {
    return usage(`unknown format "${format}" (supported: ${LINT_FORMATS.join(', ')})`);
  }
  if (!positionals.length) return usage('no FILE given');
  const options = pageOptions(values);

  const results: LintResult[] = [];
  for (const file of positionals) {
    const path = file === '-' ? STDIN_NAME : file;
    const read = readPage(file, io, options);
    if ('usage' in read) return usage(read.usage);
    results.push('error' in read ? { path, diagnostics: [], error: read.error } : { path, diagnostics: read.programme.diagnostics });
  }

  if (format === 'json') {
    // Standard output stays valid JSON; what could not be read is also said on standard error.
    for (const r of results) if (r.error !== undefined) io.stderr(`deroule lint: cannot read ${r.path}: ${r.error}\n`);
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const report = reporter(results.map(toVFile), { color: io.stdoutIsTTY === true && !process.env.NO_COLOR, defaultName: STDIN_NAME });
    if (report) io.stdout(`${report}\n`);
  }
  const failed = results.some((r) => r.error !== undefined || r.diagnostics.some((d) => d.severity === 'error'));
  return failed ? 1 : 0;
}
