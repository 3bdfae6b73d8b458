import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapCanvas } from '../canvas/MapCanvas';
import { describeFileError } from '../i18n/describeError';
import { exportMapJson } from '../io/exportJson';
import { mapBounds, newId } from '../model';
import { SidePanel } from '../panels/SidePanel';
import { TableView } from '../panels/table/TableView';
import { PresentationOverlay } from './present/PresentationOverlay';
import { mapRepository } from '../storage';
import { addAndEdit } from '../store/actions';
import { createEditorStore } from '../store/editorStore';
import type { AddableType } from '../store/viewStore';
import { EditorStoreProvider, useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { SaveIndicator, SaveProblem } from './SaveStatusView';
import { Toolbar } from './Toolbar';
import { libraryHref, mapHref } from '../shell/useHashRoute';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useMapSession } from './useMapSession';
import { usePrintOnBrowserPrint } from './usePrintPages';
import { ShortcutsDialog, useHelpKey } from './shortcuts/ShortcutsDialog';

/**
 * The canvas and the panels read the store themselves and take no props: memo keeps a change of the save
 * status (every edit: "saving", then "saved") from re-rendering them, a 1000-actor map's every node and the lens.
 */
const Canvas = memo(MapCanvas);
const Side = memo(SidePanel);
const Table = memo(TableView);

/** The map editor: toolbar, canvas and side panel for one map. */
export function EditorScreen({ mapId }: { mapId: string }) {
  // A fresh store per opened map: loading or switching maps clears history.
  const [store] = useState(() => createEditorStore());
  return (
    <EditorStoreProvider key={mapId} store={store}>
      <ReactFlowProvider>
        <EditorSession mapId={mapId} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}

function EditorSession({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const { session, status, loadStored } = useMapSession(mapId, store);
  const hasMap = useEditor((s) => s.map !== null);
  const presenting = useEditor((s) => s.presenting);
  const layout = useEditor((s) => s.layout);
  usePrintOnBrowserPrint();
  useHelpKey();

  if (session.phase === 'failed') {
    return (
      <main className="editor-message" role="alert">
        <p>{session.error.code === 'notFound' ? t('editor.notFound') : t('editor.damaged', { message: describeFileError(t, session.error) })}</p>
        <a href={libraryHref}>{t('editor.backToLibrary')}</a>
      </main>
    );
  }
  if (session.phase === 'loading' || !hasMap) return <main className="editor-message">{t('editor.loading')}</main>;

  const keepMine = async () => {
    const map = store.getState().map!;
    const [copy] = await mapRepository().add([{ ...map, id: newId(), title: t('library.copyTitle', { title: map.title }) }]);
    window.location.hash = mapHref(copy!.id);
  };
  // The canvas keeps its place in the tree when a presentation starts or ends, so the view stays where it was.
  return (
    <div className={presenting ? 'editor editor--presenting' : 'editor'}>
      {presenting ? null : <EditorToolbar saveIndicator={<SaveIndicator status={status} />} />}
      <SaveProblem
        status={status}
        onBackup={() => exportMapJson(store.getState().map!)}
        onLoadTheirs={() => void loadStored()}
        onKeepMine={() => void keepMine()}
      />
      <div className="editor__body">
        {layout === 'table' && !presenting ? <Table /> : <Canvas />}
        {presenting ? <PresentationOverlay /> : <Side />}
      </div>
      <ShortcutsDialog />
    </div>
  );
}

function EditorToolbar({ saveIndicator }: { saveIndicator: React.ReactNode }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const { screenToFlowPosition, fitBounds } = useReactFlow();

  const addActorOfType = useCallback(
    (type: AddableType) => {
      const map = store.getState().map;
      if (!map) return;
      const canvas = document.querySelector('.map-canvas')?.getBoundingClientRect();
      // Regional maps get the new actor in the middle of the view; personal maps on the middle ring.
      const position =
        map.kind === 'regional' && canvas ? screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }) : undefined;
      addAndEdit(store, { type, name: t(`newActor.${type}`), ...(position ? { position } : {}) });
    },
    [screenToFlowPosition, store, t],
  );
  useEditorShortcuts(store, addActorOfType);
  // At once, not animated: in the same task as the new positions, React draws the tidied map once, for the view it ends in.
  // Animated, a large map was drawn first for the old view (actors that left it unmounted, others mounted) and then again
  // frame by frame as the view moved: one task of about 200 ms at 1000 actors.
  const fitMap = useCallback(() => void fitBounds(mapBounds(store.getState().map!), { padding: 0.04 }), [fitBounds, store]);
  return <Toolbar onAddActor={addActorOfType} saveIndicator={saveIndicator} onTidied={fitMap} />;
}
