import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { measuredSizes } from '../../canvas/useScene';
import { downloadBlob, fileNameFor } from '../../io/download';
import { type Actor, compareRounds, type MapDoc } from '../../model';
import { estimateNodeSize, printTheme } from '../../render';
import { comparisonShapes } from '../../render/comparisonShapes';
import { CHANGE_ORDER } from '../../canvas/RoundsOverlay';
import { changeGroups, changeLines } from './RoundChanges';

/**
 * The comparison as a PNG: the later map with the changes drawn over it, the
 * legend of the change marks, and the counts and lists in words in the column.
 * Rasterised by the same code as the whole-map picture (io/exportPng).
 */
export function useComparisonPicture() {
  const { t, i18n } = useTranslation();
  const { getNodes } = useReactFlow();
  return useCallback(
    async (before: MapDoc, after: MapDoc) => {
      const [{ renderComparisonSvg }, { wholeMapPng }] = await Promise.all([import('../../render/comparisonSvg'), import('../../io/exportPng')]);
      const measured = measuredSizes(getNodes());
      const sizeOf = (actor: Actor) => measured.get(actor.id) ?? estimateNodeSize(actor, printTheme);
      const sizes = new Map(after.actors.map((a) => [a.id, sizeOf(a)]));
      const comparison = compareRounds(before, after);
      const shapes = comparisonShapes(before, after, comparison, sizeOf);
      const groups = changeGroups(t, before, after, comparison);
      const dateOf = (m: MapDoc) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(m.createdAt));
      const picture = renderComparisonSvg({
        map: after,
        shapes,
        sizes,
        theme: printTheme,
        title: t('rounds.pictureTitle', { before: before.title, after: after.title }),
        // Both rounds' dates: what the comparison spans.
        subtitle: [after.author, after.region, `${dateOf(before)} → ${dateOf(after)}`].filter(Boolean).join(' · '),
        ringNames: { 1: t('ring.1'), 2: t('ring.2'), 3: t('ring.3') },
        legend: {
          title: t('rounds.legendTitle', { title: before.title }),
          kinds: Object.fromEntries(CHANGE_ORDER.filter((k) => shapes.some((s) => s.change === k)).map((k) => [k, t(`rounds.kind.${k}`)])),
        },
        notes: changeLines(t, groups),
      });
      const result = await wholeMapPng(picture, 2);
      downloadBlob(result.blob, fileNameFor(t('rounds.pictureFile', { title: after.title }), 'png'));
    },
    [t, i18n.language, getNodes],
  );
}
