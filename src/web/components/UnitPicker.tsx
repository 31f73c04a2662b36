import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { AdminUnitDto } from '../../shared/contracts/org-units.ts';
import { get, qs } from '../app/api.ts';
import { useUnitDetail } from '../features/org-units/useUnits.ts';
import { useDebounced } from './useDebounced.ts';

/**
 * Pick an administrative unit by typing its name, accents optional ("chieng sinh" finds
 * "Phường Chiềng Sinh"); the server folds the accents and answers in Vietnamese order.
 */
export function UnitPicker(props: {
  value?: number | null;
  onChange?(id: number | null): void;
  placeholder?: string;
  level?: 'province' | 'district' | 'commune' | 'village';
  includeExpired?: boolean;
  style?: React.CSSProperties;
}) {
  const [q, setQ] = useState('');
  const debounced = useDebounced(q);
  const list = useQuery({
    queryKey: ['units', 'picker', debounced, props.level, props.includeExpired],
    queryFn: () =>
      get<{ items: AdminUnitDto[] }>(
        `/api/admin-units${qs({ q: debounced, level: props.level, includeExpired: props.includeExpired || undefined })}`,
      ),
    enabled: debounced.trim().length > 0,
  });
  // The chosen unit keeps its name once the search that found it is gone.
  const current = useUnitDetail(props.value ?? null);
  const items = list.data?.items ?? [];
  const options = [
    ...(current.data && !items.some((u) => u.id === current.data.id) ? [current.data] : []),
    ...items.slice(0, 50),
  ].map((u) => ({ value: u.id, label: u.validTo ? `${u.name} (≤ ${u.validTo.slice(0, 4)})` : u.name }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={props.value ?? undefined}
      placeholder={props.placeholder}
      onChange={(v) => {
        props.onChange?.(v ?? null);
        setQ('');
      }}
      loading={list.isFetching}
      options={options}
      style={props.style ?? { width: '100%' }}
    />
  );
}
