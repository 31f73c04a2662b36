import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { SrbFigures } from '../../../shared/contracts/srb.ts';
import {
  estWithInterval,
  FLAG_TAG_COLORS,
  flagLabel,
  fmtCount,
  fmtPct,
  rawWithInterval,
} from './srb-format.ts';

/**
 * The table columns of an area's figures (births, raw and estimate with their intervals,
 * probability of imbalance, flag), shared by the watch-list, the birth-order and the year tables.
 * `pick` finds the figures in the row.
 */
export function figureColumns<T>(
  t: TFunction,
  language: string,
  pick: (row: T) => SrbFigures,
): ColumnsType<T> {
  return [
    {
      title: t('srb.fig.births'),
      key: 'births',
      width: 90,
      align: 'right',
      render: (_v, r) => fmtCount(pick(r).births),
    },
    {
      title: `${t('srb.fig.raw')} (${t('srb.fig.ci')})`,
      key: 'raw',
      width: 160,
      render: (_v, r) => <span style={{ whiteSpace: 'nowrap' }}>{rawWithInterval(pick(r))}</span>,
    },
    {
      title: `${t('srb.fig.est')} (${t('srb.fig.ci')})`,
      key: 'est',
      width: 160,
      render: (_v, r) => (
        <span data-testid="srb-est" style={{ whiteSpace: 'nowrap' }}>
          {estWithInterval(pick(r))}
        </span>
      ),
    },
    {
      title: t('srb.fig.p'),
      key: 'p',
      width: 90,
      align: 'right',
      render: (_v, r) => (
        <span data-testid="srb-p" data-value={pick(r).p_imbalanced}>
          {fmtPct(pick(r).p_imbalanced)}
        </span>
      ),
    },
    {
      title: t('srb.fig.flag'),
      key: 'flag',
      width: 160,
      render: (_v, r) => (
        <Tag color={FLAG_TAG_COLORS[pick(r).flag]} style={{ whiteSpace: 'normal' }}>
          {flagLabel(pick(r).flag, language)}
        </Tag>
      ),
    },
  ];
}
