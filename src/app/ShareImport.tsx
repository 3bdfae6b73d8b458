/**
 * Opening a share link: the map in the link becomes a new map in the library
 * (never overwriting one), then the link — the whole map — leaves the address
 * bar and the history. A damaged link stores nothing and says why.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFileError } from '../i18n/describeError';
import { decodeShare, type ShareError } from '../io/shareLink';
import type { MapDoc } from '../model';
import { Dialog } from '../panels/Dialog';
import { mapRepository } from '../storage';
import { libraryHref, mapHref, replaceRoute } from '../shell/useHashRoute';

type State = { phase: 'opening' } | { phase: 'failed'; error: ShareError } | { phase: 'same'; map: MapDoc; existingTitle: string };

async function addAndOpen(map: MapDoc) {
  const [added] = await mapRepository().add([map]);
  replaceRoute(mapHref(added!.id));
}

export function ShareImport({ data }: { data: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ phase: 'opening' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await decodeShare(data);
      if (!live) return;
      if (!result.ok) return setState({ phase: 'failed', error: result.error });
      const existing = await mapRepository().load(result.map.id);
      if (!live) return;
      // The same map already here (a second scan, or the author's own tablet): ask rather than duplicate.
      if (existing.ok) return setState({ phase: 'same', map: result.map, existingTitle: existing.map.title });
      await addAndOpen(result.map);
    })();
    return () => {
      live = false;
    };
  }, [data]);

  if (state.phase === 'opening') {
    return (
      <p role="status" className="share__opening">
        {t('share.opening')}
      </p>
    );
  }
  if (state.phase === 'same') {
    return (
      <Dialog title={t('share.sameTitle')} onClose={() => replaceRoute(libraryHref)} testId="share-same">
        <p>{t('share.sameMessage', { title: state.existingTitle })}</p>
        <div className="dialog__actions">
          <button type="button" onClick={() => replaceRoute(mapHref(state.map.id))} autoFocus>
            {t('share.openExisting')}
          </button>
          <button type="button" onClick={() => void addAndOpen(state.map)}>
            {t('share.keepBoth')}
          </button>
        </div>
      </Dialog>
    );
  }
  const { error } = state;
  const message = error.code === 'linkDamaged' ? t('share.linkDamaged') : error.code === 'linkTooLarge' ? t('share.linkTooLarge') : describeFileError(t, error);
  return (
    <Dialog title={t('share.failedTitle')} onClose={() => replaceRoute(libraryHref)} testId="share-failed">
      <p role="alert">{message}</p>
      <p>{t('share.nothingChanged')}</p>
      <div className="dialog__actions">
        <button type="button" onClick={() => replaceRoute(libraryHref)} autoFocus>
          {t('share.toLibrary')}
        </button>
      </div>
    </Dialog>
  );
}
