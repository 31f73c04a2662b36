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
  LogoutOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { App, Button, Drawer, Grid, Layout, Menu, type MenuProps, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { MANAGER_ROLES, ROLE_LABELS } from '../../shared/roles.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { countUnsent } from '../features/activities/outbox-db.ts';
import { seesDashboard, seesNational, useAuth, useMe } from './auth.tsx';

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const { signOut } = useAuth();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [drawer, setDrawer] = useState(false);

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
  // Sign-out deletes what this user has not sent yet (the next person on the phone must not send it
  // as theirs): asked first when there is any, with the count.
  const confirmSignOut = async () => {
    const unsent = await countUnsent(me.id).catch(() => 0);
    if (!unsent) return signOut();
    modal.confirm({
      title: t('nav.logoutConfirm'),
      content: <span data-testid="logout-unsent">{t('nav.logoutUnsent', { count: unsent })}</span>,
      okText: t('nav.logout'),
      okButtonProps: { danger: true, ...({ 'data-testid': 'logout-confirm' } as Record<string, string>) },
      cancelText: t('common.cancel'),
      onOk: signOut,
    });
  };
  const selected = `/${location.pathname.split('/')[1] ?? ''}`;
  const selectedKey =
    location.pathname.startsWith('/admin') || location.pathname.startsWith('/account')
      ? location.pathname
      : selected;
  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey]}
      onClick={({ key }) => {
        navigate(key);
        setDrawer(false);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: phone ? 12 : 24,
          background: '#0b6e4f',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {phone && (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            aria-label={t('nav.menu')}
            onClick={() => setDrawer(true)}
          />
        )}
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Text>
        {!phone && <Typography.Text style={{ color: '#cfe9df' }}>{t('app.tagline')}</Typography.Text>}
        <Space style={{ marginInlineStart: 'auto' }} size={phone ? 4 : 12}>
          <LanguageSwitch />
          {!phone && (
            <span
              style={{
                color: '#fff',
                display: 'block',
                maxWidth: 280,
                lineHeight: 1.3,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
              }}
              title={`${ROLE_LABELS[me.role][lang]}${me.organisationName ? ` · ${me.organisationName}` : ''}`}
            >
              {me.displayName}
            </span>
          )}
          <Button
            data-testid="logout"
            size="small"
            icon={<LogoutOutlined />}
            aria-label={t('nav.logout')}
            title={t('nav.logout')}
            onClick={() => void confirmSignOut()}
          >
            {phone ? null : t('nav.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        {phone ? (
          <Drawer
            open={drawer}
            onClose={() => setDrawer(false)}
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
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider
            width={288}
            theme="light"
            style={{
              borderInlineEnd: '1px solid #f0f0f0',
              position: 'sticky',
              top: 64,
              height: 'calc(100vh - 64px)',
              overflow: 'auto',
            }}
          >
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
