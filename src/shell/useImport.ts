import { useCallback } from 'react';
import { readMapFiles } from '../io/importFiles';
import { mapRepository } from '../storage';
import { useNotices } from './noticeStore';

/** Import map files into the library and report what happened. */
export function useImport() {
  const report = useNotices((s) => s.report);
  return useCallback(
    async (files: readonly File[]) => {
      const jsonFiles = files.filter((f) => f.name.toLowerCase().endsWith('.json') || f.type === 'application/json' || f.type === '');
      const candidates = jsonFiles.length ? jsonFiles : files;
      const { maps, problems } = await readMapFiles(candidates);
      const added = maps.length ? await mapRepository().add(maps) : [];
      report({ problems, imported: added.length });
      return added;
    },
    [report],
  );
}
