import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../storage';

/** A quiet "saved" mark; failures are shown by SaveProblem instead. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  if (status.state === 'failed') return null;
  return (
    <span className={`save-indicator save-indicator--${status.state}`} role="status" data-testid="save-indicator" data-state={status.state}>
      {status.state === 'saved' ? `✓ ${t('save.saved')}` : t('save.pending')}
    </span>
  );
}

/** A warning that stays until resolved, with a one-click backup: the map on screen is never discarded. */
export function SaveProblem({
  status,
  onBackup,
  onLoadTheirs,
  onKeepMine,
}: {
  status: SaveStatus;
  onBackup: () => void;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  if (status.state !== 'failed') return null;
  const { failure } = status;
  return (
    <div role="alert" className="save-problem" data-testid="save-problem" data-failure={failure}>
      <p>{t(`save.${failure}`)}</p>
      <div className="save-problem__actions">
        <button type="button" className="primary" onClick={onBackup}>
          {t('save.backup')}
        </button>
        {failure === 'conflict' ? (
          <button type="button" onClick={onLoadTheirs}>
            {t('save.loadTheirs')}
          </button>
        ) : null}
        {failure === 'conflict' || failure === 'missing' ? (
          <button type="button" onClick={onKeepMine}>
            {t('save.keepMine')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
