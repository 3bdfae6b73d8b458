/** Every language's texts at once, for tests and tools (the app loads Swedish and English on demand: i18n/index). */
import en from './locales/en';
import fi from './locales/fi';
import sv from './locales/sv';

export const resources = { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } } as const;
