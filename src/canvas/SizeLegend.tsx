import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/EditorStoreContext';

/** While actors are sized by a figure, a note on the map says which: a bigger box is not a bigger organisation. */
export function SizeLegend() {
  const { t } = useTranslation();
  const figure = useEditor((s) => s.sizeBy?.figure ?? null);
  if (!figure) return null;
  return (
    <p className="size-legend" data-testid="size-legend" role="note">
      {figure === 'degree' ? t('insights.sizeLegendDegree') : t('insights.sizeLegendBetweenness')}
    </p>
  );
}
