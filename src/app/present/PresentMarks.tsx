import './presentMarks.css';
import { useTranslation } from 'react-i18next';
import { marksSummary } from '../../model';
import { MarksSummary } from '../../panels/marks/MarksSummary';
import { useEditor } from '../../store/EditorStoreContext';

/**
 * The drop–renew–keep summary projected for the room, in the top-left corner:
 * the counts always, the notes under them (the facilitator can fold them away).
 * Nothing when the map has no marks.
 */
export function PresentMarks() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map);
  if (!map || marksSummary(map).total === 0) return null;
  return (
    <details className="present-marks" data-testid="present-marks" open>
      <summary>{t('marks.presentHeading')}</summary>
      <MarksSummary map={map} headingLevel={3} />
    </details>
  );
}
