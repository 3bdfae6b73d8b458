import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/EditorStoreContext';
import { ARROWS } from './RelationEdge';
import type { Direction } from '../model';

/** Long enough to read a short sentence twice; the message also stays in the live region's history of screen readers. */
const SHOW_MS = 6000;

/**
 * The polite status line of the map: what a gesture did or did not do ("drop
 * the arrow on another actor", "direction now ↔"). The live region is always in
 * the page, so screen readers announce each new message.
 */
export function ConnectStatus() {
  const { t } = useTranslation();
  const status = useEditor((s) => s.status);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!status) return;
    setVisible(true);
    const timer = window.setTimeout(() => setVisible(false), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  const text =
    status && visible
      ? status.key === 'directionChanged'
        ? t('canvas.directionChanged', { arrow: ARROWS[(status.values?.direction ?? 'forward') as Direction] })
        : t('canvas.connectMissed')
      : '';
  return (
    <p role="status" aria-live="polite" className={`map-canvas__status${text ? ' is-shown' : ''}`} data-testid="map-status">
      {text}
    </p>
  );
}
