import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { GREEN, LiteButton, Notice } from '../components/lite.tsx';
import { countUnsent } from '../features/activities/outbox-db.ts';
import { useAuth, useMe } from './auth.tsx';

// The menu is antd's (the same as every other page's): loaded at the first tap of ☰, from the
// service worker's cache when offline.
const NavDrawer = lazy(() => import('./NavMenu.tsx'));

const headerButton = {
  border: 0,
  background: 'transparent',
  color: '#fff',
  cursor: 'pointer',
  padding: '4px 8px',
  fontSize: 20,
  lineHeight: 1,
} as const;

/**
 * The frame of the station's own page ("Tháng này") on its phone: the app's green bar with the
 * menu, the language and sign-out, drawn with plain elements so that the page needs no antd until
 * the menu is opened (issue 16). Every other page has the antd Shell, which looks the same.
 */
export function StationShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useAuth();
  const [menu, setMenu] = useState<'closed' | 'open' | 'never'>('never');
  const [unsent, setUnsent] = useState(0);
  // Sign-out deletes what this user has not sent yet: asked first when there is any, with the count (as Shell).
  const confirmSignOut = async () => {
    const n = await countUnsent(me.id).catch(() => 0);
    if (n) setUnsent(n);
    else await signOut();
  };
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          height: 64,
          paddingInline: 12,
          background: GREEN,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <button type="button" aria-label={t('nav.menu')} onClick={() => setMenu('open')} style={headerButton}>
          ☰
        </button>
        <strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>{t('app.name')}</strong>
        <span style={{ marginInlineStart: 'auto', display: 'flex', gap: 4, alignItems: 'center' }}>
          <LanguageSwitch />
          <LiteButton
            small
            data-testid="logout"
            aria-label={t('nav.logout')}
            title={t('nav.logout')}
            onClick={() => void confirmSignOut()}
          >
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden style={{ verticalAlign: 'middle' }}>
              <path d="M10 4H4v16h6M14 8l4 4-4 4M18 12H8" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </LiteButton>
        </span>
      </header>
      {unsent > 0 && (
        <div
          style={{ position: 'fixed', inset: 0, zIndex: 1000, background: 'rgba(0,0,0,0.45)', padding: 16 }}
        >
          <div
            role="dialog"
            aria-modal="true"
            style={{ maxWidth: 420, margin: '20vh auto 0', background: '#fff', borderRadius: 8, padding: 16 }}
          >
            <Notice
              type="warning"
              title={t('nav.logoutConfirm')}
              description={
                <span data-testid="logout-unsent">{t('nav.logoutUnsent', { count: unsent })}</span>
              }
            />
            <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
              <LiteButton onClick={() => setUnsent(0)}>{t('common.cancel')}</LiteButton>
              <LiteButton
                kind="primary"
                style={{ background: '#ff4d4f', borderColor: '#ff4d4f' }}
                data-testid="logout-confirm"
                onClick={() => void signOut()}
              >
                {t('nav.logout')}
              </LiteButton>
            </div>
          </div>
        </div>
      )}
      {menu !== 'never' && (
        <Suspense fallback={null}>
          <NavDrawer open={menu === 'open'} onClose={() => setMenu('closed')} />
        </Suspense>
      )}
      <main style={{ padding: 12 }}>{children}</main>
    </div>
  );
}
