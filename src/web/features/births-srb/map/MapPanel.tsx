import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SrbEstimatesDto, SrbFigures } from '../../../../shared/contracts/srb.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useCommuneBoundaries } from '../api.ts';
import { CommuneMap } from './CommuneMap.tsx';
import { MapLegend } from './MapLegend.tsx';
import type { ColorBy } from './map-scale.ts';

/** The commune map with its legend, once the province's boundaries have arrived (the SRB overview and the leaders' dashboard). */
export function MapPanel({
  e,
  areas,
  colorBy,
  onOpen,
}: {
  e: SrbEstimatesDto;
  areas: SrbFigures[];
  colorBy: ColorBy;
  onOpen(code: string): void;
}) {
  const { t } = useTranslation();
  const boundaries = useCommuneBoundaries(e.province.code);
  if (boundaries.error) return <ErrorAlert error={boundaries.error} />;
  if (!boundaries.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <>
      <CommuneMap
        province={e.province.code}
        boundaries={boundaries.data}
        figures={areas}
        names={e.names}
        settings={e.settings}
        colorBy={colorBy}
        onOpen={onOpen}
      />
      <MapLegend colorBy={colorBy} settings={e.settings} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0 0' }}>
        {t('srb.map.hint')}
      </Typography.Paragraph>
    </>
  );
}
