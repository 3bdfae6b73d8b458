import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list of free-text labels shown as removable chips, with a field to add one.
 *
 * Typed text is never dropped: Enter adds it, and so does leaving the field
 * (clicking a method chip, another field or the map) or the editor closing
 * while text is still in the field. Trainees type a topic and reach for the
 * next thing without pressing Enter; losing the topic silently was a defect.
 */
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

  // The latest draft and onAdd, for the commit when the editor goes away (e.g. the selection changes by keyboard).
  const pending = useRef({ draft, onAdd: props.onAdd });
  pending.current = { draft, onAdd: props.onAdd };
  useEffect(
    () => () => {
      const { draft: left, onAdd } = pending.current;
      if (left.trim()) onAdd(left);
    },
    [],
  );

  const commit = () => {
    if (!draft.trim()) return;
    props.onAdd(draft);
    setDraft('');
    pending.current.draft = '';
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit();
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
        <input aria-label={props.label} placeholder={props.placeholder} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
        <button type="submit">{props.addLabel}</button>
      </form>
    </div>
  );
}
