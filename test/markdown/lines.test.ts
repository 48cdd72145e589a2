import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { liveText, treeToLines, type Line } from '../../src/markdown/lines.js';

const lines = (md: string): Line[] => treeToLines(parseMarkdown(md), md);
const texts = (md: string): string[] => lines(md).map((l) => l.text);

describe('treeToLines: blocks', () => {
  it('headings, paragraphs and list items, with depth', () => {
    const ls = lines('# Programme\n\n**25 avril**\n\n* **9h30 - 10h15 :** Plénière\n* 10h15 Pause\n  * sous-point\n');
    expect(ls.map((l) => [l.text, l.block, l.depth, l.first])).toEqual([
      ['Programme', 'heading', 1, true],
      ['25 avril', 'paragraph', 0, true],
      ['9h30 - 10h15 : Plénière', 'listItem', 1, true],
      ['10h15 Pause', 'listItem', 1, true],
      ['sous-point', 'listItem', 2, true],
    ]);
  });

  it.each([1, 2, 3, 4, 5, 6])('heading depth %i', (depth) => {
    const [l] = lines(`${'#'.repeat(depth)} Titre`);
    expect(l).toBeDefined();
    expect(l!.block).toBe('heading');
    expect(l!.depth).toBe(depth);
    expect(l!.text).toBe('Titre');
  });

  it('list items of one list share a container; each item is its own group', () => {
    const ls = lines('1. premier\n2. second\n\n- autre liste');
    expect(ls[0]!.containerId).toBe(ls[1]!.containerId);
    expect(ls[2]!.containerId).not.toBe(ls[0]!.containerId);
    expect(new Set(ls.map((l) => l.groupId)).size).toBe(3);
  });

  it('front matter is not a line', () => {
    expect(texts('---\ntitle: X\ndate: 2018-04-01\n---\n\nTexte')).toEqual(['Texte']);
  });

  it('blockquotes are read', () => {
    expect(lines('> 9h Accueil').map((l) => [l.text, l.block])).toEqual([['9h Accueil', 'paragraph']]);
  });

  it('HTML comments give no line', () => {
    expect(texts('<!-- commentaire -->\n\nTexte')).toEqual(['Texte']);
  });
});

describe('treeToLines: line breaks', () => {
  it('hard breaks and <br> split lines of the same paragraph', () => {
    const ls = lines('Ligne un  \nLigne deux<br>Ligne trois');
    expect(ls.map((l) => [l.text, l.first])).toEqual([
      ['Ligne un', true],
      ['Ligne deux', false],
      ['Ligne trois', false],
    ]);
    expect(new Set(ls.map((l) => l.groupId)).size).toBe(1);
  });

  it.each(['Texte<br/>Suite', 'Texte<br />Suite', 'Texte<BR>Suite'])('%s splits', (md) => {
    expect(texts(md)).toEqual(['Texte', 'Suite']);
  });

  it('a soft break before a time starts a new line; one that only wraps text is joined', () => {
    expect(texts('Paragraphe un\nsuite du paragraphe.\n9h Accueil\n10h Atelier')).toEqual([
      'Paragraphe un suite du paragraphe.',
      '9h Accueil',
      '10h Atelier',
    ]);
    expect(texts('9h Accueil\nsuite du texte\n10h Atelier')).toEqual(['9h Accueil suite du texte', '10h Atelier']);
  });

  it('a soft break after a sentence end splits', () => {
    expect(texts('Accueil.\nPuis atelier')).toEqual(['Accueil.', 'Puis atelier']);
  });

  it('a soft break before a people cue splits', () => {
    expect(texts('Le matin\navec Jean Dupont')).toEqual(['Le matin', 'avec Jean Dupont']);
  });

  it('a soft break after a bold run splits', () => {
    expect(texts('**Titre en gras**\nsuite')).toEqual(['Titre en gras', 'suite']);
  });

  it('in a timed entry laid out in columns, a capitalised line after a complete one splits', () => {
    expect(texts('9 h 45       Arrivée de la ministre à la gare du Mans\n             Accueil par le préfet de la Sarthe\n             Tour d’images')).toEqual([
      '9 h 45 Arrivée de la ministre à la gare du Mans',
      'Accueil par le préfet de la Sarthe',
      'Tour d’images',
    ]);
    // A line ending on a joining word goes on; so does a paragraph that opens with no time.
    expect(texts('11 h 30 Table ronde avec les\nÉlus du territoire')).toEqual(['11 h 30 Table ronde avec les Élus du territoire']);
    expect(texts('Le séminaire réunit\nChercheurs et élus')).toEqual(['Le séminaire réunit Chercheurs et élus']);
  });
});

