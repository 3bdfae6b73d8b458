import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppUpdate } from './appUpdateStore';

/**
 * A small note in the corner: a new version is ready (update when you choose), or the app now
 * works offline. It never covers the bottom centre, where import results appear (Notices.tsx).
 */
const OFFLINE_READY_SHOWN_MS = 8000;

export function UpdateNotice() {
  const { t } = useTranslation();
  const needRefresh = useAppUpdate((s) => s.needRefresh);
  const offlineReady = useAppUpdate((s) => s.offlineReady);
  const update = useAppUpdate((s) => s.update);
  const dismiss = useAppUpdate((s) => s.dismiss);
  // "Works offline" is news only for a moment; a waiting version stays until the user answers.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = window.setTimeout(dismiss, OFFLINE_READY_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [offlineReady, needRefresh, dismiss]);
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="app-update" role="status" data-testid="app-update">
      <span className="app-update__text">{needRefresh ? t('offline.updateReady') : t('offline.ready')}</span>
      {needRefresh ? (
        <button type="button" className="primary" data-testid="app-update-apply" onClick={() => void update()}>
          {t('offline.update')}
        </button>
      ) : null}
      <button type="button" data-testid="app-update-dismiss" onClick={dismiss}>
        {needRefresh ? t('offline.later') : t('common.dismiss')}
      </button>
    </div>
  );
}
