import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineDto } from '../../../shared/contracts/deadlines.ts';
import { formatDateVi } from '../../../shared/format/index.ts';
import { ROLE_LABELS } from '../../../shared/roles.ts';
import { get } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const STATUS_COLOR = { due: 'gold', overdue: 'red', done: 'green' } as const;

export default function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const deadlines = useQuery({
    queryKey: ['deadlines'],
    queryFn: () => get<{ items: DeadlineDto[] }>('/api/me/deadlines'),
  });
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={3}>{t('home.greeting', { name: me.displayName })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {ROLE_LABELS[me.role][lang]}
        {me.organisationName ? ` — ${me.organisationName}` : ''}
        {me.unitName ? ` · ${t('home.scope', { unit: me.unitName })}` : ''}
      </Typography.Paragraph>
      <Card title={t('home.deadlines')} data-testid="home-deadlines">
        <ErrorAlert error={deadlines.error} />
        <List
          loading={deadlines.isLoading}
          dataSource={deadlines.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('home.noDeadlines')} /> }}
          renderItem={(d) => (
            <List.Item extra={<Tag color={STATUS_COLOR[d.status]}>{t(`home.${d.status}`)}</Tag>}>
              <List.Item.Meta
                title={d.link ? <a href={d.link}>{d.title}</a> : d.title}
                description={t('home.dueDate', { date: formatDateVi(d.dueDate) })}
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
