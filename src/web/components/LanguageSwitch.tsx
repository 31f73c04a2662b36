import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../i18n/index.ts';

const LANGUAGES = [
  ['vi', 'VI'],
  ['en', 'EN'],
] as const;

/** VI | EN, the chosen one white: two plain buttons (the station's first page shows it). */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  return (
    <div
      data-testid="lang-switch"
      style={{ display: 'inline-flex', background: '#f5f5f5', borderRadius: 6, padding: 2 }}
    >
      {LANGUAGES.map(([value, label]) => {
        const on = i18n.language === value;
        return (
          <button
            key={value}
            type="button"
            aria-pressed={on}
            onClick={() => void setLanguage(value as Language)}
            style={{
              font: 'inherit',
              fontSize: 14,
              border: 0,
              borderRadius: 4,
              padding: '0 8px',
              lineHeight: '24px',
              cursor: 'pointer',
              background: on ? '#fff' : 'transparent',
              color: on ? 'rgba(0,0,0,0.88)' : 'rgba(0,0,0,0.65)',
              boxShadow: on ? '0 1px 2px rgba(0,0,0,0.12)' : undefined,
            }}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
