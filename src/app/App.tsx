import { lazy, Suspense, useCallback } from 'react';
import { LibraryScreen } from '../panels/LibraryScreen';
import { EditorScreen } from './EditorScreen';
import { Notices } from './Notices';
import { useFileDrop } from './useFileDrop';
import { useHashRoute } from './useHashRoute';
import { useImport } from './useImport';

// The merge screen carries fuzzy matching and layout code: load it only when opened.
const MergeScreen = lazy(() => import('../panels/merge/MergeScreen'));

export function App() {
  const route = useHashRoute();
  const importFiles = useImport();
  useFileDrop(useCallback((files: File[]) => void importFiles(files), [importFiles]));
  return (
    <>
      <Notices />
      {route.screen === 'map' ? (
        <EditorScreen key={route.id} mapId={route.id} />
      ) : route.screen === 'merge' ? (
        <Suspense fallback={null}>
          <MergeScreen />
        </Suspense>
      ) : (
        <LibraryScreen />
      )}
    </>
  );
}
