import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityProgressRow } from '../../../shared/contracts/activity-records.ts';
import { formatDate } from '../../i18n/format.ts';
import { StatusTag } from './StatusTag.tsx';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * A Gantt-style year: one row per activity, its planned window as a pale bar and the recorded
 * dates (first – last record) as a solid bar under it; late activities are drawn in red. Plain CSS,
 * so it shrinks to a phone's width without a chart library.
 */
export function Timeline({ rows, year, asOf }: { rows: ActivityProgressRow[]; year: number; asOf: string }) {
  const { t } = useTranslation();
  const start = at(`${year}-01-01`);
  const span = at(`${year + 1}-01-01`) - start;
  const pos = (iso: string, end = false) =>
    Math.min(100, Math.max(0, ((at(iso) + (end ? DAY : 0) - start) / span) * 100));
  const bar = (from: string, to: string) => ({
    left: `${pos(from)}%`,
    width: `${Math.max(0.8, pos(to, true) - pos(from))}%`,
  });
  const today = asOf.startsWith(String(year)) ? pos(asOf) : null;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);

  return (
    <div data-testid="progress-timeline">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 8, fontSize: 13 }}>
        <Key color="#cfe7dc" border="#8cc3aa" label={t('activities.progress.plannedBar')} />
        <Key color="#0b6e4f" label={t('activities.progress.doneBar')} />
        <Key color="#fff1f0" border="#cf1322" label={t('activities.progress.statuses.late')} />
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(56px, 28%) 1fr', rowGap: 6, columnGap: 8 }}>
        <div />
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', fontSize: 11, color: '#888' }}>
          {months.map((m) => (
            <div
              key={m}
              style={{ borderInlineStart: '1px solid #eee', paddingInlineStart: 2, overflow: 'hidden' }}
            >
              {m}
            </div>
          ))}
        </div>
        {rows.map((r) => {
          const late = r.status === 'late' || r.status === 'late_done';
          const window =
            r.start && r.end
              ? `${formatDate(r.start)} – ${formatDate(r.end)}`
              : t('activities.progress.noWindow');
          const done =
            r.done.firstDate && r.done.lastDate
              ? `${formatDate(r.done.firstDate)} – ${formatDate(r.done.lastDate)}`
              : null;
          return (
            <div
              key={r.activityId}
              style={{ display: 'contents' }}
              data-testid={`timeline-row-${r.numberLabel}`}
            >
              <div style={{ minWidth: 0, fontSize: 13, lineHeight: 1.3 }}>
                <div
                  title={r.title}
                  style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                >
                  <strong>{r.numberLabel}.</strong> {r.title}
                </div>
                {late && (
                  <div>
                    <StatusTag status={r.status} />
                  </div>
                )}
              </div>
              <div
                style={{
                  position: 'relative',
                  height: 30,
                  background:
                    'repeating-linear-gradient(90deg, #fafafa 0 calc(100%/12 - 1px), #eee calc(100%/12 - 1px) calc(100%/12))',
                }}
                title={`${t('activities.progress.plannedBar')}: ${window}${done ? `\n${t('activities.progress.doneBar')}: ${done}` : ''}`}
              >
                {r.start && r.end && (
                  <div
                    data-testid="timeline-planned"
                    style={{
                      position: 'absolute',
                      top: 3,
                      height: 11,
                      ...bar(r.start, r.end),
                      background: r.status === 'late' ? '#fff1f0' : '#cfe7dc',
                      border: `1px solid ${r.status === 'late' ? '#cf1322' : '#8cc3aa'}`,
                      borderRadius: 3,
                    }}
                  />
                )}
                {r.done.firstDate && r.done.lastDate && (
                  <div
                    data-testid="timeline-done"
                    style={{
                      position: 'absolute',
                      top: 16,
                      height: 11,
                      ...bar(r.done.firstDate, r.done.lastDate),
                      background: r.status === 'late_done' ? '#cf1322' : '#0b6e4f',
                      borderRadius: 3,
                    }}
                  />
                )}
                {today !== null && (
                  <div
                    style={{
                      position: 'absolute',
                      top: 0,
                      bottom: 0,
                      left: `${today}%`,
                      borderInlineStart: '2px dashed #d48806',
                    }}
                  />
                )}
              </div>
            </div>
          );
        })}
      </div>
      {today !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <span
            style={{
              display: 'inline-block',
              width: 12,
              borderTop: '2px dashed #d48806',
              verticalAlign: 'middle',
              marginInlineEnd: 4,
            }}
          />
          {t('activities.progress.today')}: {formatDate(asOf)}
        </Typography.Text>
      )}
    </div>
  );
}

function Key({ color, border, label }: { color: string; border?: string; label: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span
        style={{
          display: 'inline-block',
          width: 18,
          height: 10,
          background: color,
          border: border ? `1px solid ${border}` : undefined,
          borderRadius: 2,
        }}
      />
      {label}
    </span>
  );
}
