import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../src/parse.js';
import { readTalkClause } from '../../src/programme/prose.js';

const sessions = (md: string) =>
  parseProgramme(md, { referenceDate: '2024-01-01' }).sessions.map((s) => [
    s.start.slice(0, 16),
    s.title,
    s.speakers.map((p) => [p.name, p.role, p.organisation]),
  ]);

describe('a programme written as running text', () => {
  it('one session per clause that opens with its time, after a programme cue', () => {
    expect(
      sessions(
        'Le prochain meetup aura lieu le **jeudi 21 novembre 2024** à la Cantine.\n\nAu programme de la soirée : dès 19h00, accueil autour de quelques boissons ; à 19h30, Margot Leblanc (Alan) nous parlera de « Typer un vieux projet Django » ; vers 20h15, Idriss Moulin présentera « pyproject.toml : le tour complet ». On termine à partir de 21h avec pizzas et discussions libres.\n',
      ),
    ).toEqual([
      ['2024-11-21T19:00', 'Accueil autour de quelques boissons', []],
      ['2024-11-21T19:30', 'Typer un vieux projet Django', [['Margot Leblanc', null, 'Alan']]],
      ['2024-11-21T20:15', 'pyproject.toml : le tour complet', [['Idriss Moulin', null, null]]],
      ['2024-11-21T21:00', 'Pizzas et discussions libres', []],
    ]);
  });

  it.each([
    // No programme cue: times in running text stay diagnostics.
    'Le **jeudi 21 novembre 2024**, accueil dès 19h00 ; à 19h30, une conférence.\n',
    // One timed clause is not a programme.
    'Le **jeudi 21 novembre 2024**. Au programme : dès 19h00, accueil et conférence.\n',
    // Times that do not open their clause.
    'Le **jeudi 21 novembre 2024**. Au programme : une conférence qui commence à 19h00 ; un débat qui finit vers 21h.\n',
  ])('%s gives no session', (md) => {
    const p = parseProgramme(md, { referenceDate: '2024-01-01' });
    expect(p.sessions).toEqual([]);
    expect(p.diagnostics.filter((d) => d.rule === 'not-a-session').length).toBeGreaterThan(0);
  });
});

describe('readTalkClause', () => {
  it.each([
    ['Margot Leblanc (Alan) nous parlera de « Typer un vieux projet »', 'Margot Leblanc (Alan)', 'Typer un vieux projet'],
    ['Idriss Moulin, mainteneur de Hatch, présentera « pyproject.toml »', 'Idriss Moulin, mainteneur de Hatch,', 'pyproject.toml'],
  ])('%s', (clause, people, title) => {
    expect(readTalkClause(clause)).toEqual({ people, title });
  });

  it('a clause without a quoted title is not a talk', () => {
    expect(readTalkClause('accueil autour de quelques boissons')).toBeNull();
  });
});

describe('a public meeting announced in sentences', () => {
  it('"débutera à 18h30 par …" and "sera suivie, à 18h45, d\'une …" each open a session; the title line over the date is the event', () => {
    expect(
      sessions(
        "# Réunion publique d'information sur l'eau potable\n\n**réunion publique d'information**\n**le jeudi 22 janvier 2026 à 18h30**\n\nLa réunion débutera à 18h30 par un mot d'accueil de Mme la Préfète de la Drôme, Nathalie Guérin-Sauvage, et de M. Régis Tardy, maire de la commune.\n\nElle sera suivie, à 18h45, d'une présentation des résultats conduites depuis l'été par la directrice de la délégation départementale de l'ARS, Mme Fabienne Koller, accompagnée du Dr Thomas Achard, médecin inspecteur de santé publique.\n\nÀ partir de 19h30, un temps d'échanges avec la salle, animé par M. Lionel Brunet, sous-préfet de Nyons, permettra de répondre aux questions.\n",
      ),
    ).toEqual([
      ['2026-01-22T18:30', "Mot d'accueil", [['Nathalie Guérin-Sauvage', 'Préfète de la Drôme', null], ['Régis Tardy', 'maire de la commune', null]]],
      ['2026-01-22T18:45', "Présentation des résultats conduites depuis l'été", [['Fabienne Koller', 'directrice de la délégation départementale', 'ARS'], ['Thomas Achard', 'médecin inspecteur de santé publique', null]]],
      ['2026-01-22T19:30', "un temps d'échanges avec la salle", [['Lionel Brunet', 'sous-préfet de Nyons', null]]],
    ]);
  });

  it('a sentence that only says when the meeting starts is no session', () => {
    expect(sessions('**12 mars 2024**\n\nLa réunion débutera à 18h30 au gymnase.\n')).toEqual([]);
  });
});
