import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { UnitReportDto } from '../../../shared/contracts/reports.ts';
import { get, post, put } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate, formatDateTime, periodName } from '../../i18n/format.ts';
import { OutboxNotice } from '../activities/OutboxNotice.tsx';
import { shouldWait } from '../activities/outbox.ts';
import { useOutboxOf } from '../activities/useOutbox.ts';
import { useVersionedSave } from '../facilities/common/useVersionedSave.tsx';
import '../facilities/messages.ts';
import { useReport } from './api.ts';
import { FiguresView } from './FiguresView.tsx';
import './messages.ts';
import { DraftConflict } from './DraftConflict.tsx';
import { Narrative, type NarrativeValues } from './Narrative.tsx';
import { ReportStatusTag, TimelinessTag } from './ReportStatusTag.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { REPORT_OUTBOX, reportDraftKey } from './report-outbox.ts';

const WRITERS = ['admin', 'province_officer', 'reporter'];

/** One unit report: its figures and written parts, sent by the unit, accepted or returned above. */
export default function ReportPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const report = useReport(id);
  return (
    <div style={{ maxWidth: 1000 }} data-testid="unit-report">
      <ErrorAlert error={report.error} />
      {report.isLoading && <Skeleton active />}
      {report.isError && !report.data && <Alert type="warning" title={t('reports.report.notFound')} />}
      {report.data && <Report key={report.data.id} report={report.data} />}
    </div>
  );
}

