import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/EditorStoreContext';
import { ActorInspector } from './ActorInspector';
import { RelationInspector } from './RelationInspector';
import { SectorSchemeField } from './SectorSchemeField';

/** Details of the one selected actor or relation. */
export function Inspector() {
  const { t } = useTranslation();
  const { map, selection } = useEditor(useShallow((s) => ({ map: s.map!, selection: s.selection })));
  const count = selection.actors.length + selection.relations.length;
  if (count > 1) return <p className="muted">{t('inspector.selectedCount', { count })}</p>;
  const actor = map.actors.find((a) => a.id === selection.actors[0]);
  if (actor) return <ActorInspector key={actor.id} actor={actor} map={map} />;
  const relation = map.relations.find((r) => r.id === selection.relations[0]);
  if (relation) return <RelationInspector key={relation.id} relation={relation} map={map} />;
  return (
    <>
      <p className="muted">{t('inspector.nothingSelected')}</p>
      <SectorSchemeField map={map} />
    </>
  );
}
