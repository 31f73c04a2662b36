import { type ReactNode, useEffect } from 'react';
import { usePhone } from './usePhone.ts';

/**
 * A panel over the page from its right edge, the whole screen on a phone, with its title and ✕;
 * Escape closes it too (a tap beside it does not: what was typed stays), and the page under it does not scroll. Plain elements: the station's record
 * form opens in it (issue 16).
 */
export function SidePanel({
  title,
  onClose,
  closeLabel,
  testId,
  children,
}: {
  title: ReactNode;
  onClose(): void;
  closeLabel: string;
  testId?: string;
  children: ReactNode;
}) {
  const phone = usePhone();
  useEffect(() => {
    const key = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    window.addEventListener('keydown', key);
    return () => {
      document.body.style.overflow = overflow;
      window.removeEventListener('keydown', key);
    };
  }, [onClose]);
  return (
    <div style={{ position: 'fixed', inset: 0, zIndex: 1000, display: 'flex', justifyContent: 'flex-end' }}>
      {!phone && (
        <div style={{ position: 'absolute', inset: 0, background: 'rgba(0,0,0,0.45)' }} aria-hidden />
      )}
      <div
        role="dialog"
        aria-modal="true"
        data-testid={testId}
        style={{
          position: 'relative',
          width: phone ? '100%' : 720,
          maxWidth: '100%',
          height: '100%',
          background: '#fff',
          display: 'flex',
          flexDirection: 'column',
          boxShadow: '-6px 0 16px rgba(0,0,0,0.08)',
        }}
      >
        <div
          style={{
            display: 'flex',
            gap: 12,
            alignItems: 'flex-start',
            padding: '12px 16px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <button
            type="button"
            aria-label={closeLabel}
            onClick={onClose}
            style={{
              border: 0,
              background: 'transparent',
              fontSize: 20,
              lineHeight: '28px',
              cursor: 'pointer',
              padding: 0,
            }}
          >
            ✕
          </button>
          <div style={{ fontWeight: 600, fontSize: 17, lineHeight: 1.5, whiteSpace: 'normal' }}>{title}</div>
        </div>
        <div style={{ flex: '1 1 auto', overflowY: 'auto', padding: phone ? 8 : 16, background: '#fff' }}>
          {children}
        </div>
      </div>
    </div>
  );
}
