import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../model';

/**
 * "Add a relation to actor": a pick with the mouse, a finger (the system's picker) or Alt+↓ and Enter in the open
 * list connects at once. The arrow keys on the closed list only move the choice (a browser fires "change" on every
 * arrow press, which would draw a relation to each actor passed on the way); Enter then connects.
 */
export function AddRelationSelect({ others, onConnect }: { others: readonly Actor[]; onConnect: (targetId: string) => void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState('');
  const stepping = useRef(false);
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    stepping.current = !event.altKey && ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(event.key);
    if (event.key === 'Enter' && pending) {
      event.preventDefault();
      setPending('');
      onConnect(pending);
    }
  };
  return (
    <label className="field">
      <span>{t('inspector.addRelation')}</span>
      <select
        id="add-relation"
        data-testid="add-relation"
        value={pending}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          const value = e.target.value;
          if (stepping.current || !value) setPending(value);
          else {
            setPending('');
            onConnect(value);
          }
          stepping.current = false;
        }}
      >
        <option value="">{t('inspector.chooseActor')}</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.name}
          </option>
        ))}
      </select>
    </label>
  );
}
