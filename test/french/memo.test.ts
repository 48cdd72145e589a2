import { describe, expect, it } from 'vitest';
import { clearRecogniserCaches, memoize } from '../../src/french/memo.js';
import { findDates } from '../../src/index.js';

describe('memoize and clearRecogniserCaches', () => {
  it('computes once per text until the caches are cleared', () => {
    let calls = 0;
    const length = memoize((text: string) => {
      calls++;
      return { length: text.length };
    });
    const first = length('9h30');
    expect(length('9h30')).toBe(first);
    expect(calls).toBe(1);
    clearRecogniserCaches();
    const again = length('9h30');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(calls).toBe(2);
  });

  it('a bounded cache starts over when full, and answers stay the same', () => {
    let calls = 0;
    const upper = memoize((text: string) => {
      calls++;
      return text.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toBe(4);
  });

  it('the recognisers give equal results after a clear', () => {
    const before = findDates('du 6 au 9 décembre 2022');
    clearRecogniserCaches();
    const after = findDates('du 6 au 9 décembre 2022');
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });
});
