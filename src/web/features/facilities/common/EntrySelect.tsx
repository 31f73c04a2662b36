import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { searchMatches } from '../../../../shared/text/index.ts';
import { useFacilities, useWorkers } from '../api.ts';

interface Entry {
  id: string;
  name: string;
  detail: string;
}

interface Props<V> {
  value?: V;
  onChange?(v: V): void;
  /** Only these entries (an inspector's assignments); all visible ones when absent. */
  only?: readonly string[];
  placeholder?: string;
  testId?: string;
  disabled?: boolean;
}

/**
 * One or several registry entries, searched in the browser without accents over name and commune;
 * each option shows the name on one line and its commune and kind on the next, so long names stay
 * readable on a phone.
 */
function EntrySelect<V extends string | string[] | null>({
  entries,
  loading,
  multiple,
  ...props
}: Props<V> & { entries: Entry[]; loading: boolean; multiple?: boolean }) {
  const shown = props.only ? entries.filter((e) => props.only!.includes(e.id)) : entries;
  return (
    <div data-testid={props.testId} style={{ width: '100%', minWidth: 0 }}>
      <Select
        mode={multiple ? 'multiple' : undefined}
        allowClear
        showSearch={{
          filterOption: (input, option) =>
            searchMatches(`${option?.label ?? ''} ${option?.detail ?? ''}`, input),
        }}
        disabled={props.disabled}
        loading={loading}
        placeholder={props.placeholder}
        value={props.value ?? undefined}
        onChange={(v) => props.onChange?.((v ?? (multiple ? [] : null)) as V)}
        options={shown.map((e) => ({ value: e.id, label: e.name, detail: e.detail }))}
        optionRender={(o) => (
          <div style={{ whiteSpace: 'normal', lineHeight: 1.3 }}>
            <div>{o.label}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {o.data.detail}
            </Typography.Text>
          </div>
        )}
        maxTagCount={multiple ? 'responsive' : undefined}
        style={{ width: '100%' }}
      />
    </div>
  );
}

export function FacilitySelect<V extends string | string[] | null>(props: Props<V> & { multiple?: boolean }) {
  const { t } = useTranslation();
  const list = useFacilities();
  const entries = (list.data ?? []).map((f) => ({
    id: f.id,
    name: f.name,
    detail: `${f.adminUnitName} · ${t(`facilities.kinds.${f.kind}`)}`,
  }));
  return <EntrySelect {...props} entries={entries} loading={list.isLoading} />;
}

export function WorkerSelect<V extends string | string[] | null>(props: Props<V> & { multiple?: boolean }) {
  const list = useWorkers();
  const entries = (list.data ?? []).map((w) => ({
    id: w.id,
    name: w.fullName,
    detail: [w.adminUnitName, w.facilityName ?? w.workplace].filter(Boolean).join(' · '),
  }));
  return <EntrySelect {...props} entries={entries} loading={list.isLoading} />;
}
