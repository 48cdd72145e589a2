import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { readFrontMatter } from '../../src/markdown/frontmatter.js';
import type { Diagnostic } from '../../src/types.js';

function read(markdown: string) {
  const diagnostics: Diagnostic[] = [];
  const fm = readFrontMatter(parseMarkdown(markdown), diagnostics);
  return { fm, diagnostics: diagnostics.map((d) => [d.rule, d.line, d.column]) };
}

describe('readFrontMatter: YAML', () => {
  it('reads the fields deroule uses', () => {
    const { fm, diagnostics } = read(`---
title: Journée des communs
date: 2024-09-01 10:00:00 +02:00
event_start_date: 2024-09-26 09:00:00 +02:00
lieu: Lieu de la transformation publique
adresse: 77 Avenue de Ségur 75015 Paris
champs_informations:
- intitule: Horaires
  contenu: 9h-17h
---

# Programme
`);
    expect(fm).toMatchObject({
      present: true,
      title: 'Journée des communs',
      date: '2024-09-01 10:00:00 +02:00',
      eventStart: '2024-09-26 09:00:00 +02:00',
      place: 'Lieu de la transformation publique',
      address: '77 Avenue de Ségur 75015 Paris',
      fields: [{ label: 'Horaires', content: '9h-17h' }],
      line: 1,
    });
    expect(diagnostics).toEqual([]);
  });

  it('reports invalid YAML at its line and keeps what came before', () => {
    const { fm, diagnostics } = read(`---
title: Journée
adresse: '42 avenue des Gobelins
---
`);
    expect(fm.title).toBe('Journée');
    expect(diagnostics.map(([rule]) => rule)).toEqual(['invalid-front-matter']);
  });
});

describe('readFrontMatter: TOML (Hugo)', () => {
  it('reads the fields, those under [params] too, and keeps the written offset of dates', () => {
    const { fm, diagnostics } = read(`+++
title = "Meetup Python Nantes #42"
date = 2024-11-04T08:00:00+01:00
draft = false
[params]
  lieu = "Cantine numérique, 11 impasse Juton, 44000 Nantes"
+++

Le prochain meetup aura lieu le **jeudi 21 novembre 2024**.
`);
    expect(fm).toMatchObject({
      present: true,
      title: 'Meetup Python Nantes #42',
      date: '2024-11-04T08:00:00.000+01:00',
      place: 'Cantine numérique, 11 impasse Juton, 44000 Nantes',
      line: 1,
    });
    expect(diagnostics).toEqual([]);
  });

  it('reports invalid TOML at its line and column and reads the page without it', () => {
    const { fm, diagnostics } = read('+++\ntitle = "x"\ndate = \n+++\n\nTexte.\n');
    expect(fm).toMatchObject({ present: true, title: null });
    expect(diagnostics).toEqual([['invalid-front-matter', 3, 8]]);
  });

  it('reports a placeholder value at its line and column', () => {
    const { diagnostics } = read('+++\ntitle = "Journée"\ninscription = "lien à ajouter"\n+++\n');
    expect(diagnostics).toEqual([['placeholder', 3, 16]]);
  });
});
