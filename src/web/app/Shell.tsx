import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { App, Button, Grid, Layout, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../../shared/roles.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { countUnsent } from '../features/activities/outbox-db.ts';
import { useAuth, useMe } from './auth.tsx';
import { NavDrawer, NavMenu } from './NavMenu.tsx';

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const { signOut } = useAuth();
  const { modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [drawer, setDrawer] = useState(false);

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
          <NavDrawer open={drawer} onClose={() => setDrawer(false)} />
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
            <NavMenu />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
