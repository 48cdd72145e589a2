/**
 * The `deroule` command line, as a function: arguments and I/O in, exit code out.
 * Node-only (it reads files); the library core does not import it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PAGE_ARGS, pageOptions, readPage } from './read.js';
import { toCSV } from '../export/csv.js';
import { toICS, type ICSOptions } from '../export/ics.js';
import { toJSONLines } from '../export/jsonl.js';
import type { Programme } from '../types.js';
import { runLint } from './lint.js';

/** Where the command writes and reads. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file (`-` is standard input) as bytes. */
  readFile: (path: string) => Uint8Array;
  /** True when standard output is a terminal: only then does `deroule lint` colour its report. */
  stdoutIsTTY?: boolean;
  /** True when standard error is a terminal: only then is a progress bar drawn. */
  stderrIsTTY?: boolean;
  /** Width of the terminal of standard error, in columns. */
  stderrColumns?: number;
}

/** The help text of the command. */
export const HELP = `Usage: deroule [options] FILE...
       deroule lint [--format text|json] FILE...

Reads French agenda pages (Markdown) and prints their programmes.
FILE may be - to read standard input.
\`deroule lint\` prints the diagnostics of each page instead (deroule lint --help).

Options:
  --format FORMAT     json (default; several files print a JSON array),
                      jsonl (one JSON programme per line),
                      csv (one row per session) or ics (one iCalendar feed for all files)
  --timezone ZONE     IANA time zone of the page's times (default Europe/Paris)
  --reference-date D  YYYY-MM-DD used for the year of dates written without one
  -h, --help          show this help

CSV options:
  --by session|person one row per session (default) or one per person per session
  --bom               start with a UTF-8 byte order mark (for spreadsheet programs)

ICS options:
  --domain NAME       domain of the event UIDs (default deroule); keep it stable
  --whole-event       one event per page instead of one per session
  --include-undated   also export sessions whose date the page does not give
  --duration MINUTES  length of a session with no end and no next session (default 60)

With several files and a terminal on standard error, a progress bar is drawn there.
Exit codes: 0 success, 1 unreadable input, 2 bad usage.`;

const FORMATS = ['json', 'jsonl', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];

/** The default I/O: process streams and the file system. */
let pipeWatched = false;
export const nodeIO: CliIO = {
  stdout: (t) => {
    if (!pipeWatched) {
      pipeWatched = true;
      // A reader that stops early (\`deroule … | head\`) is not an error.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
    }
    process.stdout.write(t);
  },
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p === '-' ? 0 : p),
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
  get stderrColumns() {
    return process.stderr.columns;
  },
};

/** A one-line progress bar on standard error, drawn only on a terminal. */
class Progress {
  private shown = -1;
  private drawn = false;
  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  update(done: number, file: string): void {
    if (!this.enabled) return;
    const width = Math.max(10, Math.min(30, (this.io.stderrColumns ?? 80) - 50));
    const filled = Math.round((done / this.total) * width);
    // Redraw only when the bar moves or every file while there are few.
    if (filled === this.shown && this.total > width * 4 && done !== this.total) return;
    this.shown = filled;
    const name = file.length > 24 ? `…${file.slice(-23)}` : file;
    this.io.stderr(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} ${name}`);
    this.drawn = true;
  }

  /** Erases the bar (before a message, and at the end). */
  clear(): void {
    if (this.drawn) this.io.stderr('\r\x1b[K');
    this.drawn = false;
    this.shown = -1;
  }
}

/** Runs the command with `argv` (without node and script) and returns the exit code. */
export function runCli(argv: readonly string[], io: CliIO = nodeIO): number {
  // `deroule lint FILE...` (a file named lint is ./lint).
  if (argv[0] === 'lint') return runLint(argv.slice(1), io);
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
        ...PAGE_ARGS,
        by: { type: 'string' },
        bom: { type: 'boolean' },
        domain: { type: 'string' },
        'whole-event': { type: 'boolean' },
        'include-undated': { type: 'boolean' },
        duration: { type: 'string' },
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
  const format = values.format as Format;
  if (!(FORMATS as readonly string[]).includes(format)) {
    return usage(`unknown format "${values.format}" (supported: ${FORMATS.join(', ')})`);
  }
  if (values.by !== undefined && values.by !== 'session' && values.by !== 'person') {
    return usage(`--by must be session or person, not "${values.by}"`);
  }
  const csvOnly = (['by', 'bom'] as const).filter((o) => values[o] !== undefined);
  if (format !== 'csv' && csvOnly.length) return usage(`--${csvOnly[0]} applies to --format csv only`);
  const icsOnly = (['domain', 'whole-event', 'include-undated', 'duration'] as const).filter((o) => values[o] !== undefined);
  if (format !== 'ics' && icsOnly.length) return usage(`--${icsOnly[0]} applies to --format ics only`);
  const ics: ICSOptions = {};
  if (values.domain !== undefined) {
    if (!values.domain.trim() || /[\s@]/.test(values.domain)) return usage(`--domain must be a name without spaces or @, not "${values.domain}"`);
    ics.domain = values.domain.trim();
  }
  if (values.duration !== undefined) {
    const minutes = Number(values.duration);
    if (!/^\d+$/.test(values.duration) || !(minutes > 0)) return usage(`--duration must be a positive whole number of minutes, not "${values.duration}"`);
    ics.defaultDuration = minutes;
  }
  if (values['whole-event']) ics.wholeEvent = true;
  if (values['include-undated']) ics.includeUndated = true;
  if (!positionals.length) return usage('no FILE given');

  const options = pageOptions(values);

  const progress = new Progress(io, positionals.length, io.stderrIsTTY === true && positionals.length > 1);
  const warn = (text: string): void => {
    progress.clear();
    io.stderr(text);
  };
  // json and ics need every programme; csv and jsonl are written a file at a time.
  const kept: Programme[] = [];
  let parsedCount = 0;
  let failed = false;
  for (const [index, file] of positionals.entries()) {
    progress.update(index, file);
    const read = readPage(file, io, options);
    if ('usage' in read) {
      progress.clear();
      return usage(read.usage);
    }
    if ('error' in read) {
      warn(`deroule: cannot read ${file}: ${read.error}\n`);
      failed = true;
      continue;
    }
    const { programme } = read;
    if (format === 'csv') {
      const first = parsedCount === 0;
      const csv = toCSV(programme, { by: values.by === 'person' ? 'person' : 'session', bom: first && values.bom === true, header: first });
      if (csv) {
        progress.clear();
        io.stdout(csv);
      }
    } else if (format === 'jsonl') {
      progress.clear();
      io.stdout(toJSONLines(programme));
    } else kept.push(programme);
    parsedCount++;
  }
  progress.update(positionals.length, '');
  progress.clear();

  if (format === 'json') {
    if (positionals.length === 1 && kept.length === 1) io.stdout(`${JSON.stringify(kept[0], null, 2)}\n`);
    else if (kept.length) io.stdout(`${JSON.stringify(kept, null, 2)}\n`);
  } else if (format === 'ics' && kept.length) {
    io.stdout(toICS(kept, ics));
  }
  return failed ? 1 : 0;
}
