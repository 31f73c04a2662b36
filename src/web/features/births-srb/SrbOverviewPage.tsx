import { Card, Col, Empty, Row, Spin, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  BIRTH_ORDERS,
  type BirthOrder,
  type SrbEstimatesDto,
  type SrbFigures,
} from '../../../shared/contracts/srb.ts';
import { nationalTargetFor } from '../../../shared/srb-targets.ts';
import { sortVi } from '../../../shared/text/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { areaPath, type SrbView, useSrbEstimates, watchlistUrl } from './api.ts';
import { IntervalChart } from './charts/IntervalChart.tsx';
import { MapPanel } from './map/MapPanel.tsx';
import type { ColorBy } from './map/map-scale.ts';
import { ProvinceCard } from './overview/ProvinceCard.tsx';
import { SrbControls, WINDOWS } from './overview/SrbControls.tsx';
import { WatchList } from './overview/WatchList.tsx';
import { SrbExplanation } from './SrbExplanation.tsx';
import { SimulatedBanner, SrbHeader } from './SrbHeader.tsx';
import { fmtPeriod } from './srb-format.ts';

/** The view from the address (?level=district&window=5&year=2025&order=3%2B&color=p), checked. */
function useViewParams() {
  const [params, setParams] = useSearchParams();
  const window = Number(params.get('window'));
  const year = Number(params.get('year'));
  const order = params.get('order') as BirthOrder | null;
  const view: SrbView = {
    level: params.get('level') === 'district' ? 'district' : 'commune',
    window: WINDOWS.includes(window) ? window : 3,
    year: Number.isInteger(year) && year > 1990 ? year : undefined,
    order: order && BIRTH_ORDERS.includes(order) ? order : undefined,
    province: /^\d{2}$/.test(params.get('province') ?? '') ? params.get('province')! : undefined,
  };
  const colorBy: ColorBy = params.get('color') === 'p' ? 'p' : 'est';
  const set = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v === undefined) next.delete(k);
      else next.set(k, String(v));
    setParams(next, { replace: true });
  };
  return { view, colorBy, set };
}

export default function SrbOverviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { view, colorBy, set } = useViewParams();
  const estimates = useSrbEstimates(view);
  const e = estimates.data;
  const open = useCallback((code: string) => navigate(areaPath(code, view.window)), [navigate, view.window]);

  return (
    <>
      <SrbHeader />
      <SimulatedBanner simulated={e?.simulated} />
      <ErrorAlert error={estimates.error} />
      {/* Above the empty state too: an administrator switches to a province that has births. */}
      <SrbControls
        view={view}
        years={e?.years ?? []}
        endYear={e?.endYear ?? null}
        provinces={e?.provinces ?? []}
        province={e?.province.code}
        colorBy={colorBy}
        onChange={(v) => set(v)}
        onColorBy={(color) => set({ color: color === 'est' ? undefined : color })}
      />
      {e && e.years.length === 0 ? (
        <Empty data-testid="srb-empty" description={t('srb.noData')} style={{ marginTop: 48 }}>
          <Link to="/births-srb/monthly">{t('srb.tabs.monthly')}</Link> ·{' '}
          <Link to="/births-srb/imports">{t('srb.tabs.imports')}</Link>
        </Empty>
      ) : !e ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <OverviewBody e={e} view={view} colorBy={colorBy} onOpen={open} busy={estimates.isFetching} />
      )}
    </>
  );
}

function OverviewBody({
  e,
  view,
  colorBy,
  onOpen,
  busy,
}: {
  e: SrbEstimatesDto;
  view: SrbView;
  colorBy: ColorBy;
  onOpen(code: string): void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const province = e.areas.find((a) => a.level === 'parent');
  const areas = useMemo(() => e.areas.filter((a) => a.level === 'area'), [e.areas]);
  const period = areas[0]?.period ?? province?.period;
  return (
    <div style={{ opacity: busy ? 0.7 : 1, transition: 'opacity 0.2s' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card
            size="small"
            title={e.level === 'commune' ? t('srb.map.title') : t('srb.districts.title')}
            extra={
              period && (
                <Typography.Text type="secondary">
                  {t('srb.period', { period: fmtPeriod(period) })}
                </Typography.Text>
              )
            }
          >
            {e.level === 'commune' ? (
              <MapPanel e={e} areas={areas} colorBy={colorBy} onOpen={onOpen} />
            ) : (
              <DistrictPanel e={e} areas={areas} onOpen={onOpen} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          {province && e.endYear && (
            <ProvinceCard
              figures={province}
              name={e.province.name}
              endYear={e.endYear}
              targetSource={e.targetSource}
              window={view.window}
            />
          )}
          <SrbExplanation settings={e.settings} />
        </Col>
      </Row>
      <WatchList areas={e.areas} names={e.names} downloadUrl={watchlistUrl(view)} window={view.window} />
    </div>
  );
}

function DistrictPanel({
  e,
  areas,
  onOpen,
}: {
  e: SrbEstimatesDto;
  areas: SrbFigures[];
  onOpen(code: string): void;
}) {
  const { t } = useTranslation();
  if (areas.length === 0) return <Empty description={t('srb.districts.empty')} />;
  // Vietnamese order of the names without "Huyện", "Thành phố"…
  const rows = sortVi(
    areas.map((f) => ({ key: f.area_code, label: e.names[f.area_code] ?? f.area_code, figures: f })),
    (r) => r.label.replace(/^(Huyện|Thành phố|Thị xã|Quận) /, ''),
  );
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('srb.districts.note')}
      </Typography.Paragraph>
      <IntervalChart
        rows={rows}
        natural={e.settings.naturalRange}
        target={e.endYear ? nationalTargetFor(e.endYear) : null}
        onOpen={onOpen}
        testId="srb-district-chart"
        ariaLabel={t('srb.districts.title')}
      />
    </>
  );
}
