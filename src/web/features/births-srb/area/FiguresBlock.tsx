import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SrbFigures } from '../../../../shared/contracts/srb.ts';
import {
  estWithInterval,
  FLAG_TAG_COLORS,
  flagLabel,
  fmtCount,
  fmtPct,
  fmtPeriod,
  rawWithInterval,
} from '../srb-format.ts';

/** One area's figures over one period, labelled; one column on a phone, more on a wide screen. */
export function FiguresBlock({ figures: f, testId }: { figures: SrbFigures; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Descriptions
      data-testid={testId}
      size="small"
      column={{ xs: 1, md: 2, xxl: 3 }}
      items={[
        { key: 'period', label: t('srb.fig.window'), children: fmtPeriod(f.period) },
        {
          key: 'births',
          label: t('srb.fig.births'),
          children: t('srb.fig.birthsLine', {
            births: fmtCount(f.births),
            boys: fmtCount(f.boys),
            girls: fmtCount(f.girls),
          }),
        },
        { key: 'raw', label: `${t('srb.fig.raw')} (${t('srb.fig.ci')})`, children: rawWithInterval(f) },
        {
          key: 'est',
          label: `${t('srb.fig.est')} (${t('srb.fig.ci')})`,
          children: <b>{estWithInterval(f)}</b>,
        },
        { key: 'p', label: t('srb.fig.p'), children: fmtPct(f.p_imbalanced) },
        {
          key: 'flag',
          label: t('srb.fig.flag'),
          children: <Tag color={FLAG_TAG_COLORS[f.flag]}>{flagLabel(f.flag, i18n.language)}</Tag>,
        },
      ]}
    />
  );
}
