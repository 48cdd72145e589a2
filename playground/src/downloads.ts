/**
 * The three exports as files the browser saves: the library's own toICS,
 * toCSV (with a BOM, so spreadsheet programs read the accents) and the JSON
 * contract, through a Blob, an object URL and an `<a download>`.
 */
import { toCSV, toICS } from '../../src/index.js';
import type { Programme } from '../../src/types.js';

/** The formats the page offers. */
export type Format = 'ics' | 'csv' | 'json';

/** A file to save: its name, MIME type and text. */
export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

/** "journee-numerique" for "examples/journee-numerique.md", else "programme". */
export function baseName(source: string | null): string {
  const last = source?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? '';
  const clean = last.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return clean || 'programme';
}

/** The programme written in `format`, named after its source. */
export function exportFile(programme: Programme, format: Format): ExportFile {
  const name = `${baseName(programme.source)}.${format}`;
  switch (format) {
    case 'ics':
      return { name, type: 'text/calendar;charset=utf-8', content: toICS(programme) };
    case 'csv':
      return { name, type: 'text/csv;charset=utf-8', content: toCSV(programme, { bom: true }) };
    case 'json':
      return { name, type: 'application/json', content: `${JSON.stringify(programme, null, 2)}\n` };
  }
}

/** Hands a file to the browser's download. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
