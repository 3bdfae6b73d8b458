/**
 * The two rounds side by side, read-only: each drawn as the whole-map picture
 * (render/mapSvg) from its own document, so the earlier round is seen exactly
 * as it was, beside the later one.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { labelLinesOf } from '../../canvas/flowAdapter';
import type { MapDoc } from '../../model';
import { printTheme } from '../../render';
import { renderMapSvg } from '../../render/mapSvg';
import { Dialog } from '../Dialog';

function usePictureUrl(map: MapDoc): string {
  const { t, i18n } = useTranslation();
  const url = useMemo(() => {
    const relations = new Map(map.relations.map((r) => [r.id, r]));
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(map.createdAt));
    const picture = renderMapSvg({
      map,
      theme: printTheme,
      sizes: new Map(),
      labelLines: (id) => labelLinesOf(relations.get(id)!, t),
      ringNames: { 1: t('ring.1'), 2: t('ring.2'), 3: t('ring.3') },
      areaNames: { everyday: t('area.short_everyday'), education: t('area.short_education'), employment: t('area.short_employment') },
      title: map.title,
      subtitle: date,
    });
    return URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  }, [map, t, i18n.language]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

export function SideBySide({ before, after, onClose }: { before: MapDoc; after: MapDoc; onClose: () => void }) {
  const { t } = useTranslation();
  const beforeUrl = usePictureUrl(before);
  const afterUrl = usePictureUrl(after);
  return (
    <Dialog title={t('rounds.sideBySide')} onClose={onClose} testId="rounds-side-by-side">
      <div className="rounds-side-by-side">
        <figure>
          <img src={beforeUrl} alt={t('rounds.pictureOf', { title: before.title })} />
          <figcaption>{before.title}</figcaption>
        </figure>
        <figure>
          <img src={afterUrl} alt={t('rounds.pictureOf', { title: after.title })} />
          <figcaption>{after.title}</figcaption>
        </figure>
      </div>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('rounds.close')}
        </button>
      </div>
    </Dialog>
  );
}
