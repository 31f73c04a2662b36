import { describe, expect, it } from 'vitest';
import { flatten, insertAt, move, newActivity, numberOf, removeAt, updateAt } from './activity-tree.ts';

const named = (title: string) => ({ ...newActivity(), title });

describe('activity tree edits', () => {
  const tree = [named('A'), { ...named('B'), children: [named('B1'), named('B2')] }, named('C')];
  const titles = (list: typeof tree) => flatten(list).map((x) => `${numberOf(x.path)} ${x.activity.title}`);

  it('numbers from the order', () => {
    expect(titles(tree)).toEqual(['1 A', '2 B', '2.1 B1', '2.2 B2', '3 C']);
  });

  it('renumbers after a move, an insertion and a removal', () => {
    expect(titles(move(tree, [1, 1], -1))).toEqual(['1 A', '2 B', '2.1 B2', '2.2 B1', '3 C']);
    expect(titles(move(tree, [0], 1))).toEqual(['1 B', '1.1 B1', '1.2 B2', '2 A', '3 C']);
    expect(titles(move(tree, [0], -1))).toEqual(titles(tree));
    expect(titles(insertAt(tree, [0], named('A+')))).toEqual([
      '1 A',
      '2 A+',
      '3 B',
      '3.1 B1',
      '3.2 B2',
      '4 C',
    ]);
    expect(titles(insertAt(tree, [1], named('B3'), true))).toContain('2.3 B3');
    expect(titles(removeAt(tree, [1, 0]))).toEqual(['1 A', '2 B', '2.1 B2', '3 C']);
  });

  it('updates one activity without touching the others', () => {
    const next = updateAt(tree, [1, 1], { title: 'B2 mới' });
    expect(titles(next)[3]).toBe('2.2 B2 mới');
    expect(next[0]).toBe(tree[0]);
    expect(tree[1].children[1].title).toBe('B2');
  });
});
