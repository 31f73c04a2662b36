import { Alert, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isStation, useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAdminUnit } from './api.ts';

const BASE = '/births-srb';

/**
 * The feature's header: its title and the four pages as tabs (map and watch-list, an area's
 * trend — the user's own commune for a Trạm Y tế, else the province —, the monthly form, the
 * birth files).
 */
export function SrbHeader({ extra }: { extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const unit = useAdminUnit(me.role === 'reporter' ? me.unitId : null);
  const home = unit.data?.level === 'commune' ? unit.data.code : me.provinceCode;
  const areaHome = home ? `${BASE}/areas/${home}` : null;
  const monthly = { key: `${BASE}/monthly`, label: t('srb.tabs.monthly') };
  const station = isStation(me);
  // A station's main job here is the monthly form: its first tab, never behind the "···" on a phone.
  const items = [
    ...(station ? [monthly] : []),
    { key: BASE, label: t('srb.tabs.overview') },
    ...(areaHome ? [{ key: `${BASE}/areas`, label: t('srb.tabs.area') }] : []),
    ...(station ? [] : [monthly]),
    { key: `${BASE}/imports`, label: t('srb.tabs.imports') },
  ];
  const active = items.find((i) => i.key !== BASE && pathname.startsWith(i.key))?.key ?? BASE;
  return (
    <>
      <PageHeader title={t('nav.birthsSrb')} extra={extra} />
      <Tabs
        data-testid="srb-tabs"
        activeKey={active}
        items={items}
        onChange={(key) =>
          navigate(key === `${BASE}/areas` ? areaHome! : key === BASE && station ? `${BASE}?view=map` : key)
        }
        style={{ marginTop: -8, marginBottom: 8 }}
      />
    </>
  );
}

/** Said loudly wherever a figure rests on simulated births. */
export function SimulatedBanner({ simulated }: { simulated: boolean | undefined }) {
  const { t } = useTranslation();
  if (!simulated) return null;
  return (
    <Alert
      data-testid="srb-simulated"
      type="warning"
      showIcon
      title={t('srb.simulated')}
      style={{ marginBottom: 16, fontWeight: 600 }}
    />
  );
}
