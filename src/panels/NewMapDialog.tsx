import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapKind } from '../model';
import { Dialog } from './Dialog';

export interface NewMapValues {
  title: string;
  author: string;
  region: string;
}

/** Asks for the title and the author's name (and region for a regional map). */
export function NewMapDialog({ kind, onCreate, onCancel }: { kind: MapKind; onCreate: (values: NewMapValues) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<NewMapValues>({
    title: kind === 'personal' ? t('newMap.defaultPersonalTitle') : t('newMap.defaultRegionalTitle'),
    author: '',
    region: '',
  });
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) return setError(true);
    onCreate(values);
  };
  const field = (name: keyof NewMapValues, label: string, required = false) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={name}
        value={values[name]}
        required={required}
        aria-invalid={required && error ? true : undefined}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        autoFocus={name === 'title'}
      />
    </label>
  );
  return (
    <Dialog title={kind === 'personal' ? t('newMap.headingPersonal') : t('newMap.headingRegional')} onClose={onCancel} testId="new-map-dialog">
      <form onSubmit={submit} noValidate>
        {field('title', t('newMap.title'), true)}
        {error ? (
          <p role="alert" className="error-text">
            {t('newMap.titleRequired')}
          </p>
        ) : null}
        {field('author', t('newMap.author'))}
        {kind === 'regional' ? field('region', t('newMap.region')) : null}
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
