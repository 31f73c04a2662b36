import { ConfigProvider, type ThemeConfig } from 'antd';
// The ES modules: the CommonJS 'antd/locale/vi_VN' reaches the bundle wrapped in a second
// `default`, so a spread of it (below) would lose every component's strings.
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// antd's Vietnamese date picker says "Chọn thời điểm" (choose a moment) where a day is meant:
// the app asks for a day ("Chọn ngày") everywhere.
const VI: typeof viVN = {
  ...viVN,
  DatePicker: viVN.DatePicker && {
    ...viVN.DatePicker,
    lang: {
      ...viVN.DatePicker.lang,
      placeholder: 'Chọn ngày',
    },
  },
};

// antd derives its light shades from the primary colour; from a dark green they come out grey-brown
// (#9cada5), which made selected menu items, tree nodes and options murky. The light ones are set here.
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0b6e4f',
    colorPrimaryBg: '#e3f1ea',
    colorPrimaryBgHover: '#cfe7dc',
    colorPrimaryBorder: '#8cc3aa',
    colorPrimaryBorderHover: '#5fa888',
    fontSize: 15,
  },
};

/**
 * antd's theme and language for what it draws: the whole app (App.tsx), and the antd parts a page
 * of plain elements loads only when needed (the menu of the station's page, the desktop date picker).
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : VI} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}
