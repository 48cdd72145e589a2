/**
 * Stable session identifiers: the same page, start and title give the same id
 * on every run and every machine, so calendars update events instead of
 * duplicating them.
 */
import { foldWords } from '../french/text.js';

/** cyrb53: a fast 53-bit string hash with good spread (public domain). */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Derives a session id from the source name, the local start (`YYYY-MM-DDTHH:MM`) and the title. */
export function sessionId(source: string | null, start: string, title: string): string {
  const words = foldWords(title);
  const key = `${source ?? ''}\u0000${start}\u0000${words}`;
  const slug = words.split(' ').slice(0, 5).join('-').slice(0, 40) || 'session';
  return `${start.slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}-${slug}-${hash53(key).toString(36)}`;
}
