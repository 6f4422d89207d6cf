/**
 * Memoises a pure function of a string. Drawings repeat their words ("Web server", "DB"),
 * within a scene and across the scenes a server or the live panel grades, so each distinct
 * text is read once. Bounded: the cache empties itself rather than grow without limit.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      if (cache.size >= limit) cache.clear();
      value = fn(text);
      cache.set(text, value);
    }
    return value as T;
  };
}
