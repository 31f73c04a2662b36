import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '../../../shared/contracts/reports.ts';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format.ts';
import '../activities/messages.ts';
import { ActivityKindTable } from './ActivityKindTable.tsx';

/** The report's figures as the unit would write them: activities by kind, then the other counts. */
export function FiguresView({ figures, extra }: { figures: ReportFigures; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const n = formatNumber;
  const items = [
    { key: 'participants', label: t('reports.figures.participants'), children: n(figures.participants) },
    {
      key: 'materials',
      label: t('reports.figures.materialsProduced'),
      children: n(figures.materialsProduced),
    },
    { key: 'trainees', label: t('reports.figures.trainees'), children: n(figures.trainees) },
    { key: 'cost', label: t('reports.figures.cost'), children: formatMoney(figures.cost) },
    ...(figures.commitments
      ? [
          {
            key: 'commitments',
            label: t('reports.figures.commitments'),
            children: t('reports.figures.commitmentsValue', figures.commitments),
          },
        ]
      : []),
    ...(figures.inspections
      ? [
          {
            key: 'inspections',
            label: t('reports.figures.inspections'),
            children: t('reports.figures.inspectionsValue', {
              done: n(figures.inspections.done),
              violations: n(figures.inspections.violations),
              fines: formatMoney(figures.inspections.fines),
            }),
          },
        ]
      : []),
    ...(figures.births
      ? [
          {
            key: 'births',
            label: t('reports.figures.births'),
            children: t('reports.figures.birthsValue', {
              boys: n(figures.births.boys),
              girls: n(figures.births.girls),
            }),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('reports.figures.title')}
      extra={extra}
      styles={{ header: { flexWrap: 'wrap' } }}
      style={{ marginBottom: 16 }}
      data-testid="report-figures"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('reports.figures.hint', {
          from: formatDate(figures.period.from),
          to: formatDate(figures.period.to),
        })}
      </Typography.Paragraph>
      <ActivityKindTable activities={figures.activities} />
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" bordered items={items} />
    </Card>
  );
}
