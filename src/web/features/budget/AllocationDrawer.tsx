import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BudgetAllocationDto,
  BudgetAllocationInput,
  BudgetAllocationLineDto,
} from '../../../shared/contracts/budget.ts';
import { ApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OrganisationPicker } from '../../components/OrganisationPicker.tsx';
import { SideDrawer } from '../../components/SideDrawer.tsx';
import { formatMoney } from '../../i18n/format.ts';
import { setAllocation } from './api.ts';
import { MoneyInput } from './MoneyInput.tsx';

type Share = Pick<BudgetAllocationInput, 'organisationId' | 'amount' | 'version'>;

/** One unit's share: what was typed stays while the figures reload (a conflict), until it is saved. */
function ShareRow({
  share,
  busy,
  onSave,
}: {
  share: BudgetAllocationDto;
  busy: boolean;
  onSave(s: Share): void;
}) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState<number | null>(share.amount);
  const save = (value: number) =>
    onSave({ organisationId: share.organisationId, amount: value, version: share.version });
  return (
    <div data-testid="allocation-row" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Text strong>{share.organisationName}</Typography.Text>
        <Typography.Text type={share.spent > share.amount ? 'danger' : 'secondary'}>
          {t('budget.allocations.spentOf', { spent: formatMoney(share.spent) })}
        </Typography.Text>
      </div>
      <Space.Compact style={{ width: '100%', marginTop: 4 }}>
        <MoneyInput value={amount} onChange={setAmount} testId="allocation-row-amount" />
        <Button
          icon={<SaveOutlined />}
          aria-label={t('budget.allocations.save')}
          title={t('budget.allocations.save')}
          disabled={busy || amount === null || amount === share.amount}
          onClick={() => save(amount ?? 0)}
          data-testid="allocation-row-save"
        />
        <Popconfirm title={t('budget.allocations.removeConfirm')} onConfirm={() => save(0)}>
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('budget.allocations.remove')}
            title={t('budget.allocations.remove')}
            disabled={busy}
            danger
          />
        </Popconfirm>
      </Space.Compact>
    </div>
  );
}

/**
 * Dividing one budget line (an activity × a source) among the units that carry it out: each unit's
 * share edited in place, a unit added with the picker. The server refuses shares that pass the line
 * and saves made over someone else's (409, with the typed amounts kept and a reload offered).
 */
export function AllocationDrawer({
  planId,
  line,
  onClose,
}: {
  planId: string;
  line: BudgetAllocationLineDto;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [unit, setUnit] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: (s: Share) =>
      setAllocation(planId, { activityId: line.activityId, sourceKey: line.sourceKey, ...s }),
    onSuccess: async (fresh, s) => {
      client.setQueryData(['budget', 'allocations', planId], fresh);
      await client.invalidateQueries({ queryKey: ['budget', 'figures', planId] });
      if (s.organisationId === unit) {
        setUnit(null);
        setAmount(null);
      }
      message.success(t('budget.allocations.saved'));
    },
  });
  const conflict = save.error instanceof ApiError && save.error.code === 'CONFLICT';
  const left = line.amount - line.divided;

  return (
    <SideDrawer title={t('budget.allocations.drawer')} onClose={onClose} testId="allocation-drawer">
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {line.numberLabel}. {line.title}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{line.sourceName}</Typography.Paragraph>
      <Alert
        type={left < 0 ? 'error' : 'info'}
        data-testid="allocation-line-amounts"
        title={t('budget.allocations.lineAmounts', {
          amount: formatMoney(line.amount),
          divided: formatMoney(line.divided),
          left: formatMoney(left),
        })}
        style={{ marginBottom: 12 }}
      />
      <ErrorAlert
        error={save.error}
        testId="allocation-error"
        action={
          conflict ? (
            <Button
              size="small"
              onClick={() => {
                save.reset();
                void client.invalidateQueries({ queryKey: ['budget'] });
              }}
            >
              {t('budget.allocations.reload')}
            </Button>
          ) : undefined
        }
      />
      {line.units.length === 0 && (
        <Typography.Paragraph type="secondary">{t('budget.allocations.noUnits')}</Typography.Paragraph>
      )}
      {line.units.map((s) => (
        <ShareRow key={s.organisationId} share={s} busy={save.isPending} onSave={(x) => save.mutate(x)} />
      ))}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('budget.allocations.add')}
      </Typography.Title>
      <div data-testid="allocation-unit" style={{ marginBottom: 8 }}>
        <OrganisationPicker value={unit} onChange={setUnit} placeholder={t('budget.allocations.pickUnit')} />
      </div>
      <Space.Compact style={{ width: '100%' }}>
        <MoneyInput
          value={amount}
          onChange={setAmount}
          testId="allocation-amount"
          placeholder={t('budget.allocations.amount')}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!unit || !amount}
          loading={save.isPending}
          onClick={() =>
            unit &&
            amount &&
            // A unit already listed is its row's share, set from here as from the row.
            save.mutate({
              organisationId: unit,
              amount,
              version: line.units.find((u) => u.organisationId === unit)?.version,
            })
          }
          data-testid="allocation-add"
        >
          {t('budget.allocations.add')}
        </Button>
      </Space.Compact>
    </SideDrawer>
  );
}
