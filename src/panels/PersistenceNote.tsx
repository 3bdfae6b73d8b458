import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage, type PersistenceState } from '../storage';

/** Whether the browser promised to keep the maps, in plain words. */
export function PersistenceNote() {
  const { t } = useTranslation();
  const [state, setState] = useState<PersistenceState | null>(null);
  useEffect(() => void requestPersistentStorage().then(setState), []);
  if (!state) return null;
  return (
    <p className={`persistence persistence--${state}`} data-testid="persistence" data-state={state}>
      {state === 'persisted' ? '✓ ' : null}
      {t(`storage.${state}`)}
    </p>
  );
}
