/**
 * Small text helpers shared by the French recognisers: space and dash
 * normalisation, accent folding, pictograph stripping.
 */
import { memoize } from './memo.js';

/** Every Unicode space a page may hold (NBSP, narrow NBSP, thin space…) as a class body. */
const UNICODE_SPACES = '\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\t';
const SPACES_RE = new RegExp(`[${UNICODE_SPACES}]`, 'g');
const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Turns every Unicode space into a plain space and drops zero-width characters (keeps newlines). */
export function normalizeSpaces(text: string): string {
  return text.replace(ZERO_WIDTH_RE, '').replace(SPACES_RE, ' ');
}

const SPACE_RUN_RE = /\s+/g;

/** Normalises spaces, collapses runs of spaces and trims (`\s` holds every Unicode space). */
export function squash(text: string): string {
  return text.replace(ZERO_WIDTH_RE, '').replace(SPACE_RUN_RE, ' ').trim();
}

/** Lower case without accents, apostrophes unified, for matching against lexicons. */
export const fold: (text: string) => string = memoize((text: string) => {
  // Plain ASCII needs no decomposition.
  const lower = /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return lower.replace(/[’‘`´]/g, "'");
}, 8192);

/** Lower case, accents folded, every run of non-letters/digits turned into one space. */
export const foldWords: (text: string) => string = memoize((text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), 8192);

const PICTOGRAPH_RE = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\u20E3\uFE0F\u200D\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF]|\s)+/u;
const PICTOGRAPH_ANYWHERE_RE = /[\p{Extended_Pictographic}\uFE0F\u20E3\u200D]/gu;

/** Removes pictographs (emoji, keycaps, bullets like ● or ➅) at the start of a string. */
export function stripLeadingPictographs(text: string): string {
  return text.replace(PICTOGRAPH_RE, '');
}

/** True when the string holds nothing but pictographs and spaces. */
export function isOnlyPictographs(text: string): boolean {
  return text.replace(PICTOGRAPH_ANYWHERE_RE, '').trim() === '';
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds an alternation of literal words, longest first, for a regular expression. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** A text ending in a parenthesis, cut in two: what comes before it, and what it holds. */
export interface TrailingParenthesis {
  /** The text before the opening parenthesis, end trimmed ("Direction du numérique"). */
  head: string;
  /** What the parentheses hold, untrimmed ("DINUM"). */
  inner: string;
}

/**
 * "Direction du numérique (DINUM)" → head "Direction du numérique", inner
 * "DINUM". The inner text holds no ")" and is not empty; with `flat` it holds
 * no "(" either. With `trailingSpace`, spaces after the ")" are allowed.
 * A scan from the end rather than a regular expression: on "Jean ((((…" a
 * pattern like /^(.*?)\s*\(([^)]+)\)$/ tries every "(" from every start.
 */
export function trailingParenthesis(text: string, { flat = false, trailingSpace = true } = {}): TrailingParenthesis | null {
  const t = trailingSpace ? text.trimEnd() : text;
  const close = t.length - 1;
  if (close < 2 || t[close] !== ')') return null;
  const previousClose = t.lastIndexOf(')', close - 1);
  const open = flat ? t.lastIndexOf('(', close - 1) : t.indexOf('(', previousClose + 1);
  if (open < 0 || open <= previousClose || open > close - 2) return null;
  return { head: t.slice(0, open).trimEnd(), inner: t.slice(open + 1, close) };
}
