/**
 * A small bounded cache for the recognisers: the assembly asks about the same
 * line several times (is it an entry, a day heading, the event's date?), and
 * the recognisers are pure functions of the text.
 */

const caches: Map<string, unknown>[] = [];

/**
 * Empties every recogniser cache. Results never depend on the caches; this
 * frees their memory (at most a few thousand lines each) and lets a
 * benchmark time a page as if it were seen for the first time.
 */
export function clearRecogniserCaches(): void {
  for (const cache of caches) cache.clear();
}

/** Wraps a pure function of a string with a cache of at most `size` entries. */
export function memoize<T>(fn: (text: string) => T, size = 8192): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= size) cache.clear();
    cache.set(text, value);
    return value;
  };
}
