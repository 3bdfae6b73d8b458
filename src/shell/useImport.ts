import { useCallback } from 'react';
import { isReadable } from '../io/formats';
import { readMapFiles } from '../io/importFiles';
import { mapRepository } from '../storage';
import { useDuplicates } from './duplicateStore';
import { useNotices } from './noticeStore';

/**
 * Import map files (any readable format of the registry) into the library and
 * report what happened. Maps already in the library (same id) are not added:
 * the user is asked about each (see duplicateStore).
 */
export function useImport() {
  const report = useNotices((s) => s.report);
  const ask = useDuplicates((s) => s.ask);
  return useCallback(
    async (files: readonly File[]) => {
      // Of a mixed drop, only the files that look like maps; a lone unknown file is still tried, to say what is wrong.
      const known = files.filter(isReadable);
      const { maps, problems } = await readMapFiles(known.length ? known : files);
      const repository = mapRepository();
      // Maps in the trash do not count: the import then adds the map (under a new id if its own is taken).
      const ids = new Set((await repository.list()).map((m) => m.id));
      const fresh = maps.filter((m) => !ids.has(m.id));
      const added = fresh.length ? await repository.add(fresh) : [];
      report({ problems, imported: added.length });
      ask(maps.filter((m) => ids.has(m.id)));
      return added;
    },
    [report, ask],
  );
}
