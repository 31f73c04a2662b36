import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SrbSettingsDto } from '../../../../shared/contracts/srb.ts';
import { flagLabel } from '../srb-format.ts';
import { type ColorBy, colorScale, INSUFFICIENT_SWATCH, NO_DATA_FILL, scaleClasses } from './map-scale.ts';

function Swatch({ background, label }: { background: string; label: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}>
      <span
        aria-hidden
        style={{
          width: 18,
          height: 12,
          background,
          border: '1px solid rgba(0,0,0,0.15)',
          borderRadius: 2,
          flex: '0 0 auto',
        }}
      />
      {label}
    </span>
  );
}

/** The map's key in words: the colour classes, the striped "too few to conclude", "no data". */
export function MapLegend({ colorBy, settings }: { colorBy: ColorBy; settings: SrbSettingsDto }) {
  const { t, i18n } = useTranslation();
  const classes = scaleClasses(colorScale(colorBy, settings), {
    below: (v) => t('srb.map.below', { v }),
    from: (v) => t('srb.map.from', { v }),
  });
  return (
    <div data-testid="srb-map-legend" style={{ fontSize: 13 }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {colorBy === 'p' ? t('srb.controls.colorP') : t('srb.controls.colorEst')}:
      </Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 14px', marginTop: 4 }}>
        {classes.map((c) => (
          <Swatch key={c.label} background={c.color} label={c.label} />
        ))}
        <Swatch background={INSUFFICIENT_SWATCH} label={flagLabel('insufficient', i18n.language)} />
        <Swatch background={NO_DATA_FILL} label={t('srb.map.noData')} />
      </div>
    </div>
  );
}
