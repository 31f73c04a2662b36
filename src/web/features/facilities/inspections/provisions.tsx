import { Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LegalProvisionDto } from '../../../../shared/contracts/facilities.ts';
import { searchMatches } from '../../../../shared/text/index.ts';
import { formatMoney, formatNumber } from '../../../i18n/format.ts';
import { useProvisions } from '../api.ts';
import { fineRangeFor, type OffenderKind } from '../common/format.ts';
import { UnverifiedTag } from '../common/tags.tsx';

/** An article of the legal catalogue, searched by code or words; unverified ones are tagged. */
export function ProvisionSelect({
  value,
  onChange,
  testId,
}: {
  value?: string | null;
  onChange?(id: string | null): void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const provisions = useProvisions();
  const active = (provisions.data ?? []).filter((p) => p.active || p.id === value);
  return (
    <div data-testid={testId} style={{ minWidth: 0 }}>
      <Select
        allowClear
        showSearch={{
          filterOption: (input, o) => searchMatches(`${o?.label ?? ''} ${o?.acts ?? ''}`, input),
        }}
        loading={provisions.isLoading}
        placeholder={t('facilities.inspections.pickProvision')}
        value={value ?? undefined}
        onChange={(v) => onChange?.(v ?? null)}
        options={active.map((p) => ({ value: p.id, label: `${p.code} — ${p.title}`, acts: p.acts, p }))}
        optionRender={(o) => (
          <div style={{ whiteSpace: 'normal', lineHeight: 1.3 }}>
            <b>{o.data.p.code}</b> <UnverifiedTag verified={o.data.p.verified} />
            <div>{o.data.p.acts}</div>
          </div>
        )}
        style={{ width: '100%' }}
      />
    </div>
  );
}

/** "Khung phạt đối với cá nhân: 5.000.000 – 10.000.000 đồng", doubled for an organisation. */
export function FineRangeText({
  provision,
  offender,
}: {
  provision: LegalProvisionDto | undefined;
  offender: OffenderKind;
}) {
  const { t } = useTranslation();
  if (!provision) return null;
  const { min, max } = fineRangeFor(provision, offender);
  const who = t(`facilities.fine.who.${offender}`);
  const text =
    max == null
      ? t('facilities.fine.noRange')
      : min == null
        ? t('facilities.fine.upTo', { who, max: formatMoney(max) })
        : t('facilities.fine.range', { who, min: formatNumber(min), max: formatMoney(max) });
  return (
    <div data-testid="fine-range" style={{ fontSize: 13 }}>
      <Typography.Text type={max == null ? 'secondary' : undefined}>{text}</Typography.Text>{' '}
      {!provision.verified && <UnverifiedTag verified={false} />}
      {provision.active ? null : <Tag>{t('facilities.legal.inactive')}</Tag>}
    </div>
  );
}

/** The catalogue entry of an id, once the catalogue is loaded. */
export function useProvision(id: string | null | undefined) {
  const provisions = useProvisions();
  return provisions.data?.find((p) => p.id === id);
}
