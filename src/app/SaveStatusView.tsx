import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../storage';

/** A quiet "saved" mark; failures are shown by SaveProblem instead. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  if (status.state === 'failed') return null;
  const saved = `✓ ${t('save.saved')}`;
  const pending = t('save.pending');
  // Every state's words take the same cell (app.css): the mark is as wide as its longest state in this language,
  // so the toolbar never re-wraps while saving, and reserves no more room than that.
  return (
    <span className={`save-indicator save-indicator--${status.state}`} role="status" data-testid="save-indicator" data-state={status.state}>
      <span>{status.state === 'saved' ? saved : pending}</span>
      <span className="save-indicator__room" aria-hidden="true">
        {saved}
      </span>
      <span className="save-indicator__room" aria-hidden="true">
        {pending}
      </span>
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
