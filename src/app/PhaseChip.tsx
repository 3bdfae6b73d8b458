import '../panels/training/assessment.css';
import './phaseChip.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { headlinePhase, romanPhase } from '../model';
import { phaseHeadLine } from '../panels/training/assessmentTexts';
import { useEditor } from '../store/EditorStoreContext';

/**
 * "Vaihe III" beside the map's title: the group's own assessment of the phase
 * of networking (the whole map's, else the first part's; "+1" when there are
 * more). Focusable, so the full words show on focus as well as on hover.
 */
export function PhaseChip() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map!);
  const tipId = useId();
  const headline = headlinePhase(map);
  if (!headline) return null;
  const more = (map.phases?.length ?? 1) - 1;
  const roman = romanPhase(headline.phase);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a tooltip's words must be reachable by keyboard too.
    <span className="phase-chip phase-chip--title" tabIndex={0} aria-describedby={tipId} data-testid="phase-chip">
      {t('phase.chip', { phase: roman })}
      {more > 0 ? <span className="phase-chip__more"> {t('phase.chipMore', { count: more })}</span> : null}
      <span role="tooltip" id={tipId} className="phase-chip__tip">
        <strong>{t('phase.chipTitle')}</strong>
        {(map.phases ?? []).map((p) => (
          <span key={p.id} className="phase-chip__line">
            {phaseHeadLine(t, map, p)}
          </span>
        ))}
      </span>
    </span>
  );
}
