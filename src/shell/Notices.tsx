import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFileError } from '../i18n/describeError';
import { useNotices } from './noticeStore';

/** Import results: what was added, and for each refused file which file and what is wrong. */
export function Notices() {
  const { t } = useTranslation();
  const { problems, imported, dismiss } = useNotices();
  const shown = problems.length > 0 || imported > 0;
  useNoticeSpace(shown);
  if (!shown) return null;
  return (
    <div className="notices" data-testid="notices">
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

/**
 * The notice floats over the bottom of the screen; the space it takes is published as
 * `--notice-space` so a scrolling screen (the library) ends above it instead of hiding rows under it.
 */
function useNoticeSpace(shown: boolean) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const box = shown ? document.querySelector<HTMLElement>('.notices') : null;
    if (!box) {
      root.style.removeProperty('--notice-space');
      return;
    }
    const publish = () => root.style.setProperty('--notice-space', `${Math.ceil(window.innerHeight - box.getBoundingClientRect().top)}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(box);
    window.addEventListener('resize', publish);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', publish);
      root.style.removeProperty('--notice-space');
    };
  }, [shown]);
}
