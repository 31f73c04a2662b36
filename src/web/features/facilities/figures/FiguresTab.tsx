import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Table, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilityFiguresDto } from '../../../../shared/contracts/facilities.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate, formatMoney, formatNumber } from '../../../i18n/format.ts';
import { figuresXlsxUrl, useFigures, useProvisions } from '../api.ts';
import { percent, rateColor } from '../common/format.ts';
import { UnverifiedTag } from '../common/tags.tsx';
import { thisYear, YearSelect } from '../common/YearSelect.tsx';

type ByProvision = FacilityFiguresDto['violationsByProvision'][number];

/** "Số liệu": a year's commitment coverage, inspections done against planned, violations and fines. */
export function FiguresTab() {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear());
  const figures = useFigures(year);
  const provisions = useProvisions();
  const f = figures.data;
  const verified = (code: string) => provisions.data?.find((p) => p.code === code)?.verified ?? true;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('facilities.figures.year')}</Typography.Text>
        <YearSelect
          value={year}
          onChange={setYear}
          label={t('facilities.figures.year')}
          testId="figures-year"
        />
        <Button icon={<DownloadOutlined />} href={figuresXlsxUrl(year)} data-testid="figures-xlsx">
          {t('facilities.figures.download')}
        </Button>
        {f && (
          <Typography.Text type="secondary">
            {t('facilities.figures.scope', { name: f.scopeName })}
          </Typography.Text>
        )}
      </Space>
      <ErrorAlert error={figures.error} />
      {f && (
        <>
          <div
            style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}
            data-testid="figures-cards"
          >
            <FigureCard
              title={t('facilities.figures.coverage', { date: formatDate(f.coverageDate) })}
              value={percent(f.coverage.rate)}
              rate={f.coverage.rate}
            >
              {f.coverage.required
                ? t('facilities.coverage.counts', { ...f.coverage })
                : t('facilities.coverage.noneRequired')}
            </FigureCard>
            <FigureCard
              title={t('facilities.figures.inspections')}
              value={percent(f.inspections.rate)}
              rate={f.inspections.rate}
            >
              {f.inspections.planned
                ? t('facilities.figures.inspectionsText', { ...f.inspections })
                : t('facilities.figures.noPlan')}
            </FigureCard>
            <FigureCard
              title={t('facilities.figures.fines')}
              value={formatMoney(f.fines)}
              testId="figures-fines"
            >
              <Typography.Text style={{ display: 'block' }}>{f.finesInWords}</Typography.Text>
              <Typography.Text type="secondary">
                {t('facilities.figures.violations')}: {formatNumber(f.violations)}
              </Typography.Text>
            </FigureCard>
          </div>
          <Card size="small" title={t('facilities.figures.byProvision')}>
            <Table<ByProvision>
              data-testid="figures-provisions"
              rowKey="code"
              size="small"
              dataSource={f.violationsByProvision}
              pagination={false}
              scroll={{ x: 640 }}
              locale={{ emptyText: t('facilities.figures.noViolations') }}
              columns={[
                {
                  title: t('facilities.figures.code'),
                  dataIndex: 'code',
                  width: 170,
                  render: (code: string) => (
                    <>
                      {code} <UnverifiedTag verified={verified(code)} />
                    </>
                  ),
                },
                { title: t('facilities.figures.content'), dataIndex: 'title' },
                { title: t('facilities.figures.count'), dataIndex: 'count', width: 100, align: 'right' },
                {
                  title: t('facilities.figures.finesColumn'),
                  dataIndex: 'fines',
                  width: 160,
                  align: 'right',
                  render: (n: number) => formatMoney(n),
                },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}

/** One of the year's headline figures: big, with a bar when it is a rate, and a line saying what it counts. */
function FigureCard({
  title,
  value,
  rate,
  testId,
  children,
}: {
  title: string;
  value: string;
  rate?: number | null;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Card size="small" title={title} style={{ flex: '1 1 260px', minWidth: 0 }}>
      <Typography.Title level={2} style={{ margin: 0 }} data-testid={testId}>
        {value}
      </Typography.Title>
      {rate !== undefined && (
        <Progress percent={Math.round((rate ?? 0) * 100)} showInfo={false} strokeColor={rateColor(rate)} />
      )}
      <Typography.Text type="secondary">{children}</Typography.Text>
    </Card>
  );
}
