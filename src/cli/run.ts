/**
 * The `deroule` command line, as a function: arguments and I/O in, exit code out.
 * Node-only (it reads files); the library core does not import it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseProgramme, OptionError } from '../parse.js';
import type { ParseOptions, Programme } from '../types.js';

/** Where the command writes and reads. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file (`-` is standard input) as bytes. */
  readFile: (path: string) => Uint8Array;
}

/** The help text of the command. */
export const HELP = `Usage: deroule [options] FILE...

Reads French agenda pages (Markdown) and prints their programmes.
FILE may be - to read standard input.

Options:
  --format json       output format (default json; several files print a JSON array)
  --timezone ZONE     IANA time zone of the page's times (default Europe/Paris)
  --reference-date D  YYYY-MM-DD used for the year of dates written without one
  -h, --help          show this help

Exit codes: 0 success, 1 unreadable input, 2 bad usage.`;

const FORMATS = ['json'] as const;

/** The default I/O: process streams and the file system. */
export const nodeIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p === '-' ? 0 : p),
};

/** Runs the command with `argv` (without node and script) and returns the exit code. */
export function runCli(argv: readonly string[], io: CliIO = nodeIO): number {
  const usage = (message: string): number => {
    io.stderr(`deroule: ${message}\n\n${HELP}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        timezone: { type: 'string' },
        'reference-date': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (!(FORMATS as readonly string[]).includes(values.format ?? '')) {
    return usage(`unknown format "${values.format}" (supported: ${FORMATS.join(', ')})`);
  }
  if (!positionals.length) return usage('no FILE given');
  const options: ParseOptions = {};
  if (values.timezone) options.timezone = values.timezone;
  if (values['reference-date']) options.referenceDate = values['reference-date'];
  const programmes: Programme[] = [];
  let failed = false;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of positionals) {
    let text: string;
    try {
      text = decoder.decode(io.readFile(file)).replace(/^\uFEFF/, '');
    } catch (error) {
      const why = error instanceof TypeError ? 'it is not UTF-8 text' : error instanceof Error ? error.message : String(error);
      io.stderr(`deroule: cannot read ${file}: ${why}\n`);
      failed = true;
      continue;
    }
    try {
      programmes.push(parseProgramme(text, { ...options, source: file === '-' ? 'stdin' : file }));
    } catch (error) {
      if (error instanceof OptionError) return usage(error.message);
      throw error;
    }
  }
  if (positionals.length === 1 && programmes.length === 1) io.stdout(`${JSON.stringify(programmes[0], null, 2)}\n`);
  else if (programmes.length) io.stdout(`${JSON.stringify(programmes, null, 2)}\n`);
  return failed ? 1 : 0;
}