describe('treeToLines: text and spans', () => {
  it('Markdown marks are removed and strong/emphasis/delete become spans', () => {
    const [l] = lines('Texte avec ~~barré~~ et _emph_ et **gras**.');
    expect(l!.text).toBe('Texte avec barré et emph et gras.');
    expect(l!.spans).toEqual([
      { kind: 'delete', start: 11, end: 16 },
      { kind: 'emphasis', start: 20, end: 24 },
      { kind: 'strong', start: 28, end: 32 },
    ]);
  });

  it('links are spans with their url', () => {
    const [l] = lines('Voir [le site](/site) et **ceci**.');
    expect(l!.text).toBe('Voir le site et ceci.');
    expect(l!.spans).toEqual([
      { kind: 'link', start: 5, end: 12, url: '/site' },
      { kind: 'strong', start: 16, end: 20 },
    ]);
  });

  it('inline code keeps its text', () => {
    expect(texts('Texte avec `code` ici')).toEqual(['Texte avec code ici']);
  });

  it('escaped brackets are plain text', () => {
    const [l] = lines('#### **\\[9h–10h\\] Accueil**');
    expect(l!.text).toBe('[9h–10h] Accueil');
    expect(l!.spans).toEqual([{ kind: 'strong', start: 0, end: 16 }]);
  });

  it('Unicode spaces are normalised, zero-width characters dropped, runs of spaces collapsed', () => {
    expect(texts('Un texte\u00a0avec\u202fespaces  doubles.')).toEqual(['Un texte avec espaces doubles.']);
    expect(texts('Ligne\u200b un\u00ad')).toEqual(['Ligne un']);
  });
});

describe('treeToLines: tables', () => {
  it('GFM tables become rows with cells, the first row a header', () => {
    const ls = lines('| Horaire | Intitulé |\n|---|---|\n| 9h-10h | Accueil |\n| 10h-11h | *Atelier* [lien](/atelier) |');
    expect(ls.map((l) => [l.block, l.header, l.text, l.cells?.map((c) => c.text)])).toEqual([
      ['tableRow', true, 'Horaire | Intitulé', ['Horaire', 'Intitulé']],
      ['tableRow', false, '9h-10h | Accueil', ['9h-10h', 'Accueil']],
      ['tableRow', false, '10h-11h | Atelier lien', ['10h-11h', 'Atelier lien']],
    ]);
    expect(new Set(ls.map((l) => l.containerId)).size).toBe(1);
    expect(new Set(ls.map((l) => l.groupId)).size).toBe(3);
  });

  it('cells keep their spans and positions', () => {
    const ls = lines('| Heure | Titre |\n|---|---|\n| **9h** | [Atelier](/a) |');
    const cells = ls[1]!.cells!;
    expect(cells[0]!.spans).toEqual([{ kind: 'strong', start: 0, end: 2 }]);
    expect(cells[1]!.spans).toEqual([{ kind: 'link', start: 0, end: 7, url: '/a' }]);
    expect(cells[0]!.pointAt(0)).toEqual({ line: 3, column: 5 });
    expect(cells[1]!.pointAt(0)).toEqual({ line: 3, column: 13 });
    expect(ls[1]!.pointAt(0)).toEqual({ line: 3, column: 5 });
  });

  it('HTML tables become rows too', () => {
    const ls = lines('<table>\n<tr><th>Heure</th><th>Programme</th></tr>\n<tr><td>9h</td><td>Accueil</td></tr>\n</table>');
    expect(ls.map((l) => [l.block, l.header, l.cells?.map((c) => c.text)])).toEqual([
      ['tableRow', true, ['Heure', 'Programme']],
      ['tableRow', false, ['9h', 'Accueil']],
    ]);
    expect(ls[1]!.cells![1]!.pointAt(0)).toEqual({ line: 3, column: 20 });
  });
});

describe('treeToLines: raw HTML', () => {
  it('block tags and <br> split; inline tags become spans', () => {
    expect(lines('<p>9h Accueil<br>10h Atelier</p>').map((l) => [l.text, l.block, l.first])).toEqual([
      ['9h Accueil', 'paragraph', true],
      ['10h Atelier', 'paragraph', false],
    ]);
    const [l] = lines('<div>Bloc <b>gras</b> <a href="/x">lien</a></div>');
    expect(l!.text).toBe('Bloc gras lien');
    expect(l!.spans).toEqual([
      { kind: 'strong', start: 5, end: 9 },
      { kind: 'link', start: 10, end: 14, url: '/x' },
    ]);
  });

  it('<code> becomes a code span', () => {
    const [l] = lines('<p>Voir <code>npm test</code></p>');
    expect(l!.text).toBe('Voir npm test');
    expect(l!.spans).toEqual([{ kind: 'code', start: 5, end: 13 }]);
  });

  it('scripts and styles are skipped', () => {
    expect(texts('<div><style>p{}</style>Texte<script>x()</script></div>')).toEqual(['Texte']);
  });
});

