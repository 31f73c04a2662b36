import { DashboardOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeadlineDto } from '../../../shared/contracts/deadlines.ts';
import type { ReviewQueueItemDto } from '../../../shared/contracts/reports.ts';
import { ROLE_LABELS } from '../../../shared/roles.ts';
import { get } from '../../app/api.ts';
import { seesDashboard, useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ItemList, ItemRow } from '../../components/ItemList.tsx';
import { formatDate, formatDateTime, localText, periodName } from '../../i18n/format.ts';

const STATUS_COLOR = { due: 'gold', overdue: 'red', done: 'green' } as const;

/** A deadline's title in the page's language (the server writes both). */
const localTitle = (d: { title: string; titleEn?: string }) =>
  localText({ text: d.title, textEn: d.titleEn });

export default function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const deadlines = useQuery({
    queryKey: ['deadlines'],
    queryFn: () => get<{ items: DeadlineDto[] }>('/api/me/deadlines'),
  });
  // The reports waiting for this user to accept or return: the reviewer's own to-do list.
  const queue = useQuery({
    queryKey: ['reports', 'review-queue'],
    queryFn: () => get<{ items: ReviewQueueItemDto[] }>('/api/me/review-queue'),
  });
  const waiting = queue.data?.items ?? [];
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={3}>{t('home.greeting', { name: me.displayName })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {ROLE_LABELS[me.role][lang]}
        {me.organisationName ? ` — ${me.organisationName}` : ''}
        {me.unitName ? ` · ${t('home.scope', { unit: me.unitName })}` : ''}
      </Typography.Paragraph>
      {seesDashboard(me) && (
        <Alert
          type="info"
          icon={<DashboardOutlined />}
          showIcon
          style={{ marginBottom: 16 }}
          title={<Link to="/dashboard">{t('home.dashboard')}</Link>}
        />
      )}
      <ErrorAlert error={queue.error} />
      {waiting.length > 0 && (
        <Card
          title={t('home.reviewQueue', { count: waiting.length })}
          data-testid="home-review-queue"
          style={{ marginBottom: 16 }}
        >
          <ItemList
            items={waiting}
            rowKey={(r) => r.reportId}
            renderItem={(r) => (
              <ItemRow
                title={
                  <Link to={r.link}>
                    {t('home.reviewItem', { unit: r.organisationName, period: periodName(r.periodLabel) })}
                  </Link>
                }
                description={t('home.reviewDetail', {
                  submitted: formatDateTime(r.submittedAt),
                  due: formatDate(r.dueDate),
                  plan: r.planSubject,
                })}
                extra={<Tag color="blue">{t('home.waiting')}</Tag>}
              />
            )}
          />
        </Card>
      )}
      <Card title={t('home.deadlines')} data-testid="home-deadlines">
        <ErrorAlert error={deadlines.error} />
        <ItemList
          loading={deadlines.isLoading}
          items={deadlines.data?.items}
          rowKey={(d) => d.id}
          empty={
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(waiting.length ? 'home.noOwnDeadlines' : 'home.noDeadlines')}
            />
          }
          renderItem={(d) => (
            <ItemRow
              title={d.link ? <Link to={d.link}>{localTitle(d)}</Link> : localTitle(d)}
              description={t('home.dueDate', { date: formatDate(d.dueDate) })}
              extra={<Tag color={STATUS_COLOR[d.status]}>{t(`home.${d.status}`)}</Tag>}
            />
          )}
        />
      </Card>
    </div>
  );
}
