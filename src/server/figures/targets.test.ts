import { describe, expect, it } from 'vitest';
import { changeAgainstBaseline } from './targets.ts';

describe('a change target', () => {
  const target = {
    comparator: 'range' as const,
    value: 0.3,
    valueMax: 0.5,
    direction: 'decrease' as const,
    baselineYear: 2021,
  };

  it('is the fall since the baseline year per year, never the level', () => {
    // 112,0 in 2021 → 110,8 in 2024: 0,4 a year, met; the level 110,8 is never compared with 0,3.
    expect(changeAgainstBaseline(target, 2024, 112, 110.8)).toEqual({ change: 0.4, met: true });
    // A rise is a negative fall: not met, whatever the level.
    expect(changeAgainstBaseline(target, 2024, 108, 108.3)).toEqual({ change: -0.1, met: false });
    // Over the whole period when the target says so; an increase counted the other way.
    expect(changeAgainstBaseline({ ...target, perYear: false }, 2024, 112, 110.8).change).toBe(1.2);
    expect(
      changeAgainstBaseline({ ...target, direction: 'increase', comparator: 'gte', value: 5 }, 2023, 60, 72),
    ).toEqual({ change: 6, met: true });
  });
});
