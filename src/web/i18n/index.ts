import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi.ts';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'canbang.language';

export function savedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage blocked (private mode, strict settings): Vietnamese
  }
}

// English, the second language, is fetched only by those who choose it: on a station's weak link
// the first page carries Vietnamese alone. (The features' own message files still bring both.)
let english: Promise<void> | undefined;
function loadEnglish(): Promise<void> {
  english ??= import('./en.ts').then(({ en }) => {
    i18n.addResourceBundle('en', 'translation', en, true, true);
  });
  return english;
}

export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; the switch still applies to this visit
  }
  if (lang === 'en') await loadEnglish();
  dayjs.locale(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: savedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
dayjs.locale(savedLanguage());
document.documentElement.lang = savedLanguage();

/** Resolved once the saved language's texts are there: the app renders no half-translated page. */
export const i18nReady: Promise<void> =
  savedLanguage() === 'en' ? loadEnglish().then(() => void i18n.changeLanguage('en')) : Promise.resolve();

export default i18n;
