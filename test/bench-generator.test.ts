import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../src/index.js';
import { generateProgramme, SESSIONS_PER_DAY } from '../bench/generate.mjs';

// The benchmark's generator must write pages deroule reads back whole, or its timings measure the wrong thing.
describe('bench generator', () => {
  it.each([1, 10, 100, 1000])('writes %i sessions that parseProgramme reads back', (n) => {
    const programme = parseProgramme(generateProgramme(n), { referenceDate: '2024-01-01' });
    expect(programme.sessions).toHaveLength(n);
    expect(programme.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(programme.sessions.every((s) => s.dateKnown && s.end !== null)).toBe(true);
    const days = new Set(programme.sessions.map((s) => s.day));
    expect(days.size).toBe(Math.min(n, Math.max(2, Math.ceil(n / SESSIONS_PER_DAY))));
  });

  it('starts on the given day, skips week-ends and names speakers with their role and organisation', () => {
    const programme = parseProgramme(generateProgramme(40, { start: '2024-03-15' }), { referenceDate: '2024-01-01' });
    expect(programme.sessions[0]?.start).toBe('2024-03-15T08:30:00+01:00');
    const days = [...new Set(programme.sessions.map((s) => s.day))];
    expect(days.slice(0, 2)).toEqual(['2024-03-15', '2024-03-18']);
    const people = programme.sessions.flatMap((s) => s.speakers);
    expect(people.length).toBeGreaterThan(20);
    expect(people.some((p) => p.role && p.organisation)).toBe(true);
  });

  it('is deterministic', () => {
    expect(generateProgramme(50)).toBe(generateProgramme(50));
    expect(generateProgramme(50, { seed: 1 })).not.toBe(generateProgramme(50));
  });
});
