/** "Save as a new map": only what the lens shows, as a new map in the library, with a link to open it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, visiblePart, type DerivedView } from '../../model';
import { useNotices } from '../../shell/noticeStore';
import { mapHref } from '../../shell/useHashRoute';
import { mapRepository } from '../../storage';
import { useEditorStoreApi } from '../../store/EditorStoreContext';

export function SaveFilteredMap({ view }: { view: DerivedView }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const [saved, setSaved] = useState<{ id: string; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const map = store.getState().map!;
    const part = visiblePart(map, view);
    const now = new Date().toISOString();
    // A map of its own: new id and times; saved views are left behind (they were views of the whole map).
    const { views: _views, ...rest } = part;
    setBusy(true);
    try {
      const [copy] = await mapRepository().add([
        { ...rest, id: newId(), title: t('lens.filteredTitle', { title: map.title }), createdAt: now, updatedAt: now },
      ]);
      useNotices.getState().libraryChanged();
      setSaved({ id: copy!.id, title: copy!.title });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="lens-section">
      <button type="button" onClick={() => void save()} disabled={busy || view.visibleActors.size === 0}>
        {t('lens.saveAsNew')}
      </button>
      <p className="muted lens-note">{t('lens.saveHint')}</p>
      <p role="status" data-testid="lens-saved">
        {saved ? (
          <>
            {t('lens.savedAs', { title: saved.title })} <a href={mapHref(saved.id)}>{t('lens.openSaved')}</a>
          </>
        ) : null}
      </p>
    </section>
  );
}
