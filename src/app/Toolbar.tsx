import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { moveActors, updateMeta, type ActorType, type Position } from '../model';
import { runLayout } from '../io/runLayout';
import { NameField } from '../panels/NameField';
import { selectCanRedo, selectCanUndo } from '../store/editorStore';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { ActorIcon } from '../canvas/ActorIcon';
import { LanguageSwitcher } from '../shell/LanguageSwitcher';
import { libraryHref } from '../shell/useHashRoute';
import { ExportMenu } from './ExportMenu';
import { ShareDialog } from './ShareDialog';
import { LayoutToggle } from './LayoutToggle';
import { PhaseChip } from './PhaseChip';
import { enterPresentation } from './present/presentation';
import { usePngExport } from './usePngExport';
import { usePrintViews } from './usePrintPages';
import { useReactFlow } from '@xyflow/react';
import { measuredSizes } from '../canvas/useScene';
import type { ReactNode } from 'react';

const ADD_BUTTONS = [
  { type: 'person', label: 'toolbar.addPerson' },
  { type: 'group', label: 'toolbar.addGroup' },
  { type: 'organisation', label: 'toolbar.addOrganisation' },
] as const;

export function Toolbar({
  onAddActor,
  saveIndicator,
  onTidied,
}: {
  onAddActor: (type: Exclude<ActorType, 'self'>) => void;
  saveIndicator: ReactNode;
  onTidied?: () => void;
}) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const { map, canUndo, canRedo } = useEditor(useShallow((s) => ({ map: s.map!, canUndo: selectCanUndo(s), canRedo: selectCanRedo(s) })));
  const png = usePngExport();
  const printViews = usePrintViews();
  const { getNodes } = useReactFlow();
  const [tidying, setTidying] = useState(false);
  const [sharing, setSharing] = useState(false);
  // Tidying is one undoable step: the new positions are applied as one move.
  const tidy = async () => {
    setTidying(true);
    try {
      // With the boxes as drawn, so each actor stays wholly inside its ring band.
      const laidOut = await runLayout(map, { sizes: measuredSizes(getNodes()) });
      const moves = new Map<string, Position>(laidOut.actors.flatMap((a) => (a.position ? [[a.id, a.position] as const] : [])));
      store.getState().apply((m) => moveActors(m, moves));
      onTidied?.();
    } finally {
      setTidying(false);
    }
  };

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <a className="toolbar__back" href={libraryHref}>
        ← {t('toolbar.library')}
      </a>
      {/* The whole title shows where it fits (the field grows with its text); otherwise a tooltip holds it, and the pencil says it can be edited. */}
      <div className="toolbar__title">
        <NameField
          label={t('toolbar.mapTitle')}
          tooltip={t('toolbar.editTitle', { title: map.title })}
          value={map.title}
          onCommit={(title) => store.getState().apply((m) => updateMeta(m, { title }), { coalesce: 'title' })}
        />
        <span className="toolbar__pencil" aria-hidden="true">
          ✎
        </span>
        <PhaseChip />
      </div>
      <div className="toolbar__group" role="group" aria-label={t('toolbar.label')}>
        {ADD_BUTTONS.map(({ type, label }) => (
          <button key={type} type="button" onClick={() => onAddActor(type)} aria-label={t(label)} title={`${t(label)} – ${t('toolbar.shortcuts')}`}>
            + <ActorIcon type={type} size={16} /> {t(`actorType.${type}`)}
          </button>
        ))}
      </div>
      <div className="toolbar__group">
        <button type="button" aria-label={t('toolbar.undo')} title={t('toolbar.undo')} disabled={!canUndo} onClick={() => store.getState().undo()}>
          ↶
        </button>
        <button type="button" aria-label={t('toolbar.redo')} title={t('toolbar.redo')} disabled={!canRedo} onClick={() => store.getState().redo()}>
          ↷
        </button>
        <button
          type="button"
          disabled={tidying}
          aria-busy={tidying}
          aria-label={t('toolbar.tidyLayout')}
          title={t('toolbar.tidyLayout')}
          onClick={() => void tidy()}
        >
          ✥ {t('toolbar.tidyShort')}
        </button>
        {/* Looking, not editing: beside the tools. On a laptop only its ▶ shows (app.css), so the title keeps its room. */}
        <button
          type="button"
          className="toolbar__present"
          aria-label={t('present.start')}
          title={t('present.startTooltip')}
          aria-keyshortcuts="P"
          onClick={() => enterPresentation(store)}
        >
          <span aria-hidden="true">▶</span> <span className="toolbar__present-text">{t('present.start')}</span>
        </button>
        <LayoutToggle />
      </div>
      <ExportMenu map={map} png={png} onPrint={() => void printViews()} onShare={() => setSharing(true)} />
      {sharing ? <ShareDialog map={map} onClose={() => setSharing(false)} /> : null}
      {saveIndicator}
      <LanguageSwitcher />
      {png.message ? (
        <p role="status" className="toolbar__message" data-testid="export-message">
          {png.message}{' '}
          <button type="button" className="link" onClick={png.clearMessage}>
            {t('common.dismiss')}
          </button>
        </p>
      ) : null}
    </header>
  );
}
