import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A list of free-text labels shown as removable chips, with a field to add one. */
export function LabelListEditor(props: {
  label: string;
  placeholder: string;
  items: readonly string[];
  display?: (item: string) => string;
  onAdd: (item: string) => void;
  onRemove: (item: string) => void;
  addLabel: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const show = props.display ?? ((item: string) => item);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    props.onAdd(draft);
    setDraft('');
  };
  return (
    <div className="label-list" data-testid={props.testId}>
      {props.items.length > 0 ? (
        <ul className="chips">
          {props.items.map((item) => (
            <li key={item} className="chip">
              <span>{show(item)}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('inspector.removeLabel', { label: show(item) })}
                onClick={() => props.onRemove(item)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="inline-form" onSubmit={submit}>
        <input aria-label={props.label} placeholder={props.placeholder} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">{props.addLabel}</button>
      </form>
    </div>
  );
}
