import { Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FACILITY_KINDS,
  FACILITY_SERVICES,
  FACILITY_STATUSES,
} from '../../../../shared/contracts/facilities.ts';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useDebounced } from '../../../components/useDebounced.ts';
import type { RegistryFilter } from '../api.ts';

export interface FilterState extends Omit<RegistryFilter, 'q'> {
  text: string;
}

/** The filters' state and the filter the server gets (the name search once typing pauses). */
export function useRegistryFilter() {
  const [state, setState] = useState<FilterState>({ text: '' });
  const q = useDebounced(state.text.trim());
  const { text: _, ...rest } = state;
  return { state, setState, filter: { ...rest, q: q || undefined } as RegistryFilter };
}

/**
 * Search and filters over the registry, shared by the facilities and the people lists: name
 * (accents optional), kind (facilities only), commune (for those who see more than one), service,
 * status.
 */
export function RegistryFilters({
  state,
  onChange,
  kinds,
  communes,
  count,
}: {
  state: FilterState;
  onChange(s: FilterState): void;
  kinds?: boolean;
  communes?: boolean;
  count?: number;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<FilterState>) => onChange({ ...state, ...patch });
  const select = <K extends string>(
    key: 'kind' | 'service' | 'status',
    values: readonly K[],
    labels: string,
  ) => (
    <Select
      allowClear
      placeholder={t(`facilities.filters.${key}`)}
      aria-label={t(`facilities.filters.${key}`)}
      value={state[key]}
      onChange={(v) => set({ [key]: v ?? undefined })}
      options={values.map((v) => ({ value: v, label: t(`facilities.${labels}.${v}`) }))}
      data-testid={`filter-${key}`}
    />
  );
  return (
    <div style={{ marginBottom: 12 }}>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
          gap: 8,
        }}
      >
        <Input.Search
          allowClear
          placeholder={t('facilities.filters.search')}
          aria-label={t('facilities.filters.search')}
          value={state.text}
          onChange={(e) => set({ text: e.target.value })}
          data-testid="registry-search"
        />
        {kinds && select('kind', FACILITY_KINDS, 'kinds')}
        {communes && (
          <UnitPicker
            level="commune"
            value={state.unit ?? null}
            onChange={(id) => set({ unit: id ?? undefined })}
            placeholder={t('facilities.filters.commune')}
          />
        )}
        {select('service', FACILITY_SERVICES, 'services')}
        {select('status', FACILITY_STATUSES, 'statuses')}
      </div>
      {count !== undefined && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 13 }}>
          {t('facilities.filters.count', { count })}
        </Typography.Text>
      )}
    </div>
  );
}
