import type { TFunction } from 'i18next';
import type { FileError } from '../model';
import { describeFormatError } from './describeFormatError';
import fi from './locales/fi';

/** A translated sentence for why a file or stored map could not be read. */
export function describeFileError(
  t: TFunction,
  // `format`: a reader of another file format refused the file (io/formats FormatError), with values for its sentence.
  error: FileError | { code: 'notFound' } | { code: 'format'; format: { code: string; values: Record<string, string | number> } },
): string {
  if (error.code === 'format') {
    // The app's own picture format words its errors under formats.error; other tools' readers (Kumu, GraphML) name sheet, row and column.
    const { code, values } = error.format;
    if (code in fi.formats.error) return t(`formats.error.${code as keyof typeof fi.formats.error}`, values);
    return describeFormatError(t, error.format);
  }
  if (error.code === 'invalid') {
    const reason = error.reason ? t(`import.reason.${error.reason}`, { value: error.value ?? '' }) : '';
    return t('import.code.invalid', { path: error.path ?? '', reason });
  }
  if (error.code === 'backup') return t(`backup.${error.backup.code}`, { value: error.backup.value ?? '' });
  return t(`import.code.${error.code}`, { value: 'value' in error ? (error.value ?? '') : '' });
}
