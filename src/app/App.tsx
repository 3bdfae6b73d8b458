import { lazy, Suspense, use, useCallback, useEffect } from 'react';
import { DuplicateImportDialog } from '../panels/DuplicateImportDialog';
import { LibraryScreen } from '../panels/LibraryScreen';
import { useNotices } from '../shell/noticeStore';
import { Notices } from '../shell/Notices';
import { UpdateNotice } from '../shell/UpdateNotice';
import { useFileDrop } from '../shell/useFileDrop';
import { useHashRoute } from '../shell/useHashRoute';
import { useImport } from '../shell/useImport';
import { loadEditor } from './preload';

// The editor (React Flow) and the merge screen (fuzzy matching, layout) are loaded
// when first opened, so the library appears after a small initial download.
// The editor through use() (see preload.ts): once its code is here, it renders without suspending.
function EditorRoute({ mapId }: { mapId: string }) {
  const { EditorScreen } = use(loadEditor());
  return <EditorScreen mapId={mapId} />;
}
const MergeScreen = lazy(() => import('../panels/merge/MergeScreen'));
// Opening a share link (inflate, compact form, QR-free) is needed only when one is opened.
const ShareImport = lazy(() => import('./ShareImport').then((m) => ({ default: m.ShareImport })));

export function App() {
  const route = useHashRoute();
  const importFiles = useImport();
  useFileDrop(useCallback((files: File[]) => void importFiles(files), [importFiles]));
  // An import result belongs to the screen it was made on: leaving the screen clears it.
  const dismiss = useNotices((s) => s.dismiss);
  const screen = route.screen === 'map' ? `map:${route.id}` : route.screen;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the screen is the trigger, not an input.
  useEffect(() => dismiss(), [dismiss, screen]);
  return (
    <>
      <Notices />
      <UpdateNotice />
      <DuplicateImportDialog />
      <Suspense fallback={null}>
        {route.screen === 'map' ? <EditorRoute key={route.id} mapId={route.id} /> : route.screen === 'merge' ? <MergeScreen /> : <LibraryScreen />}
        {route.screen === 'share' ? <ShareImport key={route.data} data={route.data} /> : null}
      </Suspense>
    </>
  );
}
