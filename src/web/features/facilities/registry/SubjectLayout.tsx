import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, type DescriptionsProps, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InspectionDto } from '../../../../shared/contracts/facilities.ts';
import { useMe } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { facilityAccess } from '../access.ts';
import type { Subject } from '../api.ts';
import { CommitmentsCard } from '../commitments/CommitmentsCard.tsx';
import { Section } from '../common/Section.tsx';
import { InspectionList } from '../inspections/InspectionList.tsx';
import { RecordButton } from '../inspections/RecordButton.tsx';

/**
 * The page of a facility or a person: its details, its commitments (recorded and withdrawn here)
 * and its inspections (a new one recorded from here).
 */
export function SubjectLayout({
  back,
  title,
  tags,
  error,
  details,
  subject,
  adminUnitId,
  signer,
  inspections,
  onEdit,
  children,
}: {
  back: { to: string; label: string };
  title: ReactNode;
  tags?: ReactNode;
  error: unknown;
  details?: DescriptionsProps['items'];
  subject: Subject;
  adminUnitId?: number;
  signer: string | null;
  inspections: { items: InspectionDto[] | undefined; loading: boolean; error: unknown };
  onEdit(): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const access = facilityAccess(useMe());
  return (
    <div style={{ maxWidth: 960 }}>
      <Link to={back.to}>
        <ArrowLeftOutlined /> {back.label}
      </Link>
      <PageHeader
        title={title}
        extra={
          details &&
          access.register && (
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="subject-edit">
              {t('facilities.edit')}
            </Button>
          )
        }
      />
      {tags && (
        <Space size={[4, 4]} wrap style={{ marginTop: -8, marginBottom: 12 }}>
          {tags}
        </Space>
      )}
      <ErrorAlert error={error} />
      {details && adminUnitId && (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={details} />
          </Card>
          <CommitmentsCard
            subject={subject}
            adminUnitId={adminUnitId}
            signer={signer}
            canWrite={access.register}
          />
          <Section
            title={t('facilities.inspections.title')}
            actions={access.inspect && <RecordButton subject={subject} testId="subject-inspect" />}
          >
            <ErrorAlert error={inspections.error} />
            <InspectionList
              items={inspections.items}
              loading={inspections.loading}
              showSubject={false}
              testId="subject-inspections"
            />
          </Section>
        </>
      )}
      {children}
    </div>
  );
}
