import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/EditorStoreContext';
import type { Direction, MapDoc, MarkVerdict } from '../model';

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
  const map = useEditor((s) => s.map);
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
        ? t('canvas.directionChanged', { arrow: directionInWords(t, map, status.values) })
        : status.key === 'markChanged'
          ? t('marks.announce', {
              name: status.values?.name ?? '',
              verdict: status.values?.verdict ? t(`mark.verdict.${status.values.verdict as MarkVerdict}`) : t('marks.none'),
            })
          : status.key === 'noneThatWay'
            ? t('keys.noneThatWay')
            : t('canvas.connectMissed')
      : '';
  return (
    <p role="status" aria-live="polite" className={`map-canvas__status${text ? ' is-shown' : ''}`} data-testid="map-status">
      {text}
    </p>
  );
}

/**
 * "Aino → Kela" in words, as the inspector says it: a glyph alone could point
 * against the drawn line, whose label glyph follows the drawing (render/glyph.ts).
 */
function directionInWords(t: TFunction, map: MapDoc | null, values: Record<string, string> | undefined): string {
  const direction = (values?.direction ?? 'forward') as Direction;
  const relation = map?.relations.find((r) => r.id === values?.relationId);
  const name = (id: string | undefined) => map?.actors.find((a) => a.id === id)?.name ?? '?';
  return t(`direction.${direction}`, { source: name(relation?.source), target: name(relation?.target) });
}
