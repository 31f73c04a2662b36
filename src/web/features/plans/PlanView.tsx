import { Descriptions, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanActivity, PlanContent } from '../../../shared/contracts/plans.ts';
import { amountInWords } from '../../../shared/format/index.ts';
import { legalCitation } from '../../../shared/format/legal-citation.ts';
import { subjectWithPeriod } from '../../../shared/plans/period.ts';
import { targetGoalText } from '../../../shared/plans/target-text.ts';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format.ts';

/** A plan as officials read it, section by section, numbered as the document is. */
export function PlanView({
  content: c,
  organisationName,
}: {
  content: PlanContent;
  organisationName: (id: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const rows: { key: string; number: string; activity: PlanActivity }[] = [];
  const walk = (list: PlanActivity[], prefix: string) =>
    list.forEach((a, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      rows.push({ key: a.id, number, activity: a });
      walk(a.children, number);
    });
  walk(c.activities, '');
  const budget = (a: PlanActivity): number =>
    a.budgetLines.reduce((s, l) => s + l.amount, 0) + a.children.reduce((s, x) => s + budget(x), 0);
  const total = c.funding.total ?? c.funding.sources.reduce((s, x) => s + (x.amount ?? 0), 0);
  return (
    <div data-testid="plan-view">
      <Typography.Title level={4} style={{ textAlign: 'center', marginBottom: 0 }}>
        {c.title}
      </Typography.Title>
      <Typography.Paragraph strong style={{ textAlign: 'center' }}>
        {subjectWithPeriod(c.subject, c.period)}
      </Typography.Paragraph>
      {c.legalBases.map((b) => (
        <Typography.Paragraph key={`${b.kind}${b.number}`} italic lang="vi">
          {b.verb} {legalCitation(b)}
        </Typography.Paragraph>
      ))}
      {c.targets.length > 0 && (
        <>
          <Typography.Title level={5}>{t('plans.f.targets')}</Typography.Title>
          <List
            size="small"
            dataSource={c.targets}
            renderItem={(x) => (
              <List.Item>
                {/* As the document words it: a change against its baseline, a level by its year. */}
                {x.indicator}: <b>{targetGoalText(x, lang)}</b>
              </List.Item>
            )}
          />
        </>
      )}
      <Typography.Title level={5}>{t('plans.sections.activities')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        dataSource={rows}
        columns={[
          { title: t('plans.f.no'), dataIndex: 'number', width: 60 },
          {
            title: t('plans.f.activityTitle'),
            render: (_, r) => (
              <span style={{ fontWeight: r.activity.children.length ? 600 : 400 }}>{r.activity.title}</span>
            ),
          },
          {
            title: t('plans.f.lead'),
            width: 200,
            render: (_, r) =>
              (r.activity.leadOrganisationId
                ? organisationName(r.activity.leadOrganisationId)
                : r.activity.leadName) ?? '',
          },
          {
            title: t('plans.f.time'),
            width: 190,
            render: (_, r) =>
              r.activity.timeText ??
              [r.activity.start, r.activity.end]
                .filter(Boolean)
                .map((d) => formatDate(d))
                .join(' – '),
          },
          {
            title: t('plans.budget'),
            width: 130,
            align: 'right',
            render: (_, r) => (budget(r.activity) ? formatNumber(budget(r.activity)) : ''),
          },
        ]}
      />
      {/* Funding only when the plan says something of it (no empty heading), sources without amounts listed. */}
      {(c.funding.text || c.funding.sources.length > 0 || total > 0) && (
        <Typography.Title level={5}>{t('plans.sections.funding')}</Typography.Title>
      )}
      {c.funding.text && <Typography.Paragraph>{c.funding.text}</Typography.Paragraph>}
      {(c.funding.sources.length > 0 || total > 0) && (
        <Descriptions size="small" column={1} bordered>
          {c.funding.sources.map((s) => (
            <Descriptions.Item key={s.key} label={s.name}>
              {s.amount != null ? formatMoney(s.amount) : '—'}
            </Descriptions.Item>
          ))}
          {total > 0 && (
            <Descriptions.Item label={t('plans.f.total')}>
              <b>{formatMoney(total)}</b>
              {lang === 'vi' && ` (${amountInWords(total)})`}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {c.reporting?.deadline && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('plans.f.deadline')}: <b>{formatDate(c.reporting.deadline)}</b>{' '}
          {c.reporting.throughName ? `(${t('plans.f.through')} ${c.reporting.throughName})` : ''}
        </Typography.Paragraph>
      )}
    </div>
  );
}
