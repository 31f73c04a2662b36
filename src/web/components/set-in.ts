/** `obj` with the value at `path` replaced, the objects and arrays on the way copied, the rest shared. */
export function setIn<T>(obj: T, path: readonly (string | number)[], value: unknown): T {
  if (!path.length) return value as T;
  const [head, ...rest] = path;
  const current = (obj ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(current) ? [...current] : { ...current }) as Record<string | number, unknown>;
  copy[head] = setIn(current[head], rest, value);
  return copy as T;
}

/** The value at `path`, or undefined where the path runs out. */
export function getIn(obj: unknown, path: readonly (string | number)[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || cur === undefined) return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}
