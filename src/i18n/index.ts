import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en';
import fi from './locales/fi';
import sv from './locales/sv';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** GUARD: where the chosen language is remembered; renaming it forgets users' choice. */
const LANGUAGE_KEY = 'verkostokartta.language';

export const resources = { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } } as const;

function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fi';
  } catch {
    return 'fi';
  }
}

export function initI18n(language: Language = rememberedLanguage()) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    // React escapes what it renders; escaping here too would show &lt; in labels.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function changeLanguage(language: Language) {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
  document.documentElement.lang = language;
  document.title = i18next.getFixedT(language)('app.name');
  return i18next.changeLanguage(language);
}