describe('treeToLines: source positions', () => {
  it('pointAt maps text indexes back to 1-based line and column', () => {
    const md = '# Programme\n\n**25 avril**\n\n* **9h30 - 10h15 :** Plénière\n* 10h15 Pause';
    const ls = lines(md);
    expect(ls[0]!.pointAt(0)).toEqual({ line: 1, column: 3 });
    expect(ls[1]!.pointAt(0)).toEqual({ line: 3, column: 3 });
    expect(ls[2]!.pointAt(0)).toEqual({ line: 5, column: 5 });
    expect(ls[2]!.pointAt(16)).toEqual({ line: 5, column: 23 });
    expect(ls[3]!.pointAt(0)).toEqual({ line: 6, column: 3 });
    expect(ls[3]!.pointAt(6)).toEqual({ line: 6, column: 9 });
  });

  it('lines split by <br> point into the same source line', () => {
    const ls = lines('Ligne un  \nLigne deux<br>Ligne trois');
    expect(ls.map((l) => l.pointAt(0))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 15 },
    ]);
  });

  it('positions after front matter count its lines', () => {
    const ls = lines('---\ntitle: X\n---\n\n* 9h Accueil');
    expect(ls[0]!.pointAt(0)).toEqual({ line: 5, column: 3 });
  });
});

describe('treeToLines: inline code', () => {
  it('marks inline code with a code span', () => {
    const [line] = lines('Texte avec `code` ici');
    expect(line?.text).toBe('Texte avec code ici');
    expect(line?.spans).toEqual([{ kind: 'code', start: 11, end: 15 }]);
  });
});

describe('treeToLines: raw HTML reads like its Markdown twin', () => {
  it('gives headings, paragraphs, list items and table rows their blocks', () => {
    const html = '<h2>Programme</h2>\n\n<p>Le <strong>mardi 21 novembre 2023</strong>.</p>\n\n<ul><li>9h : Accueil</li><li>10h : Atelier<ul><li>Claire Martin</li></ul></li></ul>\n\n<table><tr><th>Heure</th><th>Séquence</th></tr><tr><td>9h</td><td>Accueil</td></tr></table>';
    expect(lines(html).map((l) => [l.block, l.depth, l.text])).toEqual([
      ['heading', 2, 'Programme'],
      ['paragraph', 0, 'Le mardi 21 novembre 2023.'],
      ['listItem', 1, '9h : Accueil'],
      ['listItem', 1, '10h : Atelier'],
      ['listItem', 2, 'Claire Martin'],
      ['tableRow', 0, 'Heure | Séquence'],
      ['tableRow', 0, '9h | Accueil'],
    ]);
  });
});

describe('treeToLines: bullets kept as text', () => {
  it('a soft break before an escaped bullet ("\\* Atelier A") starts a new line', () => {
    const md = '**[11h15 - 12h30] Ateliers en parallèle**\n\\* **Atelier A – Eau** (salle Fontenoy)\nAvec Marc Olivier (DREAL)\n\\* **Atelier B – Écoles** (salle Ségur)\n';
    expect(treeToLines(parseMarkdown(md), md).map((l) => l.text)).toEqual([
      '[11h15 - 12h30] Ateliers en parallèle',
      '* Atelier A – Eau (salle Fontenoy)',
      'Avec Marc Olivier (DREAL)',
      '* Atelier B – Écoles (salle Ségur)',
    ]);
  });
});

describe('liveText', () => {
  it('blanks struck-out stretches and keeps the length', () => {
    const md = '~~Jeudi 4 mars, 11h00~~ Reporté au 11 mars\n';
    const [line] = treeToLines(parseMarkdown(md), md);
    expect(liveText(line!)).toBe(' '.repeat('Jeudi 4 mars, 11h00'.length) + ' Reporté au 11 mars');
  });

  it('a line with nothing struck out is its text', () => {
    const md = 'Jeudi 4 mars, 11h00\n';
    const [line] = treeToLines(parseMarkdown(md), md);
    expect(liveText(line!)).toBe('Jeudi 4 mars, 11h00');
  });
});
