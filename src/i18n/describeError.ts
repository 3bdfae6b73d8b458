import type { TFunction } from 'i18next';
import type { FileError } from '../model';
import type fi from './locales/fi';

/** A translated sentence for why a file or stored map could not be read. */
export function describeFileError(
  t: TFunction,
  // `format`: a reader of another file format refused the file (io/formats FormatError), with values for its sentence.
  error: FileError | { code: 'notFound' } | { code: 'format'; format: { code: string; values: Record<string, string | number> } },
): string {
  if (error.code === 'format') return t(`formats.error.${error.format.code as keyof typeof fi.formats.error}`, error.format.values);
  if (error.code === 'invalid') {
    const reason = error.reason ? t(`import.reason.${error.reason}`, { value: error.value ?? '' }) : '';
    return t('import.code.invalid', { path: error.path ?? '', reason });
  }
  if (error.code === 'backup') return t(`backup.${error.backup.code}`, { value: error.backup.value ?? '' });
  return t(`import.code.${error.code}`, { value: 'value' in error ? (error.value ?? '') : '' });
}
