import { describe, expect, it } from 'vitest';
import { getIn, setIn } from './set-in.ts';

describe('setIn and getIn', () => {
  it('replaces a nested value, copying only the way to it', () => {
    const before = { a: { items: [{ n: 1 }, { n: 2 }] }, b: { kept: true } };
    const after = setIn(before, ['a', 'items', 1, 'n'], 5);
    expect(after.a.items).toEqual([{ n: 1 }, { n: 5 }]);
    expect(before.a.items[1].n).toBe(2);
    expect(after.b).toBe(before.b);
    expect(after.a.items[0]).toBe(before.a.items[0]);
    expect(Array.isArray(after.a.items)).toBe(true);
  });
  it('makes the objects a path names when they are missing, and reads undefined past the end', () => {
    expect(setIn({} as Record<string, unknown>, ['groups', 'youth'], 3)).toEqual({ groups: { youth: 3 } });
    expect(getIn({ a: null }, ['a', 'b'])).toBeUndefined();
    expect(getIn({ a: [{ b: 'x' }] }, ['a', 0, 'b'])).toBe('x');
  });
});
