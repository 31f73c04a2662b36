import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  GlobalOutlined,
  HomeOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { Drawer, Menu, type MenuProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { MANAGER_ROLES, ROLE_LABELS } from '../../shared/roles.ts';
import { AntdProvider } from './antd-provider.tsx';
import { seesDashboard, seesNational, useMe } from './auth.tsx';

/** The app's pages the user may open, the current one marked: the sidebar on a wide screen. */
export function NavMenu({ onNavigate }: { onNavigate?(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    ...(seesDashboard(me)
      ? [{ key: '/dashboard', icon: <DashboardOutlined />, label: t('nav.dashboard') }]
      : []),
    ...(seesNational(me) ? [{ key: '/national', icon: <GlobalOutlined />, label: t('nav.national') }] : []),
    { key: '/plans', icon: <CalendarOutlined />, label: t('nav.plans') },
    { key: '/activities', icon: <ThunderboltOutlined />, label: t('nav.activities') },
    { key: '/births-srb', icon: <BarChartOutlined />, label: t('nav.birthsSrb') },
    { key: '/facilities', icon: <SafetyCertificateOutlined />, label: t('nav.facilities') },
    { key: '/reports', icon: <FileTextOutlined />, label: t('nav.reports') },
    { key: '/budget', icon: <WalletOutlined />, label: t('nav.budget') },
    { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
    // Users, organisations and the audit log: every manager of reference data (province administrator too).
    ...(MANAGER_ROLES.includes(me.role)
      ? [
          { key: '/admin/users', icon: <TeamOutlined />, label: t('nav.users') },
          { key: '/admin/organisations', icon: <BankOutlined />, label: t('nav.organisations') },
          { key: '/admin/audit', icon: <AuditOutlined />, label: t('nav.audit') },
        ]
      : []),
    ...(me.role === 'admin'
      ? [{ key: '/admin/provinces', icon: <GlobalOutlined />, label: t('nav.provinces') }]
      : []),
    { key: '/account/password', icon: <KeyOutlined />, label: t('nav.password') },
  ];
  const selected = `/${location.pathname.split('/')[1] ?? ''}`;
  const selectedKey =
    location.pathname.startsWith('/admin') || location.pathname.startsWith('/account')
      ? location.pathname
      : selected;
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey]}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}

/** The same menu in a drawer from the left, under the user's name and role: a phone's menu. */
export function NavDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="left"
      size={300}
      title={
        <div style={{ lineHeight: 1.3 }}>
          <div>{me.displayName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            {ROLE_LABELS[me.role][lang]}
            {me.organisationName ? ` · ${me.organisationName}` : ''}
          </Typography.Text>
        </div>
      }
      styles={{ body: { padding: 0 } }}
    >
      <NavMenu onNavigate={onClose} />
    </Drawer>
  );
}

/** The phone's menu with antd's theme of its own: the station's page of plain elements loads it on the first tap of ☰. */
export default function ThemedNavDrawer(props: { open: boolean; onClose(): void }) {
  return (
    <AntdProvider>
      <NavDrawer {...props} />
    </AntdProvider>
  );
}
