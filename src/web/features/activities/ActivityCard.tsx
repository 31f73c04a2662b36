import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanActivity } from '../../../shared/contracts/plans.ts';
import { GREEN, SECONDARY } from '../../components/lite.tsx';
import { formatDate } from '../../i18n/format.ts';
import { isActivityKind } from './record-values.ts';

// Plain elements styled like antd's small card, tag and primary button: "Tháng này" shows one card
// per activity of the plan, and on a slow phone antd's Card, Typography (its two-line ellipsis measures
// the text of each card) and Button cost a second of rendering before the station can tap (issue 16).
const card: CSSProperties = {
  display: 'block',
  width: '100%',
  boxSizing: 'border-box',
  textAlign: 'start',
  font: 'inherit',
  color: 'rgba(0, 0, 0, 0.88)',
  background: '#fff',
  border: '1px solid #f0f0f0',
  borderRadius: 8,
  padding: 12,
  marginBottom: 8,
  cursor: 'pointer',
};
const title: CSSProperties = {
  fontWeight: 600,
  marginBottom: 4,
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
};
const tag: CSSProperties = {
  fontSize: 12,
  lineHeight: '20px',
  padding: '0 7px',
  background: '#fafafa',
  border: '1px solid #d9d9d9',
  borderRadius: 4,
};
const record: CSSProperties = {
  flex: '0 0 auto',
  fontSize: 14,
  lineHeight: '22px',
  padding: '0 7px',
  color: '#fff',
  background: GREEN,
  borderRadius: 4,
};

/** One activity of "Tháng này": its number, title, kind and dates, and how often it was recorded this month. */
export function ActivityCard({
  number,
  activity: a,
  depth,
  count,
  onOpen,
}: {
  number: string;
  activity: PlanActivity;
  depth: number;
  count: number;
  onOpen(): void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      onClick={onOpen}
      data-testid={`month-activity-${number}`}
      style={{
        ...card,
        marginInlineStart: Math.min(depth, 2) * 12,
        width: `calc(100% - ${Math.min(depth, 2) * 12}px)`,
      }}
    >
      <span style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <strong style={{ flex: '0 0 auto' }}>{number}.</strong>
        <span style={{ flex: '1 1 auto', minWidth: 0 }}>
          <span style={title} title={a.title}>
            {a.title}
          </span>
          <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
            {isActivityKind(a.kind) && <span style={tag}>{t(`activities.kinds.${a.kind}`)}</span>}
            {(a.start || a.end) && (
              <span style={{ color: SECONDARY, fontSize: 13 }}>
                {formatDate(a.start ?? '')} – {formatDate(a.end ?? '')}
              </span>
            )}
          </span>
          <span
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              marginTop: 6,
              gap: 8,
            }}
          >
            <span style={{ color: count ? '#389e0d' : SECONDARY }} data-testid={`month-count-${number}`}>
              {count ? t('activities.month.thisMonth', { count }) : t('activities.month.nothingYet')}
            </span>
            <span style={record}>{t('activities.month.record')}</span>
          </span>
        </span>
      </span>
    </button>
  );
}
