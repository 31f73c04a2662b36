import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdminUnitDto, OrganisationDto } from '../../../../shared/contracts/org-units.ts';
import { searchMatches } from '../../../../shared/text/index.ts';
import { get, qs } from '../../../app/api.ts';

/** An ordered list of text items (purposes, tasks, content lines…): edit, add, remove. */
export function TextListEditor(props: {
  value: string[];
  onChange(v: string[]): void;
  placeholder?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={props.testId}>
      {value.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity of a text line
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 6 }}
            value={line}
            placeholder={props.placeholder}
            onChange={(e) => onChange(value.map((v, j) => (j === i ? e.target.value : v)))}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('plans.remove')}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          />
        </Space.Compact>
      ))}
      <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...value, ''])}>
        {t('plans.addLine')}
      </Button>
    </Space>
  );
}

/** The province's organisations (a few hundred), searched in the browser without accents. */
export function useProvinceOrganisations(provinceCode: string) {
  return useQuery({
    queryKey: ['organisations', 'province', provinceCode],
    queryFn: () =>
      get<{ items: OrganisationDto[] }>(
        `/api/organisations${qs({ province: provinceCode, includeInactive: true })}`,
      ),
    staleTime: 5 * 60_000,
  });
}

export function OrganisationSelect(props: {
  provinceCode: string;
  value: string | string[] | null | undefined;
  onChange(v: never): void;
  multiple?: boolean;
  testId?: string;
}) {
  const orgs = useProvinceOrganisations(props.provinceCode);
  return (
    <Select
      data-testid={props.testId}
      mode={props.multiple ? 'multiple' : undefined}
      allowClear
      showSearch
      value={props.value ?? undefined}
      onChange={(v) => props.onChange((v ?? (props.multiple ? [] : null)) as never)}
      filterOption={(input, option) => searchMatches(String(option?.label ?? ''), input)}
      options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
      style={{ width: '100%' }}
    />
  );
}

/**
 * Communes picked from the unit tree: the province at the root (ticking it takes every commune,
 * as "75 xã, phường" plans do), its communes below, searched without accents.
 */
export function UnitsSelect(props: {
  provinceCode: string;
  year: number;
  value: number[];
  onChange(v: number[]): void;
}) {
  const { t } = useTranslation();
  const units = useQuery({
    queryKey: ['units', 'communes', props.provinceCode, props.year],
    queryFn: () =>
      get<{ items: AdminUnitDto[] }>(
        `/api/admin-units${qs({ province: props.provinceCode, level: 'commune', at: `${props.year}-07-01` })}`,
      ),
  });
  const communes = units.data?.items ?? [];
  return (
    <TreeSelect
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_CHILD}
      allowClear
      showSearch
      maxTagCount="responsive"
      placeholder={t('plans.f.places')}
      value={props.value}
      onChange={(v: number[]) => props.onChange(v.filter((x) => typeof x === 'number'))}
      filterTreeNode={(input, node) => searchMatches(String(node.title ?? ''), input)}
      treeDefaultExpandAll
      treeData={[
        {
          title: t('plans.allCommunes', { count: communes.length }),
          value: 'all',
          key: 'all',
          children: communes.map((u) => ({ title: u.name, value: u.id, key: u.id })),
        },
      ]}
      style={{ width: '100%' }}
    />
  );
}

/** A text input for an optional field: an empty box means "not given" (null), not "". */
export function NullableInput(props: {
  value: string | null | undefined;
  onChange(v: string | null): void;
  placeholder?: string;
  testId?: string;
}) {
  return (
    <Input
      data-testid={props.testId}
      placeholder={props.placeholder}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value || null)}
    />
  );
}
