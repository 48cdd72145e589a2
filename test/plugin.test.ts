import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { remarkDeroule } from '../src/plugin.js';
import { OptionError, parseProgramme } from '../src/parse.js';
import type { RemarkDerouleOptions } from '../src/plugin.js';

const page = `---
date: 2023-05-01
---

| Horaire | Intitulé |
|---|---|
| 9h - 9h30 | Accueil |

**12 juin 2023**

* 14h - 10h : Atelier données
* 17h : Fin
`;

async function run(markdown: string, options?: RemarkDerouleOptions, path?: string): Promise<VFile> {
  const processor = unified().use(remarkParse).use(remarkDeroule, options);
  const file = path ? new VFile({ value: markdown, path }) : new VFile({ value: markdown });
  const tree = processor.parse(file);
  await processor.run(tree, file);
  return file;
}

describe('remarkDeroule', () => {
  it('adds front matter and GFM syntax to the processor', () => {
    const processor = unified().use(remarkParse).use(remarkDeroule);
    const tree = processor.parse(page);
    expect(tree.children.map((c) => c.type)).toEqual(['yaml', 'table', 'paragraph', 'list']);
  });

  it('puts the programme on file.data.programme', async () => {
    const file = await run(page);
    const programme = file.data.programme;
    expect(programme).toBeDefined();
    expect(programme!.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ['Accueil', '2023-06-12T09:00:00+02:00', '2023-06-12T09:30:00+02:00'],
      ['Atelier données', '2023-06-12T14:00:00+02:00', null],
    ]);
  });

  it('gives the same programme as parseProgramme', async () => {
    const file = await run(page, { source: 'agenda.md' });
    expect(file.data.programme).toEqual(parseProgramme(page, { source: 'agenda.md' }));
  });

  it('reports diagnostics as vfile messages with place, rule and source', async () => {
    const file = await run(page);
    expect(file.messages.map((m) => [m.ruleId, m.source, m.line, m.column, m.fatal])).toEqual([
      ['end-before-start', 'deroule', 11, 3, false],
      ['end-marker', 'deroule', 12, 3, undefined],
    ]);
    expect(file.messages[0]!.reason).toBe('The range "14h - 10h" ends before it starts; the end was left out.');
    expect(file.messages[1]!.reason).toBe('"17h : Fin" marks an end, not a session.');
  });

  it('uses the file path as source unless the option names one', async () => {
    const withPath = await run(page, undefined, 'pages/agenda.md');
    expect(withPath.data.programme!.source).toBe('pages/agenda.md');
    const withOption = await run(page, { source: 'x.md' }, 'pages/agenda.md');
    expect(withOption.data.programme!.source).toBe('x.md');
    const none = await run(page);
    expect(none.data.programme!.source).toBeNull();
  });

  it('passes the timezone option on', async () => {
    const file = await run('**12 juin 2023**\n\n* 10h : Atelier\n', { timezone: 'America/Montreal' });
    expect(file.data.programme!.timezone).toBe('America/Montreal');
    expect(file.data.programme!.sessions[0]!.start).toBe('2023-06-12T10:00:00-04:00');
  });

  it('an invalid timezone rejects with OptionError', async () => {
    await expect(run(page, { timezone: 'Mars/Olympus' })).rejects.toBeInstanceOf(OptionError);
  });

  it('syntax: false leaves the processor syntax alone (no table, no front matter)', async () => {
    const processor = unified().use(remarkParse).use(remarkDeroule, { syntax: false });
    const tree = processor.parse(page);
    expect(tree.children.some((c) => c.type === 'table' || c.type === 'yaml')).toBe(false);
    const file = await run(page, { syntax: false });
    expect(file.data.programme!.sessions.map((s) => s.title)).toEqual(['Atelier données']);
  });

  it('a page without a programme leaves no messages', async () => {
    const file = await run('# À propos\n\nNous sommes 5 organismes et 1 500 acteurs.\n');
    expect(file.data.programme!.sessions).toEqual([]);
    expect(file.messages).toEqual([]);
  });
});
