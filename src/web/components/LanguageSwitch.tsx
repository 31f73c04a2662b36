import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  return (
    <Segmented
      data-testid="lang-switch"
      size="small"
      value={i18n.language}
      options={[
        { label: 'VI', value: 'vi' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(v) => void setLanguage(v as Language)}
    />
  );
}
