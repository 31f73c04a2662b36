import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { InspectionDto, ViolationDto } from '../../../../shared/contracts/facilities.ts';
import { useMe } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { facilityAccess } from '../access.ts';
import { useInspection } from '../api.ts';
import { attachmentUrl } from '../common/AttachmentUpload.tsx';
import { UnverifiedTag } from '../common/tags.tsx';
import '../messages.ts';
import { PersonName } from '../../../components/PersonName.tsx';
import { FineRangeText, useProvision } from './provisions.tsx';
import { FineWarnings, SanctionForm } from './SanctionForm.tsx';

const RESULT_COLORS = { pass: 'green', fail: 'red', na: 'default' } as const;

export const subjectPath = (i: Pick<InspectionDto, 'facilityId' | 'workerId'>) =>
  i.facilityId ? `/facilities/${i.facilityId}` : `/facilities/workers/${i.workerId}`;

/** One inspection record: what was checked and found, its evidence, and each violation with its sanction. */
export default function InspectionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const access = facilityAccess(useMe());
  const inspection = useInspection(id);
  const i = inspection.data;
  const justSaved = (location.state as { saved?: boolean } | null)?.saved;
  const card = { size: 'small' as const, style: { marginBottom: 12 } };
  return (
    <div style={{ maxWidth: 860 }} data-testid="inspection-page">
      <Link to={i ? subjectPath(i) : '/facilities?tab=inspections'}>
        <ArrowLeftOutlined /> {i?.subjectName ?? t('facilities.back')}
      </Link>
      <PageHeader
        title={
          i
            ? t('facilities.inspections.view', { date: formatDate(i.inspectedOn) })
            : t('facilities.inspections.title')
        }
      />
      {justSaved && (
        <Alert
          type="success"
          showIcon
          title={t('facilities.inspections.saved')}
          style={{ marginBottom: 12 }}
          data-testid="inspection-saved"
        />
      )}
      <ErrorAlert error={inspection.error} />
      {i && (
        <>
          <Card {...card}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                {
                  key: 'subject',
                  label: i.facilityId
                    ? t('facilities.inspections.facility')
                    : t('facilities.inspections.worker'),
                  children: <Link to={subjectPath(i)}>{i.subjectName}</Link>,
                },
                { key: 'unit', label: t('facilities.f.commune'), children: i.adminUnitName },
                {
                  key: 'date',
                  label: t('facilities.inspections.date'),
                  children: formatDate(i.inspectedOn),
                },
                { key: 'team', label: t('facilities.inspections.team'), children: i.team },
                {
                  key: 'by',
                  label: t('facilities.inspections.recordedBy'),
                  children: <PersonName name={i.recordedByName} username={i.recordedBy} />,
                },
              ]}
            />
          </Card>
          <Card {...card} title={t('facilities.inspections.checklist')}>
            {i.checklist.length === 0 && (
              <Typography.Text type="secondary">{t('facilities.none')}</Typography.Text>
            )}
            {i.checklist.map((c, n) => (
              <div
                key={c.itemId}
                style={{
                  display: 'flex',
                  gap: 8,
                  alignItems: 'baseline',
                  padding: '4px 0',
                  flexWrap: 'wrap',
                }}
              >
                <span style={{ flex: '1 1 220px', minWidth: 0 }}>
                  {n + 1}. {c.label}
                  {c.note && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                      {c.note}
                    </Typography.Text>
                  )}
                </span>
                <Tag color={RESULT_COLORS[c.result]}>{t(`facilities.inspections.results.${c.result}`)}</Tag>
              </div>
            ))}
          </Card>
          {i.findings && (
            <Card {...card} title={t('facilities.inspections.findings')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {i.findings}
              </Typography.Paragraph>
            </Card>
          )}
          {i.evidence.length > 0 && (
            <Card {...card} title={t('facilities.inspections.evidence')}>
              <Space orientation="vertical">
                {i.evidence.map((a) => (
                  <Typography.Link key={a.id} href={attachmentUrl(a.id)}>
                    <PaperClipOutlined /> {a.fileName}
                  </Typography.Link>
                ))}
              </Space>
            </Card>
          )}
          <Typography.Title level={4} style={{ marginTop: 8 }}>
            {t('facilities.inspections.violations')}
          </Typography.Title>
          {i.violations.length === 0 && (
            <Typography.Text type="secondary">{t('facilities.inspections.noViolations')}</Typography.Text>
          )}
          {i.violations.map((v, n) => (
            <ViolationCard key={v.id} v={v} n={n} inspectionId={i.id} canEdit={access.inspect} />
          ))}
        </>
      )}
    </div>
  );
}

function ViolationCard({
  v,
  n,
  inspectionId,
  canEdit,
}: {
  v: ViolationDto;
  n: number;
  inspectionId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const provision = useProvision(v.legalProvisionId);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`violation-card-${n}`}
      title={
        <span style={{ whiteSpace: 'normal' }}>
          {t('facilities.inspections.violation', { n: n + 1 })}: {v.provisionCode ?? t('facilities.none')}{' '}
          {provision && <UnverifiedTag verified={provision.verified} />}
        </span>
      }
    >
      {provision && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {provision.title}
        </Typography.Text>
      )}
      <Typography.Paragraph style={{ margin: '4px 0' }}>{v.description}</Typography.Paragraph>
      <div style={{ fontSize: 13, marginBottom: 4 }}>
        {t('facilities.inspections.offenderKind')}: {t(`facilities.inspections.offender.${v.offenderKind}`)}
        {v.offenderName ? ` — ${v.offenderName}` : ''}
      </div>
      <FineRangeText provision={provision} offender={v.offenderKind} />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('facilities.sanction.title')}
      </Typography.Title>
      {canEdit ? (
        <SanctionForm violation={v} inspectionId={inspectionId} />
      ) : (
        <>
          <FineWarnings violation={v} />
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'status',
                label: t('facilities.sanction.status'),
                children: t(`facilities.sanction.statuses.${v.status}`),
              },
              {
                key: 'number',
                label: t('facilities.sanction.decisionNumber'),
                children: v.decisionNumber ?? '—',
              },
              {
                key: 'date',
                label: t('facilities.sanction.decisionDate'),
                children: formatDate(v.decisionDate) || '—',
              },
              {
                key: 'fine',
                label: t('facilities.sanction.fine'),
                children: v.fineAmount != null ? formatMoney(v.fineAmount) : '—',
              },
              { key: 'followUp', label: t('facilities.sanction.followUp'), children: v.followUp ?? '—' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
