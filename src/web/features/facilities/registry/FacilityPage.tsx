import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate } from '../../../i18n/format.ts';
import { useFacility, useInspections } from '../api.ts';
import { CommitmentTag, DemoTag, ServiceTags, StatusTag } from '../common/tags.tsx';
import '../messages.ts';
import { FacilityDrawer } from './FacilityDrawer.tsx';
import { SubjectLayout } from './SubjectLayout.tsx';

/** /facilities/:id — a facility, its commitments and its inspections. */
export default function FacilityPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const facility = useFacility(id);
  const inspections = useInspections({ facilityId: id });
  const [editing, setEditing] = useState(false);
  const f = facility.data;
  const dash = (v: string | null) => v || t('facilities.none');
  return (
    <SubjectLayout
      back={{ to: '/facilities', label: t('facilities.tabs.facilities') }}
      title={f?.name ?? t('facilities.facility.details')}
      tags={
        f && (
          <>
            <CommitmentTag state={f.commitment} />
            <StatusTag status={f.status} always />
            <DemoTag demo={f.isDemo} />
          </>
        )
      }
      error={facility.error}
      details={
        f && [
          { key: 'kind', label: t('facilities.f.kind'), children: t(`facilities.kinds.${f.kind}`) },
          {
            key: 'ownership',
            label: t('facilities.f.ownership'),
            children: f.ownership ? t(`facilities.ownership.${f.ownership}`) : t('facilities.none'),
          },
          { key: 'licence', label: t('facilities.f.licence'), children: dash(f.licenceNumber) },
          {
            key: 'services',
            label: t('facilities.f.services'),
            children: <ServiceTags services={f.services} />,
          },
          { key: 'commune', label: t('facilities.f.commune'), children: f.adminUnitName },
          { key: 'address', label: t('facilities.f.address'), children: dash(f.address) },
          { key: 'head', label: t('facilities.f.head'), children: dash(f.headName) },
          { key: 'phone', label: t('facilities.f.phone'), children: dash(f.phone) },
          {
            key: 'last',
            label: t('facilities.f.lastInspected'),
            children: f.lastInspectedOn ? formatDate(f.lastInspectedOn) : t('facilities.f.never'),
          },
        ]
      }
      subject={{ facilityId: id }}
      adminUnitId={f?.adminUnitId}
      signer={f?.headName ?? null}
      inspections={{ items: inspections.data, loading: inspections.isLoading, error: inspections.error }}
      onEdit={() => setEditing(true)}
    >
      {editing && f && <FacilityDrawer facility={f} onClose={() => setEditing(false)} />}
    </SubjectLayout>
  );
}
