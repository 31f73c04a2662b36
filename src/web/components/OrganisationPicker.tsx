import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { OrganisationDto } from '../../shared/contracts/org-units.ts';
import { get, qs } from '../app/api.ts';
import { useDebounced } from './useDebounced.ts';

/** Pick an organisation in the user's scope; the server searches accent-insensitively ("tram y te to hieu"). */
export function OrganisationPicker(props: {
  value?: string | null;
  onChange?(id: string | null): void;
  placeholder?: string;
  allowClear?: boolean;
}) {
  const [q, setQ] = useState('');
  const debounced = useDebounced(q);
  const list = useQuery({
    queryKey: ['organisations', 'picker', debounced],
    queryFn: () => get<{ items: OrganisationDto[] }>(`/api/organisations${qs({ q: debounced })}`),
  });
  const current = useQuery({
    queryKey: ['organisations', 'one', props.value],
    queryFn: () => get<OrganisationDto>(`/api/organisations/${props.value}`),
    enabled: !!props.value,
  });
  const items = list.data?.items ?? [];
  const options = [
    ...(current.data && !items.some((o) => o.id === current.data.id) ? [current.data] : []),
    ...items.slice(0, 100),
  ].map((o) => ({
    value: o.id,
    label: o.name,
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={props.allowClear}
      value={props.value ?? undefined}
      placeholder={props.placeholder}
      onChange={(v) => {
        props.onChange?.(v ?? null);
        setQ('');
      }}
      loading={list.isFetching}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