function Report({ report: initial }: { report: UnitReportDto }) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const save = useVersionedSave<UnitReportDto>(initial, (r) => get<UnitReportDto>(`/api/reports/${r.id}`));
  const report = save.base ?? initial;
  // A newer version read meanwhile (a draft sent from the outbox, the page read again): the base.
  const fresh = useReport(initial.id).data;
  useEffect(() => {
    if (fresh && fresh.version > (save.base?.version ?? 0)) save.setBase(fresh);
  }, [fresh, save.base?.version, save.setBase]);
  // Drafts of this report saved offline: what waits, and what the server gave back.
  const outbox = useOutboxOf(REPORT_OUTBOX);
  const ofThis = <E extends { input: { reportId: string } }>(list: E[]) =>
    list.filter((e) => e.input.reportId === report.id);
  const conflict = ofThis(outbox.returned).find((e) => e.status === 409);
  // Text put back in the form (a returned draft, or "use mine" in a conflict): the form starts anew on it.
  const [seed, setSeed] = useState<{ n: number; values?: NarrativeValues }>({ n: 0 });
  const label = t('reports.report.title', { period: initial.period.label, unit: initial.organisationName });
  const own = me.organisationId === report.organisationId || me.role === 'admin';
  const editable =
    own && WRITERS.includes(me.role) && (report.status === 'draft' || report.status === 'returned');
  // Who reviews does not change with the report's state: the first read says it.
  const reviewer = !own && !!initial.mayReview && report.status === 'submitted';

  async function act(call: (version: number) => Promise<UnitReportDto>, done: string) {
    const saved = await save.run((base) => call(base!.version));
    if (!saved) return false;
    save.setBase(saved);
    setSeed((s) => ({ n: s.n + 1 })); // the form shows what the server now holds
    message.success(done);
    client.setQueryData(['reports', 'report', saved.id], saved);
    // A write answers with usernames only; the read names the people (who returned it, who sent it).
    const named = await get<UnitReportDto>(`/api/reports/${saved.id}`).catch(() => null);
    if (named?.version === saved.version) {
      save.setBase(named);
      client.setQueryData(['reports', 'report', saved.id], named);
    }
    await client.invalidateQueries({ queryKey: ['reports', 'completeness'] });
    await client.invalidateQueries({ queryKey: ['deadlines'] });
    await client.invalidateQueries({ queryKey: ['reports', 'review-queue'] });
    return true;
  }
  const url = `/api/reports/${report.id}`;
  const write = (v: NarrativeValues & { refreshFigures?: boolean }) => (version: number) =>
    put<UnitReportDto>(url, { ...v, version });

  /** Saves the written parts, or with no connection keeps them in the outbox to be sent later. */
  async function saveDraft(v: NarrativeValues) {
    let unreachable = !navigator.onLine;
    if (!unreachable) {
      const saved = await act(async (version) => {
        try {
          return await write(v)(version);
        } catch (err) {
          unreachable = shouldWait(err);
          throw err;
        }
      }, t('reports.narrative.saved'));
      if (saved || !unreachable) return;
      save.setError(null);
    }
    await outbox.submit(
      { clientKey: reportDraftKey(report.id), reportId: report.id, version: report.version, ...v },
      label,
    );
    setSeed((s) => ({ n: s.n + 1, values: v }));
    message.warning(t('reports.outbox.queued'));
  }

  return (
    <>
      <PageHeader
        title={t('reports.report.title', {
          period: periodName(report.period.label),
          unit: report.organisationName,
        })}
        extra={
          <Space wrap>
            {/* The report as a Nghị định 30 document, for the unit's head to sign and stamp. */}
            <Button icon={<DownloadOutlined />} href={`${url}/docx`} data-testid="report-docx">
              {t('reports.report.docx')}
            </Button>
            <Link to={`/reports?plan=${report.planId}&period=${report.period.no}`}>
              <Button>{t('reports.report.back')}</Button>
            </Link>
          </Space>
        }
      />
      {save.alert}
      <OutboxNotice
        outbox={{
          ...outbox,
          pending: ofThis(outbox.pending),
          sent: ofThis(outbox.sent),
          returned: ofThis(outbox.returned).filter((e) => e !== conflict),
        }}
        onOpenReturned={(e) => {
          setSeed((s) => ({ n: s.n + 1, values: e.input }));
          outbox.dismiss(e.clientKey);
        }}
      />
      {conflict && (
        <DraftConflict
          entry={conflict}
          current={report}
          onUseMine={() => {
            setSeed((s) => ({ n: s.n + 1, values: conflict.input }));
            outbox.dismiss(conflict.clientKey);
          }}
          onKeepServer={() => {
            setSeed((s) => ({ n: s.n + 1 }));
            outbox.dismiss(conflict.clientKey);
          }}
        />
      )}
      {report.status === 'returned' && report.reviewComment && (
        <Alert
          type="error"
          showIcon
          data-testid="report-review-comment"
          title={t('reports.report.returnedTitle')}
          description={
            <>
              <div style={{ whiteSpace: 'pre-wrap', fontSize: 16 }}>{report.reviewComment}</div>
              {report.reviewedAt && (
                <div style={{ marginTop: 4, opacity: 0.75 }}>
                  {t('reports.report.returnedBy', {
                    who: report.reviewedByName ?? report.reviewedBy ?? '',
                    when: formatDateTime(report.reviewedAt),
                  })}
                </div>
              )}
            </>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {report.status === 'accepted' && (
        <Alert
          type="success"
          showIcon
          icon={<LockOutlined />}
          title={t('reports.report.locked')}
          data-testid="report-locked"
          style={{ marginBottom: 16 }}
        />
      )}
      {report.status === 'submitted' && !reviewer && (
        <Alert type="info" showIcon title={t('reports.report.waiting')} style={{ marginBottom: 16 }} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, sm: 2, md: 3 }}
          size="small"
          items={[
            {
              key: 'unit',
              label: t('reports.report.unit'),
              children: `${report.organisationName} (${report.adminUnitName})`,
            },
            { key: 'period', label: t('reports.report.period'), children: periodName(report.period.label) },
            { key: 'due', label: t('reports.report.dueDate'), children: formatDate(report.dueDate) },
            {
              key: 'status',
              label: t('reports.report.status'),
              children: <ReportStatusTag status={report.status} testId="report-status" />,
            },
            {
              key: 'sent',
              label: t('reports.report.submittedAt'),
              children: report.submittedAt ? formatDateTime(report.submittedAt) : t('reports.none'),
            },
            {
              key: 'onTime',
              label: t('reports.report.timeliness'),
              children: report.onTime === null ? t('reports.none') : <TimelinessTag onTime={report.onTime} />,
            },
          ]}
        />
        {reviewer && (
          <div style={{ marginTop: 12 }}>
            <ReviewActions
              busy={save.busy}
              onAccept={() =>
                act(
                  (version) => post<UnitReportDto>(`${url}/accept`, { version }),
                  t('reports.review.accepted'),
                )
              }
              onReturn={(comment) =>
                act(
                  (version) => post<UnitReportDto>(`${url}/return`, { version, comment }),
                  t('reports.review.returned'),
                )
              }
            />
          </div>
        )}
      </Card>
      <FiguresView
        figures={report.figures}
        extra={
          editable && (
            <Space>
              <Button
                size="small"
                loading={save.busy}
                data-testid="report-refresh"
                onClick={() =>
                  void act(
                    write({
                      results: report.results,
                      difficulties: report.difficulties,
                      proposals: report.proposals,
                      refreshFigures: true,
                    }),
                    t('reports.narrative.refreshed'),
                  )
                }
              >
                {t('reports.narrative.refresh')}
              </Button>
            </Space>
          )
        }
      />
      <Narrative
        key={`${report.status} ${report.version} ${seed.n}`}
        report={seed.values ? { ...report, ...pick(seed.values) } : report}
        editable={editable}
        busy={save.busy}
        onSave={(v) => void saveDraft(v)}
        onSubmit={(v) =>
          void (async () => {
            // The text as typed is saved first, then that version is sent.
            await act(
              async (version) =>
                post<UnitReportDto>(`${url}/submit`, { version: (await write(v)(version)).version }),
              t('reports.narrative.submitted'),
            );
          })()
        }
      />
    </>
  );
}

const pick = ({ results, difficulties, proposals }: NarrativeValues): NarrativeValues => ({
  results,
  difficulties,
  proposals,
});
