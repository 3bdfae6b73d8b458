import { useTranslation } from 'react-i18next';
import { describeFileError } from '../i18n/describeError';
import { useNotices } from './noticeStore';

/** Import results: what was added, and for each refused file which file and what is wrong. */
export function Notices() {
  const { t } = useTranslation();
  const { problems, imported, dismiss } = useNotices();
  if (!problems.length && !imported) return null;
  return (
    <div className="notices">
      {imported ? (
        <p role="status" className="notice notice--ok">
          {t('library.imported', { count: imported })}
        </p>
      ) : null}
      {problems.length ? (
        <div role="alert" className="notice notice--error" data-testid="import-errors">
          <strong>{t('import.failedHeading')}</strong>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{t('import.fileError', { file: p.fileName, message: describeFileError(t, p.error) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" className="notice__dismiss" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
