/**
 * `build` remembered per argument object (weakly: forgotten with the object). The server
 * reuses a user's progress view while nothing changed (ADR 086), so what is derived from
 * one of its parts is derived once per view, not once per request.
 */
export function memoByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key)!;
    const value = build(key);
    made.set(key, value);
    return value;
  };
}
