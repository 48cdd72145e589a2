import { describe, expect, it } from 'vitest';
import { trailingParenthesis } from '../../src/french/text.js';

describe('trailingParenthesis', () => {
  it.each([
    ['Direction du numérique (DINUM)', {}, { head: 'Direction du numérique', inner: 'DINUM' }],
    ['Direction du numérique (DINUM)  ', {}, { head: 'Direction du numérique', inner: 'DINUM' }],
    ['(DINUM)', {}, { head: '', inner: 'DINUM' }],
    // The inner text may hold "(" unless flat; it never holds ")".
    ['cheffe (de projet (ANCT)', {}, { head: 'cheffe', inner: 'de projet (ANCT' }],
    ['cheffe (de projet (ANCT)', { flat: true }, { head: 'cheffe (de projet', inner: 'ANCT' }],
    ['rôle (a) et (b)', {}, { head: 'rôle (a) et', inner: 'b' }],
  ] as const)('%s %j', (text, options, expected) => {
    expect(trailingParenthesis(text, options)).toEqual(expected);
  });

  it.each([
    ['no bracket', {}],
    ['empty ()', {}],
    ['closing only)', {}],
    ['nested ((a))', {}],
    ['trailing space (a) ', { trailingSpace: false }],
    ['(((((((((((', {}],
  ] as const)('%s → null', (text, options) => {
    expect(trailingParenthesis(text, options)).toBeNull();
  });
});
