/**
 * CSV export for data journalists: one row per session, or one row per person
 * per session. Written with csv-stringify's sync API in its browser build
 * (self-contained; the Node build calls the Node-only `Buffer`), RFC 4180
 * style (CRLF, quotes when needed), and safe to open in a spreadsheet: a cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed
 * with a single quote, so no formula is ever run.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Programme } from '../types.js';

/** Options of {@link toCSV}. */
export interface CSVOptions {
  /** `session` (default): one row per session; `person`: one row per person per session. */
  by?: 'session' | 'person';
  /** Start with a UTF-8 byte order mark, for spreadsheet programs that need one to read UTF-8. */
  bom?: boolean;
  /** Write the header row (default true; false to append rows to an existing file). */
  header?: boolean;
}

/** Columns of `by: 'session'`, in order. */
export const SESSION_COLUMNS = ['file', 'day', 'start', 'end', 'title', 'kind', 'location', 'speakers', 'date_known', 'id'] as const;
/** Columns of `by: 'person'`, in order. */
export const PERSON_COLUMNS = [
  'file',
  'name',
  'role',
  'organisation',
  'acronym',
  'part',
  'session_title',
  'start',
  'session_id',
] as const;

type Row<C extends readonly string[]> = Record<C[number], string>;

function sessionRows(programme: Programme): Row<typeof SESSION_COLUMNS>[] {
  return programme.sessions.map((s) => ({
    file: programme.source ?? '',
    day: s.day,
    start: s.start,
    end: s.end ?? '',
    title: s.title,
    kind: s.kind,
    location: s.location ?? '',
    speakers: s.speakers.map((p) => p.name).join('; '),
    date_known: s.dateKnown ? 'true' : 'false',
    id: s.id,
  }));
}

function personRows(programme: Programme): Row<typeof PERSON_COLUMNS>[] {
  return programme.sessions.flatMap((s) =>
    s.speakers.map((p) => ({
      file: programme.source ?? '',
      name: p.name,
      role: p.role ?? '',
      organisation: p.organisation ?? '',
      acronym: p.organisationInfo?.acronym ?? '',
      part: p.part,
      session_title: s.title,
      start: s.start,
      session_id: s.id,
    })),
  );
}

/** Writes the sessions (or the people) of one or many programmes as CSV text. */
export function toCSV(programmes: Programme | readonly Programme[], options: CSVOptions = {}): string {
  const list: readonly Programme[] = Array.isArray(programmes) ? programmes : [programmes as Programme];
  const by = options.by ?? 'session';
  if (by !== 'session' && by !== 'person') throw new RangeError(`by must be "session" or "person", not "${String(by)}"`);
  const columns: readonly string[] = by === 'person' ? PERSON_COLUMNS : SESSION_COLUMNS;
  const rows: Record<string, string>[] = by === 'person' ? list.flatMap(personRows) : list.flatMap(sessionRows);
  return stringify(rows, {
    header: options.header ?? true,
    columns: columns.map((key) => ({ key })),
    bom: options.bom ?? false,
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
