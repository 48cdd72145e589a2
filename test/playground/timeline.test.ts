/**
 * The playground's timeline, without a browser: lanes of nested and
 * overlapping sessions, wall-clock minutes in the programme's zone, and the
 * SVG it writes (one bar with a tooltip per session, text escaped).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineRange } from '../../playground/src/diagnostics.js';
import { buildTimelines, layoutLanes, minutesIn, timelineSVG } from '../../playground/src/timeline.js';
import { parseProgramme } from '../../src/index.js';

const example = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'journee-numerique.md'), 'utf8');

describe('layoutLanes', () => {
  it('keeps sessions that follow each other in one lane', () => {
    expect(layoutLanes([{ start: 540, end: 570 }, { start: 570, end: 615 }, { start: 630, end: 720 }])).toEqual([0, 0, 0]);
  });

  it('puts a session held in another one in the lane above, whatever the input order', () => {
    expect(layoutLanes([{ start: 840, end: 930 }, { start: 810, end: 1020 }])).toEqual([1, 0]);
    expect(layoutLanes([{ start: 540, end: 780 }, { start: 555, end: 585 }, { start: 600, end: 630 }, { start: 780, end: 840 }])).toEqual([0, 1, 1, 0]);
  });

  it('stacks sessions that overlap, and reuses the lowest free lane', () => {
    expect(
      layoutLanes([
        { start: 600, end: 720 },
        { start: 630, end: 690 },
        { start: 660, end: 750 },
        { start: 700, end: 730 },
      ]),
    ).toEqual([0, 1, 2, 1]);
  });

  it('gives the same start to parallel sessions in different lanes, longest first', () => {
    expect(layoutLanes([{ start: 840, end: 900 }, { start: 840, end: 960 }, { start: 840, end: 930 }])).toEqual([2, 0, 1]);
  });

  it('handles no session and sessions without length', () => {
    expect(layoutLanes([])).toEqual([]);
    expect(layoutLanes([{ start: 600, end: 600 }, { start: 600, end: 600 }])).toEqual([0, 1]);
  });
});

describe('minutesIn', () => {
  it('reads the wall clock of the programme zone, not the offset written', () => {
    expect(minutesIn('2024-03-26T09:30:00+01:00', 'Europe/Paris', '2024-03-26')).toBe(570);
    expect(minutesIn('2024-03-26T08:30:00Z', 'Europe/Paris', '2024-03-26')).toBe(570);
  });

  it('counts an end past midnight on the next day', () => {
    expect(minutesIn('2024-06-22T02:00:00+02:00', 'Europe/Paris', '2024-06-21')).toBe(1440 + 120);
  });
});

describe('buildTimelines', () => {
  const programme = parseProgramme(example, { source: 'journee-numerique.md' });
  const days = buildTimelines(programme.sessions, programme.timezone);

  it('has one timeline per day and one bar per session', () => {
    expect(days.map((d) => d.day)).toEqual([...new Set(programme.sessions.map((s) => s.day))].sort());
    expect(days.flatMap((d) => d.bars).length).toBe(programme.sessions.length);
  });

  it('stacks the workshop held in the afternoon of workshops', () => {
    const first = days[0];
    const outer = first?.bars.find((b) => b.session.title === 'Ateliers de travail');
    const inner = first?.bars.find((b) => b.session.title === 'Atelier « Données ouvertes »');
    expect(outer?.lane).toBe(0);
    expect(inner?.lane).toBe(1);
    expect(first?.lanes).toBe(2);
  });

  it('draws the axis on whole hours around the sessions', () => {
    for (const day of days) {
      expect(day.from % 60).toBe(0);
      expect(day.to % 60).toBe(0);
      for (const bar of day.bars) {
        expect(bar.start).toBeGreaterThanOrEqual(day.from);
        expect(bar.end).toBeLessThanOrEqual(day.to);
      }
    }
  });

  it('runs a session without end to the next start, else one hour', () => {
    const page = parseProgramme('**25 avril 2024**\n\n* **9h :** Accueil\n* **9h30 :** Plénière\n');
    const [day] = buildTimelines(page.sessions, page.timezone);
    expect(day?.bars.map((b) => [b.start, b.end, b.endKnown])).toEqual([
      [540, 570, false],
      [570, 630, false],
    ]);
  });
});

describe('timelineSVG', () => {
  it('writes a named image with one bar and one tooltip per session', () => {
    const programme = parseProgramme(example);
    const [day] = buildTimelines(programme.sessions, programme.timezone);
    if (!day) throw new Error('no day');
    const svg = timelineSVG(day, 800);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Frise du mardi 26 mars 2024 : 6 séances de 9h à 17h"/);
    expect(svg.match(/<g class="bar /g)?.length).toBe(day.bars.length);
    expect(svg.match(/<title>/g)?.length).toBe(day.bars.length);
    expect(svg).toContain('<title>9h30–10h15 · Plénière d’ouverture · Plénière · Avec : Claire Martin (directrice du numérique, Région Occitanie)');
  });

  it('escapes the text of the page', () => {
    const programme = parseProgramme('**25 avril 2024**\n\n* **9h - 10h :** Atelier <script> & "citations"\n');
    const [day] = buildTimelines(programme.sessions, programme.timezone);
    if (!day) throw new Error('no day');
    const svg = timelineSVG(day);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#38;');
  });
});

describe('lineRange', () => {
  const text = 'un\ndeux\n\nquatre';
  it('gives the offsets of a line, without its line break', () => {
    expect(lineRange(text, 1)).toEqual({ start: 0, end: 2 });
    expect(lineRange(text, 2)).toEqual({ start: 3, end: 7 });
    expect(lineRange(text, 3)).toEqual({ start: 8, end: 8 });
    expect(text.slice(lineRange(text, 4).start, lineRange(text, 4).end)).toBe('quatre');
  });

  it('stops at the end for a line past the last one', () => {
    expect(lineRange(text, 9)).toEqual({ start: text.length, end: text.length });
  });
});
