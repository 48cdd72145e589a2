import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { treeToLines, type Line } from '../../src/markdown/lines.js';
import { scanTimes } from '../../src/french/time.js';
import { extractTitle, tidy, type TitleParts } from '../../src/programme/title.js';

function firstLine(md: string): Line {
  const line = treeToLines(parseMarkdown(md), md)[0];
  if (!line) throw new Error(`no line in ${md}`);
  return line;
}

/** Extracts the title of an entry whose words start after its first time expression. */
function titleAfterTime(md: string): TitleParts {
  const line = firstLine(md);
  const t = scanTimes(line.text).times[0];
  if (!t) throw new Error(`no time in ${md}`);
  return extractTitle(line, t.index + t.text.length);
}

const parts = (title: string, more: Partial<TitleParts> = {}): TitleParts => ({
  title,
  description: null,
  location: null,
  people: null,
  ...more,
});

describe('extractTitle: plain titles', () => {
  it.each([
    ['* **9h30 - 10h15 :** Plénière', 'Plénière'],
    ['* **9h30 - 10h15 :** Plénière de lancement', 'Plénière de lancement'],
    ['#### **\\[9h–10h\\] Accueil**', 'Accueil'],
    ['* 10h : 🎤 Keynote', 'Keynote'],
    ['* 10h : Pause café.', 'Pause café'],
    ['* 10h : Atelier sur', 'Atelier'],
    ['* 10h – Accueil des participants', 'Accueil des participants'],
    ['* [9h30] Accueil', 'Accueil'],
    ['9h30 | Ouverture', 'Ouverture'],
    ['* 10h : « Le numérique responsable »', 'Le numérique responsable'],
    ['* 10h : Présentation par chaque lauréat', 'Présentation par chaque lauréat'],
  ])('%s → %s', (md, title) => {
    expect(titleAfterTime(md)).toEqual(parts(title));
  });

  it('gives a room in brackets or before a colon to the location', () => {
    expect(titleAfterTime('* 10h : Atelier données (salle 2)')).toEqual({ ...parts('Atelier données'), location: 'salle 2' });
    expect(titleAfterTime('* 10h : Salle Trégor : Rust pour les devs Python')).toEqual({ ...parts('Rust pour les devs Python'), location: 'Salle Trégor' });
  });
});

describe('extractTitle: people are set aside', () => {
  it.each([
    ['* 9h30 : Table ronde animée par Pierre Martin', 'Table ronde', 'animée par Pierre Martin'],
    ['* 9h30 : Table ronde avec Stéphanie Schaer (DINUM)', 'Table ronde', 'avec Stéphanie Schaer (DINUM)'],
    ['* 10h : Ouverture -- Stéphanie Schaer (DINUM)', 'Ouverture', 'Stéphanie Schaer (DINUM)'],
    ['* **10h** : Stéphanie Schaer (DINUM) : *Ouverture*', 'Ouverture', 'Stéphanie Schaer (DINUM)'],
    ['* 10h - Mot d’accueil de la présidente du jury Hélène Brisset', 'Mot d’accueil de la présidente du jury', 'Hélène Brisset, présidente du jury'],
    ['* 10h Atelier animé par l’équipe projet', 'Atelier', 'animé par l’équipe projet'],
    ['* 10h : Le numérique responsable par Jean Dupont, DINUM', 'Le numérique responsable', 'par Jean Dupont, DINUM'],
    ['* 17h : Rencontre avec l’autrice Fatou Sissoko-Diarra', 'Rencontre', 'avec l’autrice Fatou Sissoko-Diarra'],
    ['* 17h : Lecture par la comédienne Ysolde Kervella', 'Lecture', 'par la comédienne Ysolde Kervella'],
    [
      '* 16h45 — Yoann LE GUEN, doctorant (Université de Bretagne occidentale) : « Naufrages et registres »',
      'Naufrages et registres',
      'Yoann LE GUEN, doctorant (Université de Bretagne occidentale)',
    ],
    // A cue inside a quoted title belongs to the title.
    [
      '- 11 h 20 : « Le contrôle des algorithmes par le juge administratif », Dr Yasmina Benali-Roux (CNRS, IODE)',
      'Le contrôle des algorithmes par le juge administratif',
      ', Dr Yasmina Benali-Roux (CNRS, IODE)',
    ],
  ])('%s', (md, title, people) => {
    expect(titleAfterTime(md)).toEqual(parts(title, { people }));
  });
});

describe('extractTitle: a bold label run opening the title zone', () => {
  it('"**Séquence 1 :** Title" keeps the words after the label', () => {
    expect(extractTitle(firstLine('**Séquence 1 :** Retrait-gonflement des argiles'), 0).title).toBe('Séquence 1 : Retrait-gonflement des argiles');
  });

  it.each([
    [
      "- **Atelier A** (salle 012) : Rédiger une charte d'usage — animé par Sophie Le Bihan, magistrate",
      { title: "Atelier A : Rédiger une charte d'usage", location: 'salle 012', people: 'animé par Sophie Le Bihan, magistrate' },
    ],
    ['**Atelier B** – Interconnexions et ressources de secours (salle Canal)', { title: 'Atelier B – Interconnexions et ressources de secours', location: 'salle Canal', people: null }],
    ['- *Atelier A — salle Lantana* : « Les pères aussi »', { title: 'Atelier A : « Les pères aussi »', location: 'salle Lantana', people: null }],
  ])('a numbered label keeps the title after it: %s', (md, expected) => {
    const { title, location, people } = extractTitle(firstLine(md), 0);
    expect({ title, location, people }).toEqual(expected);
  });

  // The quotes stay: the label is part of the title, so the quoted words are not the whole title.
  it('a kind label before a colon keeps the title after it: "**Keynote d\'ouverture** : « … » — Name (Org)"', () => {
    const { title, people } = extractTitle(firstLine("**Keynote d'ouverture** : « Vingt ans de web » — Hélène MARQUET (Mozilla)"), 0);
    expect({ title, people }).toEqual({ title: "Keynote d'ouverture : « Vingt ans de web »", people: '— Hélène MARQUET (Mozilla)' });
    expect(titleAfterTime('**9:20 – 10:15** — **Keynote** : *"Open data after the AI rush"*').title).toBe('Keynote : "Open data after the AI rush"');
  });

  it('a bold run that is not a numbered label stays the title alone', () => {
    expect(extractTitle(firstLine('**Atelier cartographie** – une initiation aux SIG'), 0)).toMatchObject({ title: 'Atelier cartographie', description: 'une initiation aux SIG' });
  });

  it('"**Session IA** — Présidence : …" keeps the bold run as the title', () => {
    expect(extractTitle(firstLine('**Session IA** — Présidence : Pr Lucie Garnier (UBO)'), 0).title).toBe('Session IA');
  });
});

