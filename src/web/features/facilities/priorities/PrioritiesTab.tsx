import { Card, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InspectionPriorityDto } from '../../../../shared/contracts/facilities.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ItemList } from '../../../components/ItemList.tsx';
import { formatNumber, locale } from '../../../i18n/format.ts';
import { usePriorities } from '../api.ts';

/**
 * "Nên kiểm tra ở đâu": active facilities ranked by score, each with the reasons behind its points
 * in plain view, so that the ranking can be argued with; the name opens the facility.
 */
export function PrioritiesTab() {
  const { t } = useTranslation();
  const priorities = usePriorities(true);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('facilities.priorities.intro')}</Typography.Paragraph>
      <ErrorAlert error={priorities.error} />
      <Card size="small" styles={{ body: { paddingBlock: 4 } }}>
        <ItemList
          items={priorities.data}
          loading={priorities.isLoading}
          rowKey={(p) => p.facilityId}
          empty={t('facilities.priorities.empty')}
          testId="priority-list"
          renderItem={(p) => <PriorityRow p={p} rank={(priorities.data ?? []).indexOf(p) + 1} />}
        />
      </Card>
    </>
  );
}

function PriorityRow({ p, rank }: { p: InspectionPriorityDto; rank: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      data-testid={`priority-${rank}`}
      style={{ display: 'flex', gap: 12, padding: '10px 4px', alignItems: 'flex-start' }}
    >
      <div
        style={{
          flex: '0 0 auto',
          width: 64,
          textAlign: 'center',
          borderRadius: token.borderRadius,
          background: token.colorPrimaryBg,
          padding: '4px 0',
        }}
      >
        <div style={{ fontSize: 12, color: token.colorTextSecondary }}>#{rank}</div>
        <div style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.1 }} data-testid="priority-score">
          {formatNumber(p.score)}
        </div>
        <div style={{ fontSize: 12, color: token.colorTextSecondary }}>{t('facilities.priorities.unit')}</div>
      </div>
      <div style={{ flex: '1 1 auto', minWidth: 0 }}>
        <Link to={`/facilities/${p.facilityId}`} style={{ fontWeight: 600 }}>
          {p.name}
        </Link>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {p.adminUnitName} · {t(`facilities.kinds.${p.kind}`)}
        </Typography.Text>
        <ul
          style={{ margin: '4px 0 0', paddingInlineStart: 0, listStyle: 'none' }}
          data-testid="priority-reasons"
        >
          {p.reasons.map((r) => (
            <li key={r.label} style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
              <Tag
                color="green"
                style={{ flex: '0 0 auto', marginInlineEnd: 0, minWidth: 44, textAlign: 'center' }}
              >
                {t('facilities.priorities.points', { points: r.points })}
              </Tag>
              <span style={{ minWidth: 0 }}>{locale() === 'en' ? r.labelEn : r.label}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
