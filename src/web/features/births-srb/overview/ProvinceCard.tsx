import { LineChartOutlined } from '@ant-design/icons';
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SrbFigures } from '../../../../shared/contracts/srb.ts';
import { nationalTargetFor } from '../../../../shared/srb-targets.ts';
import { areaPath } from '../api.ts';
import { FLAG_COLORS } from '../charts/tooltip.ts';
import { fmtCount, fmtInterval, fmtPeriod, fmtSrb } from '../srb-format.ts';

/** Below, above or not clearly either: the whole 95% interval decides. */
function againstTarget(f: SrbFigures, below: number): 'met' | 'notMet' | 'unsure' {
  if (f.srb_hi95 < below) return 'met';
  if (f.srb_lo95 >= below) return 'notMet';
  return 'unsure';
}

const VERDICT_COLORS = { met: 'green', notMet: 'red', unsure: 'gold' } as const;

/** The province as a whole: its estimate against the national target of the end year, the raw figure beside it. */
export function ProvinceCard({
  figures,
  name,
  endYear,
  targetSource,
  window,
}: {
  figures: SrbFigures;
  name: string;
  endYear: number;
  targetSource: string;
  window: number;
}) {
  const { t } = useTranslation();
  const target = nationalTargetFor(endYear);
  const verdict = target ? againstTarget(figures, target.below) : null;
  return (
    <Card
      size="small"
      data-testid="srb-province"
      title={name}
      extra={<Typography.Text type="secondary">{fmtPeriod(figures.period)}</Typography.Text>}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '12px 28px', alignItems: 'flex-end' }}>
        <div>
          <Typography.Text type="secondary">{t('srb.fig.est')}</Typography.Text>
          <div style={{ fontSize: 32, fontWeight: 600, lineHeight: 1.15, color: FLAG_COLORS[figures.flag] }}>
            {fmtSrb(figures.srb_est)}
          </div>
          <Typography.Text type="secondary">
            {t('srb.fig.ci')}: {fmtInterval(figures.srb_lo95, figures.srb_hi95)}
          </Typography.Text>
        </div>
        <div>
          <Typography.Text type="secondary">{t('srb.fig.raw')}</Typography.Text>
          <div style={{ fontSize: 22, lineHeight: 1.2 }}>{fmtSrb(figures.srb_raw)}</div>
          <Typography.Text type="secondary">
            {t('srb.fig.ci')}: {fmtInterval(figures.srb_raw_lo95, figures.srb_raw_hi95)}
          </Typography.Text>
        </div>
      </div>
      <Typography.Paragraph style={{ margin: '10px 0 4px' }}>
        {t('srb.fig.birthsLine', {
          births: fmtCount(figures.births),
          boys: fmtCount(figures.boys),
          girls: fmtCount(figures.girls),
        })}
      </Typography.Paragraph>
      {target ? (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text strong>
            {t('srb.province.target', { below: target.below, year: target.year })}
          </Typography.Text>{' '}
          {target.verified === false && <Tag>{t('srb.province.unverified')}</Tag>}
          {verdict && (
            <Tag color={VERDICT_COLORS[verdict]} data-testid="srb-province-verdict">
              {t(`srb.province.${verdict}`)}
            </Tag>
          )}
        </div>
      ) : (
        <Typography.Paragraph type="secondary">{t('srb.province.noTarget')}</Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('srb.province.source')} <span lang="vi">{targetSource}</span>
      </Typography.Paragraph>
      <Link to={areaPath(figures.area_code, window)} data-testid="srb-province-trend">
        <LineChartOutlined /> {t('srb.province.trend')}
      </Link>
    </Card>
  );
}
