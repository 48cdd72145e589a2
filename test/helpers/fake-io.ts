/**
 * A fake I/O for the CLI: files in memory, stdout and stderr collected.
 */
import type { CliIO } from '../../src/cli/run.js';

/** Builds a CLI I/O over in-memory files; `tty` makes stderr a terminal. */
export function fakeIO(files: Record<string, string | Uint8Array>, tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const api: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    stderrIsTTY: tty,
    stderrColumns: 100,
  };
  return { api, out: () => out.join(''), err: () => err.join(''), chunks: out };
}
