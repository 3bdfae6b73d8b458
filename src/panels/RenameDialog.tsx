import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export function RenameDialog({ title, onRename, onCancel }: { title: string; onRename: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onRename(value.trim());
  };
  return (
    <Dialog title={t('common.rename')} onClose={onCancel} testId="rename-dialog">
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('library.renameLabel')}</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} autoFocus required />
        </label>
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!value.trim()}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
