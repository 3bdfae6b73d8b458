import './assessment.css';
import { useTranslation } from 'react-i18next';
import {
  isCatalogueItem,
  linkWorkToolItem,
  setWorkToolNote,
  setWorkToolStatus,
  WORK_TOOL_HEADINGS,
  WORK_TOOL_ITEMS,
  WORK_TOOL_STATUSES,
  WORK_TOOL_VERSION,
  workToolEntry,
  workToolLinks,
  type MapDoc,
  type WorkToolStatus,
} from '../../model';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { AutoGrowTextarea } from '../AutoGrowTextarea';
import { headingName, itemName, statusName, workToolSummary } from './assessmentTexts';

/** The radios of an item: "not assessed" (no entry) first, then the tool's statuses. */
const CHOICES: readonly (WorkToolStatus | null)[] = [null, ...WORK_TOOL_STATUSES];

/**
 * The multisectoral Ohjaamo work tool as a self-assessment of this map (issue
 * 12): each item gets a status and a note and can be linked to the actors and
 * relations selected on the map; "highlight" dims the rest of the map.
 */
export function WorkToolSection() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map!);
  const unknown = (map.workTool?.items ?? []).filter((i) => !isCatalogueItem(i.item));
  return (
    <section className="assessment" aria-labelledby="worktool-heading" data-testid="worktool-section">
      <h3 id="worktool-heading">{t('workTool.heading')}</h3>
      <p className="muted">{t('workTool.title', { version: map.workTool?.version ?? WORK_TOOL_VERSION })}</p>
      <p className="muted">{t('workTool.intro')}</p>
      <p className="assessment__summary" data-testid="worktool-summary" aria-live="polite">
        {workToolSummary(t, map)}
      </p>
      {WORK_TOOL_HEADINGS.map((heading) => (
        <div key={heading} className="assessment__group">
          <h4>{headingName(t, heading)}</h4>
          <ul className="assessment__list">
            {WORK_TOOL_ITEMS.filter((i) => i.heading === heading).map((i) => (
              <WorkToolRow key={i.id} map={map} item={i.id} />
            ))}
          </ul>
        </div>
      ))}
      {unknown.length > 0 ? (
        <div className="assessment__group">
          <h4>{t('workTool.headingOther')}</h4>
          <ul className="assessment__list">
            {unknown.map((i) => (
              <WorkToolRow key={i.item} map={map} item={i.item} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function WorkToolRow({ map, item }: { map: MapDoc; item: string }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const apply = store.getState().apply;
  const selection = useEditor((s) => s.selection);
  const entry = workToolEntry(map, item);
  const links = entry ? workToolLinks(map, entry) : { actors: [], relations: [] };
  const linked = links.actors.length + links.relations.length > 0;
  const name = itemName(t, item);
  const highlighted = useEditor((s) => s.emphasis?.reason === name);
  const radioName = `worktool-${item}`;
  const hasSelection = selection.actors.length + selection.relations.length > 0;
  return (
    <li className="assessment__card" data-testid={`worktool-item-${item}`} data-status={entry?.status ?? 'notAssessed'}>
      <fieldset>
        <legend>{name}</legend>
        <div className="assessment__statuses" role="radiogroup" aria-label={t('workTool.statusLabel')}>
          {CHOICES.map((status) => (
            <label key={status ?? 'none'} className={`assessment__status assessment__status--${status ?? 'none'}`}>
              <input
                type="radio"
                name={radioName}
                checked={(entry?.status ?? null) === status}
                onChange={() => apply((m) => setWorkToolStatus(m, item, status))}
              />
              <span>{statusName(t, status)}</span>
            </label>
          ))}
        </div>
        {entry ? (
          <>
            {/* biome-ignore lint/a11y/noLabelWithoutControl: AutoGrowTextarea renders the textarea this label wraps. */}
            <label className="field">
              <span>{t('workTool.note')}</span>
              <AutoGrowTextarea
                rows={1}
                value={entry.note ?? ''}
                onChange={(e) => apply((m) => setWorkToolNote(m, item, e.target.value), { coalesce: `worktool:${item}` })}
              />
            </label>
            {linked ? <p className="muted">{t('workTool.linked', { actors: links.actors.length, relations: links.relations.length })}</p> : null}
            <div className="assessment__buttons">
              <button
                type="button"
                disabled={!hasSelection}
                title={hasSelection ? undefined : t('workTool.linkHint')}
                onClick={() => apply((m) => linkWorkToolItem(m, item, selection))}
              >
                {t('workTool.link', { actors: selection.actors.length, relations: selection.relations.length })}
              </button>
              {linked ? (
                <>
                  <button
                    type="button"
                    aria-pressed={highlighted}
                    onClick={() => store.getState().setEmphasis(highlighted ? null : { ...links, reason: name })}
                  >
                    {t('workTool.highlight')}
                  </button>
                  <button type="button" onClick={() => apply((m) => linkWorkToolItem(m, item, { actors: [], relations: [] }))}>
                    {t('workTool.unlink')}
                  </button>
                </>
              ) : null}
            </div>
          </>
        ) : null}
      </fieldset>
    </li>
  );
}
