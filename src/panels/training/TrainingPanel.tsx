import { useTranslation } from 'react-i18next';
import { useEditor } from '../../store/EditorStoreContext';
import { MarksSection } from './MarksSection';
import { PhaseSection } from './PhaseSection';
import { RoundsSection } from './RoundsSection';
import { WorkToolSection } from './WorkToolSection';

/**
 * The training's own lenses on the same network (issue 12): drop–renew–keep
 * marks, the phase of networking, the Ohjaamo work tool as a checklist, and
 * rounds of the same map over time. Each section is its own component; this
 * panel only orders them.
 */
export function TrainingPanel() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map);
  if (!map) return null;
  return (
    <section className="training" aria-labelledby="training-heading">
      <h2 id="training-heading">{t('panel.training')}</h2>
      <MarksSection />
      <PhaseSection />
      <WorkToolSection />
      <RoundsSection />
    </section>
  );
}
