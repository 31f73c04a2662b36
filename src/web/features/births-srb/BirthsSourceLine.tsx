import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BIRTHS_SOURCES, type BirthsSource } from '../../../shared/contracts/srb-codes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { setBirthsSource, useBirthsSource } from './api.ts';

/**
 * Which source of births counts in the province (issue 17: one source per commune-month, chosen
 * per province). The same line stands on the station's monthly form and on the province's
 * imports page, so both sides see the rule before they enter anything; on the imports page the
 * province officer (or admin) changes it here.
 */
export function BirthsSourceLine({
  province,
  editable,
}: {
  province: string | null | undefined;
  editable?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const source = useBirthsSource(province);
  if (!province) return null;
  if (source.error) return <ErrorAlert error={source.error} />;
  if (!source.data) return null;
  const d = source.data;

  async function change(next: BirthsSource) {
    try {
      await setBirthsSource(d.province.code, next);
      message.success(t('srb.source.changed'));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
    await client.invalidateQueries({ queryKey: ['births', 'source'] });
  }

  return (
    <Alert
      type={d.source === 'first_stored' ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="births-source"
      message={
        <Space wrap size={[8, 4]}>
          <Typography.Text strong>{t('srb.source.label', { province: d.province.name })}</Typography.Text>
          {editable && d.canChange ? (
            <Select<BirthsSource>
              data-testid="births-source-select"
              value={d.source}
              onChange={change}
              options={BIRTHS_SOURCES.map((s) => ({ value: s, label: t(`srb.source.values.${s}`) }))}
              style={{ minWidth: 260 }}
            />
          ) : (
            <Typography.Text data-testid="births-source-value">
              {t(`srb.source.values.${d.source}`)}
            </Typography.Text>
          )}
        </Space>
      }
      description={
        <>
          {t(`srb.source.explain.${d.source}`)}
          {d.changedBy && d.changedAt && (
            <div style={{ fontSize: 13, opacity: 0.75 }}>
              {t('srb.source.changedBy', {
                user: d.changedByName ?? d.changedBy,
                at: formatDateTime(d.changedAt),
              })}
            </div>
          )}
        </>
      }
    />
  );
}
