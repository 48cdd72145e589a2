import { describe, expect, it } from 'vitest';
import { toJSONLines } from '../../src/index.js';
import { programme, session } from './helpers.js';

const p = programme([session('2023-01-18T09:00:00+01:00', null, 'Accueil')], { source: 'a.md' });

describe('toJSONLines', () => {
  it('writes one compact programme per line that parses back to the same data', () => {
    const other = { ...p, source: 'b.md', title: 'Ligne\nà la ligne' };
    const text = toJSONLines([p, other]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual(p);
    expect(JSON.parse(lines[1]!)).toEqual(other);
    expect(toJSONLines(p)).toBe(lines[0] + '\n');
    expect(toJSONLines([])).toBe('');
  });
});
