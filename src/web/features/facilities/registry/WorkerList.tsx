import { useTranslation } from 'react-i18next';
import type { WorkerDto } from '../../../../shared/contracts/facilities.ts';
import { useWorkers } from '../api.ts';
import { editColumn } from '../common/EditButton.tsx';
import { commonColumns, nameColumn } from './columns.tsx';
import { RegistryTable, useRegistryList } from './RegistryTable.tsx';
import { WorkerDrawer } from './WorkerDrawer.tsx';

/** The "Cá nhân hành nghề" tab: people who perform ultrasound or abortion. */
export function WorkerList() {
  const { t } = useTranslation();
  const list = useRegistryList(useWorkers);
  const { editing, setEditing } = list;
  return (
    <>
      <RegistryTable<WorkerDto>
        list={list}
        add={t('facilities.worker.add')}
        empty={t('facilities.worker.empty')}
        testId="worker-list"
        columns={[
          nameColumn<WorkerDto>(
            t('facilities.f.fullName'),
            (w) => w.fullName,
            (w) => `/facilities/workers/${w.id}`,
            (w) => w.certificateNumber,
          ),
          {
            title: t('facilities.f.workplace'),
            key: 'workplace',
            width: 200,
            render: (_, w) => w.facilityName ?? w.workplace ?? t('facilities.none'),
          },
          ...commonColumns<WorkerDto>(t),
          ...(list.access.register
            ? [editColumn<WorkerDto>(() => t('facilities.worker.edit'), setEditing)]
            : []),
        ]}
      />
      {editing && (
        <WorkerDrawer worker={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
