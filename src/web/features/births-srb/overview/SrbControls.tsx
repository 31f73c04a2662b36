import { Segmented, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BIRTH_ORDERS, type BirthOrder } from '../../../../shared/contracts/srb-codes.ts';
import type { SrbView } from '../api.ts';
import type { ColorBy } from '../map/map-scale.ts';

export const WINDOWS = [1, 3, 5];

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Space size={6} wrap>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Space>
  );
}

/** Level, window, end year, birth order and (for the map) what the colours show. */
export function SrbControls({
  view,
  years,
  endYear,
  colorBy,
  onChange,
  onColorBy,
  provinces,
  province,
}: {
  view: SrbView;
  years: number[];
  endYear: number | null;
  /** The provinces the reader may choose among; the picker shows only when there are several. */
  provinces: { code: string; name: string }[];
  province: string | undefined;
  colorBy: ColorBy;
  onChange(v: Partial<SrbView>): void;
  onColorBy(c: ColorBy): void;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap size={[16, 8]} style={{ marginBottom: 16 }} data-testid="srb-controls">
      {provinces.length > 1 && (
        <Labelled label={t('srb.controls.province')}>
          <Select
            data-testid="srb-province"
            value={province}
            // Another province has its own years: its latest is shown first.
            onChange={(code: string) => onChange({ province: code, year: undefined })}
            showSearch={{ optionFilterProp: 'label' }}
            options={provinces.map((p) => ({ value: p.code, label: p.name }))}
            style={{ width: 200 }}
          />
        </Labelled>
      )}
      <Segmented
        data-testid="srb-level"
        value={view.level}
        onChange={(level) => onChange({ level: level as SrbView['level'] })}
        options={[
          { value: 'commune', label: t('srb.controls.commune') },
          { value: 'district', label: t('srb.controls.district') },
        ]}
      />
      <Labelled label={t('srb.controls.window')}>
        <Select
          data-testid="srb-window"
          value={view.window}
          onChange={(window) => onChange({ window })}
          options={WINDOWS.map((w) => ({ value: w, label: t('srb.controls.years', { count: w }) }))}
          style={{ width: 92 }}
        />
      </Labelled>
      <Labelled label={t('srb.controls.endYear')}>
        <Select
          data-testid="srb-year"
          value={view.year ?? endYear ?? undefined}
          onChange={(year) => onChange({ year })}
          options={[...years].reverse().map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 92 }}
        />
      </Labelled>
      <Labelled label={t('srb.controls.order')}>
        <Select
          data-testid="srb-order"
          value={view.order ?? 'all'}
          onChange={(o) => onChange({ order: o === 'all' ? undefined : (o as BirthOrder) })}
          options={[
            { value: 'all', label: t('srb.orders.all') },
            ...BIRTH_ORDERS.map((o) => ({ value: o, label: t(`srb.orders.${o}`) })),
          ]}
          style={{ width: 176 }}
        />
      </Labelled>
      {view.level === 'commune' && (
        <Labelled label={t('srb.controls.colorBy')}>
          <Segmented
            data-testid="srb-color"
            value={colorBy}
            onChange={(c) => onColorBy(c as ColorBy)}
            options={[
              { value: 'est', label: t('srb.controls.colorEst') },
              { value: 'p', label: t('srb.controls.colorP') },
            ]}
          />
        </Labelled>
      )}
    </Space>
  );
}
