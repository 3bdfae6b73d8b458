import { useTranslation } from 'react-i18next';
import { useDuplicates } from '../shell/duplicateStore';
import { useNotices } from '../shell/noticeStore';
import { mapHref } from '../shell/useHashRoute';
import { mapRepository } from '../storage';
import { Dialog } from './Dialog';

/**
 * The question when an imported map is already in the library (same id, e.g. the
 * same file or picture dropped twice): open the one that is there, or import a
 * copy. Cancelling adds nothing.
 */
export function DuplicateImportDialog() {
  const { t } = useTranslation();
  const map = useDuplicates((s) => s.queue[0]);
  const next = useDuplicates((s) => s.next);
  const report = useNotices((s) => s.report);
  if (!map) return null;
  return (
    // Keyed by the map, so each question is a fresh modal with focus on its first button.
    <Dialog key={map.id} title={t('formats.duplicate.title')} onClose={next} testId="duplicate-import-dialog">
      <p>{t('formats.duplicate.message', { title: map.title })}</p>
      <div className="dialog__actions">
        <button type="button" onClick={next} autoFocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          onClick={() => {
            next();
            window.location.hash = mapHref(map.id);
          }}
        >
          {t('formats.duplicate.open')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={async () => {
            next();
            const added = await mapRepository().add([{ ...map, title: t('library.copyTitle', { title: map.title }) }]);
            report({ problems: [], imported: added.length });
          }}
        >
          {t('formats.duplicate.copy')}
        </button>
      </div>
    </Dialog>
  );
}
