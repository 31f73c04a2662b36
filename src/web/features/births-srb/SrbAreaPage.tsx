import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Select, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { nationalTargetFor } from '../../../shared/srb-targets.ts';
import { explainSrb } from '../../../shared/srb-text.ts';
import { ApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { areaPath, useSrbArea } from './api.ts';
import { ByOrderCard } from './area/ByOrderCard.tsx';
import { explainSrbEn } from './area/explain-en.ts';
import { FiguresBlock } from './area/FiguresBlock.tsx';
import { YearsTable } from './area/YearsTable.tsx';
import { TrendChart } from './charts/TrendChart.tsx';
import { WINDOWS } from './overview/SrbControls.tsx';
import { SrbExplanation } from './SrbExplanation.tsx';
import { SimulatedBanner, SrbHeader } from './SrbHeader.tsx';

/** One commune, old district or the province: what its figures say, its years, its birth orders. */
export default function SrbAreaPage() {
  const { code } = useParams();
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('window'));
  const window = WINDOWS.includes(asked) ? asked : 3;
  const area = useSrbArea(code, window);
  const a = area.data;

  const windowPicker = (
    <Space size={6}>
      <Typography.Text type="secondary">{t('srb.controls.window')}</Typography.Text>
      <Select
        data-testid="srb-area-window"
        value={window}
        onChange={(w) => setParams({ window: String(w) }, { replace: true })}
        options={WINDOWS.map((w) => ({ value: w, label: t('srb.controls.years', { count: w }) }))}
        style={{ width: 92 }}
      />
    </Space>
  );

  if (area.error)
    return (
      <>
        <SrbHeader />
        {area.error instanceof ApiError && area.error.status === 404 ? (
          <Alert type="warning" showIcon title={t('srb.area.notFound')} data-testid="srb-area-not-found" />
        ) : (
          <ErrorAlert error={area.error} />
        )}
        <Link to="/births-srb">
          <ArrowLeftOutlined /> {t('srb.area.backToOverview')}
        </Link>
      </>
    );
  if (!a)
    return (
      <>
        <SrbHeader />
        <Spin style={{ display: 'block', margin: 48 }} />
      </>
    );

  const endYear = a.trend.at(-1)?.year;
  const target = endYear ? nationalTargetFor(endYear) : null;
  const explanation = a.latest
    ? i18n.language === 'en'
      ? explainSrbEn(a.latest, a.name)
      : explainSrb(a.latest, a.name)
    : [];
  return (
    <>
      <SrbHeader extra={windowPicker} />
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="srb-area-name">
          {a.name}
        </Typography.Title>
        <Tag>{t(`srb.levels.${a.level}`)}</Tag>
      </Space>
      <SimulatedBanner simulated={a.simulated} />
      {!a.latest ? (
        <Alert type="info" showIcon title={t('srb.noData')} />
      ) : (
        <>
          <Card size="small" title={t('srb.area.summary')} data-testid="srb-area-summary">
            {explanation.map((line) => (
              <Typography.Paragraph key={line} style={{ maxWidth: 860, marginBottom: 8 }}>
                {line}
              </Typography.Paragraph>
            ))}
          </Card>
          <Card size="small" title={t('srb.area.trend')} style={{ marginTop: 16 }}>
            <TrendChart
              trend={a.trend}
              window={a.settings.window}
              natural={a.settings.naturalRange}
              target={target}
            />
          </Card>
          <ByOrderCard byOrder={a.byOrder} natural={a.settings.naturalRange} target={target} />
          {a.level !== 'province' && a.province && (
            <Card
              size="small"
              title={t('srb.area.provinceCompare')}
              style={{ marginTop: 16 }}
              extra={<Link to={areaPath(a.province.area_code, window)}>{t('srb.area.openProvince')}</Link>}
            >
              <FiguresBlock figures={a.province} testId="srb-area-province" />
            </Card>
          )}
          <YearsTable trend={a.trend} />
          <SrbExplanation settings={a.settings} />
        </>
      )}
    </>
  );
}
