import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './locales/fi';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** GUARD: where the chosen language is remembered; renaming it forgets users' choice. */
const LANGUAGE_KEY = 'verkostokartta.language';

/**
 * Finnish, the default, comes with the first screen; Swedish and English are
 * loaded when chosen (or remembered), so the start-up bundle carries one language.
 */
const LOADERS: Record<Exclude<Language, 'fi'>, () => Promise<{ default: object }>> = {
  sv: () => import('./locales/sv'),
  en: () => import('./locales/en'),
};

/** Make a language's texts available (once); Finnish always is. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'fi' || i18next.hasResourceBundle(language, 'translation')) return;
  const { default: texts } = await LOADERS[language]();
  i18next.addResourceBundle(language, 'translation', texts);
}

function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fi';
  } catch {
    return 'fi';
  }
}

/** Start i18next in the remembered language; resolves when its texts are there. */
export async function initI18n(language: Language = rememberedLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: { fi: { translation: fi } },
    lng: 'fi',
    fallbackLng: false,
    // React escapes what it renders; escaping here too would show &lt; in labels.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== 'fi') {
    try {
      await loadLanguage(language);
      await i18next.changeLanguage(language);
    } catch {
      // Offline before the chunk was ever cached: Finnish rather than nothing.
      language = 'fi';
    }
  }
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language) {
  await loadLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
  document.documentElement.lang = language;
  document.title = i18next.getFixedT(language)('app.name');
  return i18next.changeLanguage(language);
}
