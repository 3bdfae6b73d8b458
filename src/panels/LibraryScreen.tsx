import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../shell/LanguageSwitcher';
import { useNotices } from '../shell/noticeStore';
import { useImport } from '../shell/useImport';
import { mapHref, mergeHref } from '../shell/useHashRoute';
import { ACCEPT, READABLE_EXTENSIONS } from '../io/formats';
import { baseTitle, copyAsRegional, createMap, startNewRound, type MapKind } from '../model';
import { mapRepository, type MapSummary } from '../storage';
import { BackupControls } from './BackupControls';
import { ConfirmDialog } from './Dialog';
import { JsonFilePicker } from './JsonFilePicker';
import { PersistenceNote } from './PersistenceNote';
import { NewMapDialog } from './NewMapDialog';
import { RenameDialog } from './RenameDialog';

type Pending =
  | { dialog: 'new'; kind: MapKind }
  | { dialog: 'rename'; map: MapSummary }
  | { dialog: 'delete'; map: MapSummary }
  | { dialog: 'deleteForever'; map: MapSummary }
  | null;

/** The maps stored in this browser: create, open, rename, duplicate, delete (to the trash), import. */
export function LibraryScreen() {
  const { t, i18n } = useTranslation();
  const repository = mapRepository();
  const libraryVersion = useNotices((s) => s.libraryVersion);
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [trash, setTrash] = useState<MapSummary[]>([]);
  const [pending, setPending] = useState<Pending>(null);
  const [trashed, setTrashed] = useState<MapSummary | null>(null);
  const importFiles = useImport();

  const [readError, setReadError] = useState(false);
  const refresh = useCallback(async () => {
    try {
      const [list, bin] = await Promise.all([repository.list(), repository.listTrash()]);
      setMaps(list);
      setTrash(bin);
      setReadError(false);
    } catch {
      // Storage unavailable (e.g. blocked by browser settings): say so instead of showing an empty library.
      setReadError(true);
    }
  }, [repository]);
  // libraryVersion changes when another part of the app wrote to the library: read it again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: libraryVersion is the trigger, not an input.
  useEffect(() => void refresh(), [refresh, libraryVersion]);

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const close = () => setPending(null);

  const create = async (kind: MapKind, values: { title: string; author: string; region: string }) => {
    const map = createMap({ kind, ...values, selfName: t('actorType.self') });
    const [stored] = await repository.add([map]);
    window.location.hash = mapHref(stored!.id);
  };

  return (
    <div className="library">
      <header className="app-header">
        <h1>
          {t('app.name')} <span className="app-header__tagline">{t('app.tagline')}</span>
        </h1>
        <LanguageSwitcher />
      </header>
      <main className="library__main">
        <h2>{t('library.heading')}</h2>
        <p className="muted">{t('library.intro')}</p>
        <div className="library__actions">
          <button type="button" className="primary" onClick={() => setPending({ dialog: 'new', kind: 'personal' })}>
            {t('library.newPersonal')}
          </button>
          <button type="button" onClick={() => setPending({ dialog: 'new', kind: 'regional' })}>
            {t('library.newRegional')}
          </button>
          <JsonFilePicker label={t('library.import')} multiple testId="import-input" accept={ACCEPT} onFiles={(files) => void importFiles(files)} />
          <a className="button-link" href={mergeHref}>
            {t('merge.open')}
          </a>
          <BackupControls />
        </div>
        <p className="muted">{t('library.dropHint', { formats: READABLE_EXTENSIONS.join(', ') })}</p>
        <PersistenceNote />
        {trashed ? (
          <p role="status" className="notice notice--ok">
            {t('library.deleted', { title: trashed.title })}{' '}
            <button
              type="button"
              onClick={async () => {
                await repository.restoreFromTrash(trashed.id);
                setTrashed(null);
                await refresh();
              }}
            >
              {t('common.undo')}
            </button>
          </p>
        ) : null}
        {readError ? (
          <p role="alert" className="notice notice--error" data-testid="storage-error">
            {t('storage.readFailed')}
          </p>
        ) : null}
        {maps && maps.length === 0 ? <p>{t('library.empty')}</p> : null}
        {maps && maps.length > 0 ? (
          <table className="library__table" data-testid="library-table">
            <thead>
              <tr>
                <th scope="col">{t('library.columnTitle')}</th>
                <th scope="col">{t('library.columnKind')}</th>
                <th scope="col">{t('library.columnUpdated')}</th>
                <th scope="col">{t('library.columnSize')}</th>
                <th scope="col">{t('library.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {maps.map((map) => (
                <tr key={map.id} data-testid="library-row">
                  <th scope="row">
                    <a href={mapHref(map.id)} aria-label={t('library.openMap', { title: map.title })}>
                      {map.title}
                    </a>
                    {map.author ? <span className="muted"> · {map.author}</span> : null}
                  </th>
                  <td>{t(`kind.${map.kind}`)}</td>
                  <td>{dateFormat.format(new Date(map.updatedAt))}</td>
                  <td>{t('library.size', { actors: map.actorCount, relations: map.relationCount })}</td>
                  <td>
                    <div className="row-actions" role="group" aria-label={t('library.actionsFor', { title: map.title })}>
                      <button type="button" onClick={() => setPending({ dialog: 'rename', map })}>
                        {t('common.rename')}
                      </button>
                      {/* Making a new map from this one: folded under one button, so a row keeps its actions on one line. */}
                      <details
                        className="row-more"
                        onKeyDown={(e) => {
                          // Escape folds the menu back, as any menu does, and leaves the focus on its button.
                          if (e.key !== 'Escape' || !e.currentTarget.open) return;
                          e.currentTarget.open = false;
                          e.currentTarget.querySelector('summary')?.focus();
                        }}
                      >
                        <summary>{t('library.newFrom')}</summary>
                        <div className="row-more__menu">
                          <button
                            type="button"
                            onClick={async () => {
                              await repository.duplicate(map.id, t('library.copyTitle', { title: map.title }));
                              await refresh();
                            }}
                          >
                            {t('common.duplicate')}
                          </button>
                          {map.kind === 'personal' ? (
                            <button
                              type="button"
                              onClick={async () => {
                                const loaded = await repository.load(map.id);
                                if (!loaded.ok) return;
                                const [copy] = await repository.add([copyAsRegional(loaded.map)]);
                                window.location.hash = mapHref(copy!.id);
                              }}
                            >
                              {t('library.copyAsRegional')}
                            </button>
                          ) : null}
                          <button
                            type="button"
                            onClick={async () => {
                              const loaded = await repository.load(map.id);
                              if (!loaded.ok) return;
                              const next = startNewRound(loaded.map, { title: (number) => t('rounds.newTitle', { title: baseTitle(loaded.map), number }) });
                              const [copy] = await repository.add([next]);
                              window.location.hash = mapHref(copy!.id);
                            }}
                          >
                            {t('rounds.libraryAction')}
                          </button>
                        </div>
                      </details>
                      <button type="button" className="danger" onClick={() => setPending({ dialog: 'delete', map })}>
                        {t('common.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <details className="trash">
          <summary>
            {t('library.trash')} ({trash.length})
          </summary>
          {trash.length === 0 ? <p className="muted">{t('library.trashEmpty')}</p> : null}
          <ul>
            {trash.map((map) => (
              <li key={map.id} data-testid="trash-row">
                {map.title}{' '}
                <button
                  type="button"
                  onClick={async () => {
                    await repository.restoreFromTrash(map.id);
                    await refresh();
                  }}
                >
                  {t('common.restore')}
                </button>{' '}
                <button type="button" className="danger" onClick={() => setPending({ dialog: 'deleteForever', map })}>
                  {t('library.deleteForever')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      </main>
      {pending?.dialog === 'new' ? <NewMapDialog kind={pending.kind} onCancel={close} onCreate={(values) => void create(pending.kind, values)} /> : null}
      {pending?.dialog === 'rename' ? (
        <RenameDialog
          title={pending.map.title}
          onCancel={close}
          onRename={async (title) => {
            await repository.rename(pending.map.id, title);
            close();
            await refresh();
          }}
        />
      ) : null}
      {pending?.dialog === 'delete' ? (
        <ConfirmDialog
          title={t('common.delete')}
          message={t('library.confirmDelete', { title: pending.map.title })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          onCancel={close}
          onConfirm={async () => {
            await repository.trash(pending.map.id);
            setTrashed(pending.map);
            close();
            await refresh();
          }}
        />
      ) : null}
      {pending?.dialog === 'deleteForever' ? (
        <ConfirmDialog
          title={t('library.deleteForever')}
          message={t('library.confirmDeleteForever', { title: pending.map.title })}
          confirmLabel={t('library.deleteForever')}
          cancelLabel={t('common.cancel')}
          onCancel={close}
          onConfirm={async () => {
            await repository.deleteForever(pending.map.id);
            close();
            await refresh();
          }}
        />
      ) : null}
    </div>
  );
}
