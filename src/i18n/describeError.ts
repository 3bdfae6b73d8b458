import type { TFunction } from 'i18next';
import type { FileError } from '../model';

/** A translated sentence for why a file or stored map could not be read. */
export function describeFileError(t: TFunction, error: FileError | { code: 'notFound' }): string {
  if (error.code === 'invalid') {
    const reason = error.reason ? t(`import.reason.${error.reason}`, { value: error.value ?? '' }) : '';
    return t('import.code.invalid', { path: error.path ?? '', reason });
  }
  if (error.code === 'backup') return t(`backup.${error.backup.code}`, { value: error.backup.value ?? '' });
  return t(`import.code.${error.code}`, { value: 'value' in error ? (error.value ?? '') : '' });
}
