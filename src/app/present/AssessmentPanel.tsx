import './assessmentPanel.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { headlinePhase, isWholeMap, phaseEvidence, phaseScope, romanPhase, workToolLinks, type MapDoc } from '../../model';
import { fitsLine, itemName, partLabel, phaseWords, statusName, workToolSummary } from '../../panels/training/assessmentTexts';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';

/** A status as a glyph the room can tell apart without colour: ✓ in place, … in progress, ✗ missing. */
const GLYPH = { inPlace: '✓', inProgress: '…', missing: '✗' } as const;

/**
 * Presentation mode's view of the training's assessments (issue 12): the
 * group's phase(s) with what the map reads as, and the work tool's checklist;
 * pressing an item with links highlights its part of the map and dims the rest.
 */
export function AssessmentPanel() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const map = useEditor((s) => s.map!);
  const reason = useEditor((s) => s.emphasis?.reason ?? null);
  const phases = map.phases ?? [];
  const items = map.workTool?.items ?? [];
  const headline = headlinePhase(map);
  if (phases.length === 0 && items.length === 0) return null;
  return (
    // Folded at first, to a line that already says both (the phase, the checklist's counts): open, it covers a corner of the map.
    <details className="present-assessment" data-testid="present-assessment">
      <summary data-testid="present-assessment-summary">
        {[
          headline
            ? `${t('phase.chip', { phase: romanPhase(headline.phase) })}${phases.length > 1 ? ` ${t('phase.chipMore', { count: phases.length - 1 })}` : ''}`
            : '',
          items.length > 0 ? `${t('workTool.heading')}: ${workToolSummary(t, map)}` : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </summary>
      {phases.map((p) => (
        <PhaseLine key={p.id} map={map} id={p.id} />
      ))}
      {items.length > 0 ? (
        <section aria-label={t('workTool.heading')}>
          <h2>{t('workTool.heading')}</h2>
          <p className="present-assessment__summary">{workToolSummary(t, map)}</p>
          <ul>
            {items.map((entry) => {
              const name = itemName(t, entry.item);
              const links = workToolLinks(map, entry);
              const linked = links.actors.length + links.relations.length > 0;
              const status = `${GLYPH[entry.status]} ${statusName(t, entry.status)}`;
              return (
                <li key={entry.item} className={`present-assessment__item present-assessment__item--${entry.status}`}>
                  {linked ? (
                    <button
                      type="button"
                      aria-pressed={reason === name}
                      onClick={() => store.getState().setEmphasis(reason === name ? null : { ...links, reason: name })}
                    >
                      <span className="present-assessment__status">{status}</span> {name}
                    </button>
                  ) : (
                    <span>
                      <span className="present-assessment__status">{status}</span> {name}
                    </span>
                  )}
                  {entry.note ? <span className="present-assessment__note">{entry.note}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </details>
  );
}

function PhaseLine({ map, id }: { map: MapDoc; id: string }) {
  const { t } = useTranslation();
  const assessment = map.phases!.find((p) => p.id === id)!;
  const evidence = useMemo(() => phaseEvidence(map, phaseScope(map, assessment)), [map, assessment]);
  return (
    <div className="present-assessment__phase" data-testid="present-phase">
      <p>
        <span className="phase-chip">{t('phase.chip', { phase: romanPhase(assessment.phase) })}</span>{' '}
        {isWholeMap(assessment) ? null : <strong>{partLabel(t, map, assessment)}: </strong>}
        {phaseWords(t, assessment.phase)}
      </p>
      {assessment.justification ? <p className="present-assessment__note">{assessment.justification}</p> : null}
      <p className="present-assessment__fits">{fitsLine(t, evidence)}</p>
    </div>
  );
}
