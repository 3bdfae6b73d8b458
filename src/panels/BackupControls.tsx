import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../shell/noticeStore';
import { downloadBlob } from '../io/download';
import type { FileProblem } from '../io/importFiles';
import type { MapDoc } from '../model';
import { mapRepository } from '../storage';
import { Dialog } from './Dialog';
import { JsonFilePicker } from './JsonFilePicker';

/** One-click backup of every map, and restore that only ever adds (duplicates are asked about). */
export function BackupControls() {
  const { t } = useTranslation();
  const repository = mapRepository();
  const report = useNotices((s) => s.report);
  const [pending, setPending] = useState<{ fresh: MapDoc[]; duplicates: MapDoc[]; problems: FileProblem[] } | null>(null);

  const backup = async () => {
    const [maps, { toBackupJson }] = await Promise.all([repository.allMaps(), import('../model/backup')]);
    const date = new Date().toISOString().slice(0, 10);
    downloadBlob(new Blob([toBackupJson(maps)], { type: 'application/json' }), `verkostokartta-backup-${date}.json`);
  };

  const finish = async (maps: MapDoc[], problems: FileProblem[]) => {
    const added = maps.length ? await repository.add(maps) : [];
    report({ problems, imported: added.length });
    setPending(null);
  };

  const restore = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return report({ problems: [{ fileName: file.name, error: { code: 'readFailed' } }], imported: 0 });
    }
    const { restoreBackup } = await import('../model/backup');
    const result = restoreBackup(text);
    if (!result.ok) return report({ problems: [{ fileName: file.name, error: { code: 'backup', backup: result.error } }], imported: 0 });
    const problems: FileProblem[] = result.problems.map((p) => ({ fileName: `${file.name} – ${p.index + 1}. ${p.title}`, error: p.error }));
    const ids = await repository.ids();
    const duplicates = result.maps.filter((m) => ids.has(m.id));
    const fresh = result.maps.filter((m) => !ids.has(m.id));
    if (duplicates.length) setPending({ fresh, duplicates, problems });
    else await finish(fresh, problems);
  };

  return (
    <>
      <button type="button" onClick={() => void backup()}>
        {t('backup.saveAll')}
      </button>
      <JsonFilePicker label={t('backup.restore')} testId="restore-input" onFiles={([file]) => void restore(file!)} />
      {pending ? (
        <Dialog title={t('backup.duplicatesHeading')} onClose={() => setPending(null)} testId="duplicates-dialog">
          <p>{t('backup.duplicates', { count: pending.duplicates.length })}</p>
          <ul>
            {pending.duplicates.map((m) => (
              <li key={m.id}>{m.title}</li>
            ))}
          </ul>
          <div className="dialog__actions">
            <button type="button" onClick={() => void finish(pending.fresh, pending.problems)}>
              {t('backup.skip')}
            </button>
            <button type="button" className="primary" onClick={() => void finish([...pending.fresh, ...pending.duplicates], pending.problems)}>
              {t('backup.asCopies')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
