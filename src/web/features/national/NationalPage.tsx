import { Alert, Breadcrumb, Card, Col, InputNumber, Row, Spin, Statistic, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CommuneMap } from '../births-srb/map/CommuneMap.tsx';
import { MapLegend } from '../births-srb/map/MapLegend.tsx';
import { MapPanel } from '../births-srb/map/MapPanel.tsx';
import { useNationalOverview, useProvinceBoundaries, useProvinceSrb } from './api.ts';
import { NationalTargetsCard, targetPhrase } from './NationalTargetsCard.tsx';
import { ProvincesTable } from './ProvincesTable.tsx';

/**
 * The national page (Cục Dân số and the system administrator): every enabled province's SRB — the
 * province's own estimate — on a map of the 34 provinces that opens a province's communes, and a
 * table of who has issued the year's plan and sent the consolidated report.
 */
export default function NationalPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useState(Number(params.get('year')) || new Date().getFullYear());
  const province = params.get('province');
  const overview = useNationalOverview(year);
  const boundaries = useProvinceBoundaries();
  const drill = useProvinceSrb(province, year);
  const mapCard = useRef<HTMLDivElement>(null);
  const open = (code: string | null) => {
    const next = new URLSearchParams(params);
    if (code) next.set('province', code);
    else next.delete('province');
    setParams(next);
    // Below the table on a screen too narrow for both side by side: bring the map into view.
    mapCard.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  };
  const data = overview.data;
  const provinceName = data?.provinces.find((p) => p.code === province)?.name ?? province;

  return (
    <>
      <PageHeader
        title={t('national.title')}
        extra={
          <InputNumber
            aria-label={t('national.year')}
            addonBefore={t('national.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            style={{ width: 150 }}
          />
        }
      />
      {overview.error && <ErrorAlert error={overview.error} />}
      {!data ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('national.figures.provinces')} value={data.figures.provinces} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small" data-testid="national-issued-count">
                <Statistic title={t('national.figures.issued')} value={data.figures.withIssuedPlan} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('national.figures.sent')} value={data.figures.withReportSent} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  // The milestone that applies to the year (2030's for 2027), named by its own year.
                  title={t('national.figures.srbTarget', { year: data.srbTarget?.year ?? year })}
                  value={data.srbTarget ? targetPhrase(data.srbTarget, i18n.language) : '—'}
                  valueStyle={{ fontSize: 18 }}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            {/* Side by side on a wide screen; below, the table first: who issued and who sent is
                what the page is opened for, and its last columns must not hide behind a scroll. */}
            <Col xs={{ span: 24, order: 2 }} xxl={{ span: 10, order: 1 }} ref={mapCard}>
              <Card
                size="small"
                title={province ? undefined : t('national.map.title')}
                // A map drawn wider than this would stretch the country out of shape.
                styles={{ body: { maxWidth: 640, margin: '0 auto' } }}
              >
                {province ? (
                  <>
                    <Breadcrumb
                      style={{ marginBottom: 8 }}
                      items={[
                        {
                          title: (
                            <Typography.Link onClick={() => open(null)}>
                              {t('national.map.country')}
                            </Typography.Link>
                          ),
                        },
                        { title: provinceName },
                      ]}
                    />
                    {drill.error && <ErrorAlert error={drill.error} />}
                    {drill.data ? (
                      // The seam for the per-province commune boundaries (reference/geo/NN-communes.json):
                      // a province without them says so here and keeps its table row.
                      <MapPanel
                        e={drill.data}
                        areas={drill.data.areas.filter((a) => a.level === 'area')}
                        colorBy="est"
                        onOpen={() => {}}
                      />
                    ) : (
                      !drill.error && <Spin style={{ display: 'block', margin: 48 }} />
                    )}
                  </>
                ) : boundaries.error ? (
                  <ErrorAlert error={boundaries.error} />
                ) : !boundaries.data ? (
                  <Spin style={{ display: 'block', margin: 48 }} />
                ) : (
                  <>
                    <CommuneMap
                      province="VN"
                      boundaries={boundaries.data}
                      figures={data.provinces.flatMap((p) => (p.srb ? [p.srb] : []))}
                      names={Object.fromEntries(data.provinces.map((p) => [p.code, p.name]))}
                      settings={data.settings}
                      colorBy="est"
                      onOpen={open}
                    />
                    <MapLegend colorBy="est" settings={data.settings} />
                    <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0 0' }}>
                      {t('national.map.hint')}
                    </Typography.Paragraph>
                  </>
                )}
              </Card>
            </Col>
            <Col xs={{ span: 24, order: 1 }} xxl={{ span: 14, order: 2 }}>
              <ProvincesTable rows={data.provinces} onOpen={open} />
              {data.provinces.some((p) => p.simulated) && (
                <Alert type="warning" showIcon style={{ marginTop: 8 }} message={t('national.simulated')} />
              )}
            </Col>
          </Row>
          <div style={{ marginTop: 16 }}>
            <NationalTargetsCard canWrite={me.role === 'admin' || me.role === 'national_reader'} />
          </div>
        </>
      )}
    </>
  );
}
