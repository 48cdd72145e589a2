/**
 * Reading one page for the CLI commands: bytes → UTF-8 text → programme, with
 * the same answer for every way it can fail.
 */
import { parseProgramme, OptionError, InputError } from '../parse.js';
import type { ParseOptions, Programme } from '../types.js';
import type { CliIO } from './run.js';

/** What reading a page gave: its programme, a reason it could not be read, or bad options (usage). */
export type PageRead = { programme: Programme } | { error: string } | { usage: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The `parseArgs` options both commands take to read pages: `--timezone`, `--reference-date`. */
export const PAGE_ARGS = {
  timezone: { type: 'string' },
  'reference-date': { type: 'string' },
} as const;

/** The parse options those arguments give. */
export function pageOptions(values: { timezone?: string | undefined; 'reference-date'?: string | undefined }): ParseOptions {
  const options: ParseOptions = {};
  if (values.timezone) options.timezone = values.timezone;
  if (values['reference-date']) options.referenceDate = values['reference-date'];
  return options;
}

/** Reads `file` (`-` is standard input) and parses it; never throws for unreadable input. */
export function readPage(file: string, io: CliIO, options: ParseOptions): PageRead {
  let text: string;
  try {
    text = decoder.decode(io.readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    return { error: error instanceof TypeError ? 'it is not UTF-8 text' : error instanceof Error ? error.message : String(error) };
  }
  try {
    return { programme: parseProgramme(text, { ...options, source: file === '-' ? 'stdin' : file }) };
  } catch (error) {
    if (error instanceof OptionError) return { usage: error.message };
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}
