#!/usr/bin/env node
/**
 * The `deroule` command: reads pages and prints their programmes.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseProgramme, OptionError } from './index.js';
import type { ParseOptions, Programme } from './index.js';

const HELP = `Usage: deroule [options] FILE...

Reads French agenda pages (Markdown) and prints their programmes.
FILE may be - to read standard input.

Options:
  --format json       output format (default json; several files print a JSON array)
  --timezone ZONE     IANA time zone of the page's times (default Europe/Paris)
  --reference-date D  YYYY-MM-DD used for the year of dates written without one
  -h, --help          show this help

Exit codes: 0 success, 1 unreadable input, 2 bad usage.`;

function usage(message: string): never {
  process.stderr.write(`deroule: ${message}\n\n${HELP}\n`);
  process.exit(2);
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        timezone: { type: 'string' },
        'reference-date': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.format !== 'json') usage(`unknown format "${values.format}" (supported: json)`);
  if (!positionals.length) usage('no FILE given');
  const options: ParseOptions = {};
  if (values.timezone) options.timezone = values.timezone;
  if (values['reference-date']) options.referenceDate = values['reference-date'];
  const programmes: Programme[] = [];
  let failed = false;
  for (const file of positionals) {
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (error) {
      process.stderr.write(`deroule: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
      continue;
    }
    try {
      programmes.push(parseProgramme(text, { ...options, source: file === '-' ? 'stdin' : file }));
    } catch (error) {
      if (error instanceof OptionError) usage(error.message);
      throw error;
    }
  }
  if (programmes.length === 1 && positionals.length === 1) process.stdout.write(`${JSON.stringify(programmes[0], null, 2)}\n`);
  else if (programmes.length) process.stdout.write(`${JSON.stringify(programmes, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
