import { describe, expect, it } from 'vitest';
import type { SrbFigures } from './contracts/srb.ts';
import { nationalTargetFor } from './srb-targets.ts';
import { explainSrb, periodWords } from './srb-text.ts';

const figures: SrbFigures = {
  area_code: '03646',
  parent_code: '14',
  level: 'area',
  period: '2023-2025',
  births: 812,
  boys: 430,
  girls: 382,
  srb_raw: 112.57,
  srb_raw_lo95: 97.81,
  srb_raw_hi95: 129.93,
  srb_est: 109.4,
  srb_lo95: 104.1,
  srb_hi95: 118.2,
  p_above_threshold: 0.71,
  p_imbalanced: 0.62,
  flag: 'watch',
};

describe('SRB in plain Vietnamese', () => {
  it('reads a window, the raw ratio with its range, the model and the verdict', () => {
    expect(periodWords('2023-2025')).toBe('3 năm 2023–2025');
    expect(periodWords('2025')).toBe('năm 2025');
    const text = explainSrb(figures, 'Phường Tô Hiệu');
    expect(text[0]).toBe(
      'Trong 3 năm 2023–2025, Phường Tô Hiệu có 812 trẻ sinh ra được ghi nhận (430 trai, 382 gái).',
    );
    expect(text[1]).toContain('cứ 100 bé gái có 112,6 bé trai');
    expect(text[1]).toContain('từ 97,8 đến 129,9 (khoảng tin cậy 95%), nên một con số thô đơn lẻ');
    expect(text[2]).toContain('ước lượng 109,4, nhiều khả năng nằm trong khoảng 104,1–118,2');
    expect(text[2]).toContain('đang mất cân bằng giới tính khi sinh: 62%');
    expect(text[3]).toContain('cần theo dõi thêm');
    expect(explainSrb({ ...figures, flag: 'insufficient' }, 'X').at(-1)).toContain(
      'chưa đủ số liệu để kết luận',
    );
  });

  it('picks the national target of the year: the first milestone not yet passed', () => {
    expect(nationalTargetFor(2024)).toEqual({ year: 2025, below: 109, verified: true });
    expect(nationalTargetFor(2025)).toEqual({ year: 2025, below: 109, verified: true });
    expect(nationalTargetFor(2026)).toEqual({ year: 2030, below: 107, verified: false });
    expect(nationalTargetFor(2031)).toBeNull();
  });
});
