import { lazy, Suspense, useCallback } from 'react';
import { LibraryScreen } from '../panels/LibraryScreen';
import { Notices } from './Notices';
import { useFileDrop } from './useFileDrop';
import { useHashRoute } from './useHashRoute';
import { useImport } from './useImport';

// The editor (React Flow) and the merge screen (fuzzy matching, layout) are loaded
// when first opened, so the library appears after a small initial download.
const EditorScreen = lazy(() => import('./EditorScreen').then((m) => ({ default: m.EditorScreen })));
const MergeScreen = lazy(() => import('../panels/merge/MergeScreen'));

export function App() {
  const route = useHashRoute();
  const importFiles = useImport();
  useFileDrop(useCallback((files: File[]) => void importFiles(files), [importFiles]));
  return (
    <>
      <Notices />
      <Suspense fallback={null}>
        {route.screen === 'map' ? <EditorScreen key={route.id} mapId={route.id} /> : route.screen === 'merge' ? <MergeScreen /> : <LibraryScreen />}
      </Suspense>
    </>
  );
}
