import { describe, expect, it } from 'vitest';
import { isBlock, parsePastedBlock, placeBlock } from './paste-block.ts';

describe('parsePastedBlock', () => {
  it('reads an Excel copy: tabs between cells, CRLF between rows, a final line break', () => {
    expect(parsePastedBlock('12.500\t3 100\r\n9800\t2400\r\n')).toEqual([
      ['12.500', '3 100'],
      ['9800', '2400'],
    ]);
  });

  it('keeps empty cells in place and reads quoted cells holding a tab or a line break', () => {
    expect(parsePastedBlock('1\t\t3\n"a\tb"\t"x\ny"\t5')).toEqual([
      ['1', '', '3'],
      ['a\tb', 'x\ny', '5'],
    ]);
  });

  it('reads nothing from an empty paste', () => {
    expect(parsePastedBlock('')).toEqual([]);
    expect(parsePastedBlock('\r\n')).toEqual([]);
  });

  it('tells a block from one value (Excel adds a line break after a single cell too)', () => {
    expect(isBlock('1500\r\n')).toBe(false);
    expect(isBlock('1500')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
    expect(isBlock('1\n2')).toBe(true);
  });
});

describe('placeBlock', () => {
  it('fills rightwards and downwards from the cell pasted into, counting what falls off the grid', () => {
    const block = [
      ['1', '2', '3'],
      ['4', '5', '6'],
    ];
    expect(placeBlock(block, { row: 4, col: 2 }, { rows: 5, cols: 4 })).toEqual({
      cells: [
        { row: 4, col: 2, text: '1' },
        { row: 4, col: 3, text: '2' },
      ],
      dropped: 4,
    });
    expect(placeBlock(block, { row: 0, col: 0 }, { rows: 5, cols: 4 }).cells).toHaveLength(6);
  });
});
