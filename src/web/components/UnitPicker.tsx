import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { AdminUnitDto } from '../../shared/contracts/org-units.ts';
import { get, qs } from '../app/api.ts';
import { useDebounced } from './useDebounced.ts';

/** Pick an administrative unit by typing its name (accents optional), e.g. "chieng sinh". */
export function UnitPicker(props: {
  value?: number | null;
  onChange?(id: number | null): void;
  placeholder?: string;
  level?: 'province' | 'district' | 'commune' | 'village';
  style?: React.CSSProperties;
}) {
  const [q, setQ] = useState('');
  const debounced = useDebounced(q);
  const list = useQuery({
    queryKey: ['units', 'picker', debounced, props.level],
    queryFn: () =>
      get<{ items: AdminUnitDto[] }>(`/api/admin-units${qs({ q: debounced, level: props.level })}`),
    enabled: debounced.trim().length > 0,
  });
  return (
    <Select
      showSearch
      allowClear
      value={props.value ?? undefined}
      placeholder={props.placeholder}
      filterOption={false}
      onSearch={setQ}
      onChange={(v) => props.onChange?.(v ?? null)}
      loading={list.isFetching}
      options={(list.data?.items ?? []).slice(0, 50).map((u) => ({ value: u.id, label: u.name }))}
      style={props.style ?? { width: '100%' }}
    />
  );
}
