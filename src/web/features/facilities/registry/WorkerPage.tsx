import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useInspections, useWorker } from '../api.ts';
import { CommitmentTag, DemoTag, ServiceTags, StatusTag } from '../common/tags.tsx';
import '../messages.ts';
import { SubjectLayout } from './SubjectLayout.tsx';
import { WorkerDrawer } from './WorkerDrawer.tsx';

/** /facilities/workers/:id — a person who performs ultrasound or abortion, commitments, inspections. */
export default function WorkerPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const worker = useWorker(id);
  // The API filters inspections by facility or plan, not by person: the person's are picked here.
  const inspections = useInspections({ workerId: id });
  const [editing, setEditing] = useState(false);
  const w = worker.data;
  return (
    <SubjectLayout
      back={{ to: '/facilities?tab=workers', label: t('facilities.tabs.workers') }}
      title={w?.fullName ?? t('facilities.worker.details')}
      tags={
        w && (
          <>
            <CommitmentTag state={w.commitment} />
            <StatusTag status={w.status} always />
            <DemoTag demo={w.isDemo} />
          </>
        )
      }
      error={worker.error}
      details={
        w && [
          {
            key: 'certificate',
            label: t('facilities.f.certificate'),
            children: w.certificateNumber ?? t('facilities.none'),
          },
          {
            key: 'workplace',
            label: t('facilities.f.workplace'),
            children: w.facilityId ? (
              <Link to={`/facilities/${w.facilityId}`}>{w.facilityName}</Link>
            ) : (
              (w.workplace ?? t('facilities.none'))
            ),
          },
          {
            key: 'services',
            label: t('facilities.f.services'),
            children: <ServiceTags services={w.services} />,
          },
          { key: 'commune', label: t('facilities.f.commune'), children: w.adminUnitName },
        ]
      }
      subject={{ workerId: id }}
      adminUnitId={w?.adminUnitId}
      signer={w?.fullName ?? null}
      inspections={{
        items: inspections.data,
        loading: inspections.isLoading,
        error: inspections.error,
      }}
      onEdit={() => setEditing(true)}
    >
      {editing && w && <WorkerDrawer worker={w} onClose={() => setEditing(false)} />}
    </SubjectLayout>
  );
}
