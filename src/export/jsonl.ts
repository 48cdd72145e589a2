/**
 * JSON Lines export: one programme per line, so many pages make one file that
 * tools can read a line at a time (`jq -c`, pandas `read_json(lines=True)`…).
 */
import type { Programme } from '../types.js';

/** One compact JSON programme per line, each line ending with `\n` (empty string for no programme). */
export function toJSONLines(programmes: Programme | readonly Programme[]): string {
  const list: readonly Programme[] = Array.isArray(programmes) ? programmes : [programmes as Programme];
  return list.map((p) => `${JSON.stringify(p)}\n`).join('');
}
