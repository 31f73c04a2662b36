import { Progress, Typography } from 'antd';
import type { ReactNode } from 'react';
import { HowComputedLink } from '../../components/HowComputed.tsx';
import { formatPercent } from '../../i18n/format.ts';

/**
 * A rate as a small dial with its name under it ("Tỷ lệ báo cáo 79,2%") and, when given, the
 * counts it comes from; a dash when there is none. `figure` names its definition in the figures
 * catalogue, opened by "Cách tính" (issue 13: every figure on screen says how it was computed).
 */
export function RateFigure({
  label,
  rate,
  caption,
  testId,
  figure,
}: {
  label: string;
  figure?: string;
  rate: number | null;
  caption?: ReactNode;
  testId?: string;
}) {
  const pct = rate == null ? 0 : Math.min(100, rate * 100);
  return (
    <div style={{ textAlign: 'center', minWidth: 110 }} data-testid={testId}>
      <Progress
        type="dashboard"
        size={104}
        percent={pct}
        status={rate != null && rate > 1 ? 'exception' : 'normal'}
        format={() => formatPercent(rate)}
      />
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {label}
      </Typography.Text>
      {figure && <HowComputedLink figure={figure} />}
      {caption && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {caption}
        </Typography.Text>
      )}
    </div>
  );
}