describe('extractTitle: "avec" before lower-case words', () => {
  it('keeps the words in the title when no role and name follow', () => {
    expect(titleAfterTime('* 18h : Atelier avec la participation des habitants').title).toBe('Atelier avec la participation des habitants');
  });
});

describe('extractTitle: descriptions are set aside', () => {
  it.each([
    ['* 10h : Atelier données : venez découvrir les outils', 'Atelier données', 'venez découvrir les outils'],
    ['* 10h : Atelier données. Nous verrons les outils.', 'Atelier données', 'Nous verrons les outils'],
    ['* **10h** *Atelier données*, description ici', 'Atelier données', 'description ici'],
    ['* **9h30 :** **Accueil** café et viennoiseries', 'Accueil', 'café et viennoiseries'],
  ])('%s', (md, title, description) => {
    expect(titleAfterTime(md)).toEqual(parts(title, { description }));
  });
});

describe('extractTitle: places are set aside', () => {
  it.each([
    ['* 10h : Conférence au Palais d’Iéna', 'Conférence', 'au Palais d’Iéna'],
    ['* 10h : Atelier, salle Pleyel', 'Atelier', 'salle Pleyel'],
    ['* 10h : Déjeuner, Hôtel de Ville', 'Déjeuner', 'Hôtel de Ville'],
    ['* 10h à Gap : Visite du site', 'Visite du site', 'Gap'],
  ])('%s', (md, title, location) => {
    expect(titleAfterTime(md)).toEqual(parts(title, { location }));
  });
});

describe('extractTitle: title before the date and time', () => {
  it('uses the zone between `from` and `to`', () => {
    const line = firstLine('* Forum des associations, samedi 9 septembre 2023 à 14h');
    const to = line.text.indexOf('samedi');
    expect(extractTitle(line, 0, to)).toEqual(parts('Forum des associations'));
  });
});

describe('tidy', () => {
  it.each([
    ['**Accueil**', 'Accueil'],
    ['Déjeuner républicain (fermé à la presse)', 'Déjeuner républicain'],
    ['Visite (réservée aux élus)', 'Visite'],
    ['Accueil, pizzas & boissons (merci à Kalipso Robotics !)', 'Accueil, pizzas & boissons'],
    ['Repas partagé (chacun apporte un plat)', 'Repas partagé'],
    ['Conseil des ministres (Station F – toute presse)', 'Conseil des ministres'],
    ['Séance plénière (pool presse)', 'Séance plénière'],
    ['Revue de presse (La Croix)', 'Revue de presse (La Croix)'],
    ['Portage d’AWX sous Debian (PHM)', 'Portage d’AWX sous Debian (PHM)'],
    ['__Titre__', 'Titre'],
    ['`code`', 'code'],
    [' : Accueil ;', 'Accueil'],
    ['Accueil -', 'Accueil'],
    ['Accueil.', 'Accueil'],
    ['Accueil\\', 'Accueil'],
    ['"Accueil"', 'Accueil'],
    ['“Accueil”', 'Accueil'],
    ['🎤 Keynote', 'Keynote'],
    ['▶️ Keynote', 'Keynote'],
    ['Accueil)', 'Accueil'],
    ['Discussion sur', 'Discussion'],
    ['Table ronde avec', 'Table ronde'],
    ['Fin de la', 'Fin'],
    ['  Plénière   de  lancement  ', 'Plénière de lancement'],
    ['Atelier (salle 2)', 'Atelier'],
    ['Atelier (sur inscription, 20 places)', 'Atelier'],
    ['Bébés lecteurs (0-3 ans)', 'Bébés lecteurs'],
    ['Lecture (adhérents)', 'Lecture (adhérents)'],
    ['Apéro des communautés 🍻', 'Apéro des communautés'],
    ['(Accueil)', '(Accueil)'],
    ['« Accueil »', 'Accueil'],
    ['Table ronde « Accueil »', 'Table ronde « Accueil »'],
    ['Le "bon" titre', 'Le "bon" titre'],
  ])('%j → %j', (input, output) => {
    expect(tidy(input)).toBe(output);
  });
});

describe('extractTitle: the speaker phrase is given once', () => {
  it('keeps "Intervention" and gives "de Stéphanie Schaer" to the people pass', () => {
    const parts = titleAfterTime('* 10h : Intervention de Stéphanie Schaer');
    expect(parts.title).toBe('Intervention');
    expect(parts.people).toBe('de Stéphanie Schaer');
  });
});
