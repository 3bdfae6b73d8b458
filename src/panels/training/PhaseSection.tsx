import './assessment.css';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addPhase,
  NETWORK_PHASES,
  phaseEvidence,
  phaseScope,
  removePhase,
  romanPhase,
  updatePhase,
  type MapDoc,
  type NetworkPhase,
  type PhaseAssessment,
} from '../../model';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { AutoGrowTextarea } from '../AutoGrowTextarea';
import { comparisonLine, fitsLine, partLabel, phaseWords, reasonLine } from './assessmentTexts';

/** The relations with both ends among `actors`: what "show the part" highlights with them. */
function relationsWithin(map: MapDoc, actors: readonly string[]): string[] {
  const part = new Set(actors);
  return map.relations.filter((r) => part.has(r.source) && part.has(r.target)).map((r) => r.id);
}

/**
 * Phases of networking I–V (issue 12): the group records where its network, or
 * a part of it chosen as a set of actors, stands and why; beside each
 * assessment, what the map itself shows (model/phaseEvidence), as a question
 * for the group rather than a correction.
 */
export function PhaseSection() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map!);
  const phases = map.phases ?? [];
  return (
    <section className="assessment" aria-labelledby="phase-heading" data-testid="phase-section">
      <h3 id="phase-heading">{t('phase.heading')}</h3>
      <p className="muted">{t('phase.intro')}</p>
      {phases.length === 0 ? (
        <p className="muted">{t('phase.none')}</p>
      ) : (
        <ul className="assessment__list">
          {phases.map((p) => (
            <PhaseCard key={p.id} map={map} assessment={p} />
          ))}
        </ul>
      )}
      <NewPhaseForm map={map} />
      <p className="muted assessment__caveat">{t('phase.caveat')}</p>
    </section>
  );
}

function PhaseCard({ map, assessment }: { map: MapDoc; assessment: PhaseAssessment }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const apply = store.getState().apply;
  const scope = useMemo(() => phaseScope(map, assessment), [map, assessment]);
  const evidence = useMemo(() => phaseEvidence(map, scope), [map, scope]);
  const label = partLabel(t, map, assessment);
  const comparison = comparisonLine(t, evidence, assessment.phase);
  const id = assessment.id;
  const showPart = () => store.getState().setEmphasis({ actors: scope, relations: relationsWithin(map, scope), reason: label });
  return (
    <li className="assessment__card" data-testid="phase-card">
      <p className="assessment__card-head">
        <span className="phase-chip" title={phaseWords(t, assessment.phase)}>
          {t('phase.chip', { phase: romanPhase(assessment.phase) })}
        </span>{' '}
        <strong>{label}</strong>
      </p>
      <label className="field">
        <span>{t('phase.phaseLabel')}</span>
        <select value={assessment.phase} onChange={(e) => apply((m) => updatePhase(m, id, { phase: Number(e.target.value) as NetworkPhase }))}>
          {NETWORK_PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {t('phase.option', { phase: romanPhase(phase), words: phaseWords(t, phase) })}
            </option>
          ))}
        </select>
      </label>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: AutoGrowTextarea renders the textarea this label wraps. */}
      <label className="field">
        <span>{t('phase.justification')}</span>
        <AutoGrowTextarea
          rows={2}
          value={assessment.justification ?? ''}
          onChange={(e) => apply((m) => updatePhase(m, id, { justification: e.target.value }), { coalesce: `phase:${id}` })}
        />
      </label>
      <div className="assessment__evidence" data-testid="phase-evidence">
        <h4>{t('phase.evidenceHeading')}</h4>
        <p>
          <strong>{fitsLine(t, evidence)}</strong>
        </p>
        {evidence.reasons.length > 0 ? (
          <ul>
            {evidence.reasons.map((r) => (
              <li key={r.kind}>{reasonLine(t, r)}</li>
            ))}
          </ul>
        ) : null}
        {comparison ? <p data-testid="phase-comparison">{comparison}</p> : null}
      </div>
      <div className="assessment__buttons">
        {assessment.actors?.length ? (
          <button type="button" onClick={showPart}>
            {t('phase.showPart')}
          </button>
        ) : null}
        <button type="button" className="danger" onClick={() => apply((m) => removePhase(m, id))}>
          {t('phase.remove')}
        </button>
      </div>
    </li>
  );
}

/** A new assessment: the phase (I–V with its words), the whole map or a part, and why. */
function NewPhaseForm({ map }: { map: MapDoc }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const selected = useEditor((s) => s.selection.actors);
  const [phase, setPhase] = useState<NetworkPhase | null>(null);
  const [whole, setWhole] = useState(true);
  const [actors, setActors] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [justification, setJustification] = useState('');
  const sorted = useMemo(() => [...map.actors].sort((a, b) => a.name.localeCompare(b.name)), [map.actors]);
  const known = new Set(map.actors.map((a) => a.id));
  const part = actors.filter((id) => known.has(id));
  const ready = phase !== null && (whole || part.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    store.getState().apply((m) => addPhase(m, { phase, justification, ...(whole ? {} : { name, actors: part }) }));
    setPhase(null);
    setJustification('');
    setName('');
    setActors([]);
    setWhole(true);
  };
  const toggle = (id: string, on: boolean) => setActors((list) => (on ? [...list, id] : list.filter((x) => x !== id)));

  return (
    <form className="assessment__form" onSubmit={submit} aria-labelledby="phase-new-heading">
      <h4 id="phase-new-heading">{t('phase.add')}</h4>
      <fieldset>
        <legend>{t('phase.phaseLabel')}</legend>
        {NETWORK_PHASES.map((p) => (
          <label key={p} className="assessment__choice">
            <input type="radio" name="phase-new" value={p} checked={phase === p} onChange={() => setPhase(p)} />
            <span>{t('phase.option', { phase: romanPhase(p), words: phaseWords(t, p) })}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('phase.scope')}</legend>
        <label className="assessment__choice">
          <input type="radio" name="phase-scope" checked={whole} onChange={() => setWhole(true)} />
          <span>{t('phase.scopeWhole')}</span>
        </label>
        <label className="assessment__choice">
          <input
            type="radio"
            name="phase-scope"
            checked={!whole}
            onChange={() => {
              setWhole(false);
              if (actors.length === 0) setActors(selected);
            }}
          />
          <span>{t('phase.scopePart')}</span>
        </label>
        {whole ? null : (
          <div className="assessment__part">
            <label className="field">
              <span>{t('phase.partName')}</span>
              <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="button" disabled={selected.length === 0} onClick={() => setActors(selected)}>
              {t('phase.useSelection', { count: selected.length })}
            </button>
            <details className="assessment__pick">
              <summary>{t('phase.pickList', { count: part.length })}</summary>
              <ul>
                {sorted.map((a) => (
                  <li key={a.id}>
                    <label>
                      <input type="checkbox" checked={part.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} /> {a.name}
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          </div>
        )}
      </fieldset>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: AutoGrowTextarea renders the textarea this label wraps. */}
      <label className="field">
        <span>{t('phase.justification')}</span>
        <AutoGrowTextarea rows={2} value={justification} onChange={(e) => setJustification(e.target.value)} />
      </label>
      <button type="submit" disabled={!ready}>
        {t('phase.add')}
      </button>
    </form>
  );
}
