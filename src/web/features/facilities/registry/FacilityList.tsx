import { useTranslation } from 'react-i18next';
import type { FacilityDto } from '../../../../shared/contracts/facilities.ts';
import { formatDate } from '../../../i18n/format.ts';
import { useFacilities } from '../api.ts';
import { editColumn } from '../common/EditButton.tsx';
import { commonColumns, nameColumn } from './columns.tsx';
import { FacilityDrawer } from './FacilityDrawer.tsx';
import { FacilityImport } from './FacilityImport.tsx';
import { RegistryTable, useRegistryList } from './RegistryTable.tsx';

/** The "Cơ sở" tab: the registry of facilities, its filters, adding, editing and importing. */
export function FacilityList() {
  const { t } = useTranslation();
  const list = useRegistryList(useFacilities);
  const { editing, setEditing } = list;
  return (
    <>
      <RegistryTable<FacilityDto>
        list={list}
        add={t('facilities.facility.add')}
        actions={<FacilityImport />}
        kinds
        empty={t('facilities.facility.empty')}
        testId="facility-list"
        columns={[
          nameColumn<FacilityDto>(
            t('facilities.f.name'),
            (f) => f.name,
            (f) => `/facilities/${f.id}`,
            (f) => [t(`facilities.kinds.${f.kind}`), f.licenceNumber].filter(Boolean).join(' · '),
          ),
          ...commonColumns<FacilityDto>(t),
          {
            title: t('facilities.f.lastInspected'),
            dataIndex: 'lastInspectedOn',
            width: 110,
            render: (d: string | null) => (d ? formatDate(d) : t('facilities.f.never')),
          },
          ...(list.access.register
            ? [editColumn<FacilityDto>(() => t('facilities.facility.edit'), setEditing)]
            : []),
        ]}
      />
      {editing && (
        <FacilityDrawer facility={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
