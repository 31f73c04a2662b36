import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { facilityAccess } from './access.ts';
import { CoverageTab } from './commitments/CoverageTab.tsx';
import { FiguresTab } from './figures/FiguresTab.tsx';
import { InspectionsTab } from './inspections/InspectionsTab.tsx';
import { LegalTab } from './legal/LegalTab.tsx';
import './messages.ts';
import { PrioritiesTab } from './priorities/PrioritiesTab.tsx';
import { FacilityList } from './registry/FacilityList.tsx';
import { WorkerList } from './registry/WorkerList.tsx';

const TABS = {
  facilities: FacilityList,
  workers: WorkerList,
  commitments: CoverageTab,
  inspections: InspectionsTab,
  priorities: PrioritiesTab,
  figures: FiguresTab,
  legal: LegalTab,
};
type Tab = keyof typeof TABS;

/**
 * /facilities — the registry and everything about it, one tab each; the tab travels in the address
 * (?tab=coverage…) so that a view can be shared and the back button returns to it. The ranking is
 * left out for those the server does not show it to (a commune's Trạm Y tế).
 */
export default function FacilitiesPage() {
  const { t } = useTranslation();
  const access = facilityAccess(useMe());
  const [params, setParams] = useSearchParams();
  const tabs = (Object.keys(TABS) as Tab[]).filter((k) => k !== 'priorities' || access.priorities);
  const asked = params.get('tab') as Tab | null;
  const tab = asked && tabs.includes(asked) ? asked : 'facilities';
  const Content = TABS[tab];
  return (
    <>
      <PageHeader title={t('facilities.title')} />
      <Tabs
        data-testid="facility-tabs"
        activeKey={tab}
        onChange={(k) => setParams(k === 'facilities' ? {} : { tab: k })}
        items={tabs.map((k) => ({ key: k, label: t(`facilities.tabs.${k}`) }))}
        style={{ marginTop: -8 }}
      />
      <Content />
    </>
  );
}
