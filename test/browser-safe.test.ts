/**
 * The core must run in a browser: no Node-only import outside the CLI.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const core = files(src).filter((f) => !f.endsWith('cli.ts') && !f.includes('/cli/'));

describe('core modules', () => {
  it('are found', () => {
    expect(core.length).toBeGreaterThan(10);
  });

  it.each(core.map((f) => relative(src, f)))('%s imports no Node built-in', (file) => {
    const text = readFileSync(join(src, file), 'utf8');
    const imports = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    const builtins = imports.filter((i) => i?.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'util'].includes(i ?? ''));
    expect(builtins).toEqual([]);
  });
});

describe('exports without Node globals', () => {
  it('toCSV and toICS run where Buffer does not exist (as in a browser)', async () => {
    const { parseProgramme, toCSV, toICS } = await import('../src/index.js');
    const programme = parseProgramme('**25 avril 2024**\n\n* **9h - 10h :** Accueil\n');
    const saved = globalThis.Buffer;
    Reflect.deleteProperty(globalThis, 'Buffer');
    try {
      expect(toCSV(programme, { bom: true })).toContain('Accueil');
      expect(toICS(programme)).toContain('SUMMARY:Accueil');
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
