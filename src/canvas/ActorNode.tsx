import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanvasT, withName } from './canvasTranslation';
import { areasOf } from '../model';
import { rename } from '../store/actions';
import { AreaBadges } from './AreaBadges';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { ActorIcon } from './ActorIcon';
import { MarkNotes, useActorMarks } from './MarkNotes';
import type { ActorFlowNode } from './flowTypes';

function ActorNodeView({ data, selected }: NodeProps<ActorFlowNode>) {
  const t = useCanvasT();
  const { actor, editing } = data;
  const typeName = t(`actorType.${actor.type}`);
  const serviceNames = actor.services.map((s) => s.name);
  const scale = useEditor((s) => s.sizeBy?.scale[actor.id] ?? 1);
  const marks = useActorMarks(actor.id);
  const ownMarks = marks.filter((m) => m.target.kind === 'actor');
  // Only marks on services the actor still has (a stale reference is ignored, not drawn).
  const serviceMarks = (name?: string) =>
    marks.filter((m) => m.target.kind === 'service' && (name === undefined ? serviceNames.includes(m.target.service) : m.target.service === name));
  return (
    <div
      style={scale === 1 ? undefined : sizedStyle(scale)}
      className={`actor-node actor-node--${actor.type}${selected ? ' is-selected' : ''}`}
      data-testid="actor-node"
      data-actor-type={actor.type}
      title={[`${typeName}: ${actor.name}`, ...serviceNames.map((n) => `• ${n}`)].join('\n')}
    >
      <Handle type="target" position={Position.Top} className="actor-node__target" isConnectableStart={false} />
      <MarkNotes marks={ownMarks} className="mark-notes--actor" testId="actor-mark-notes" />
      <ActorIcon type={actor.type} />
      <div className="actor-node__text">
        {editing ? <NameEditor actorId={actor.id} name={actor.name} /> : <span className="actor-node__name">{actor.name}</span>}
        {actor.organisation ? <span className="actor-node__org">{actor.organisation}</span> : null}
        {serviceNames.length > 0 ? (
          selected ? (
            <ul className="actor-node__services" data-testid="node-services">
              {serviceNames.map((name, i) => (
                <li key={i}>
                  {name}
                  <MarkNotes marks={serviceMarks(name)} className="mark-notes--service" testId="service-mark-notes" />
                </li>
              ))}
            </ul>
          ) : (
            <span className="actor-node__service-count">
              {t('services.count', { count: serviceNames.length })}
              <MarkNotes marks={serviceMarks()} className="mark-notes--service" testId="service-mark-notes" />
            </span>
          )
        ) : null}
        <AreaBadges areas={areasOf(actor)} />
        <span className="visually-hidden">{typeName}</span>
      </div>
      {/* A strip along the node's right edge, inside its box (so it never covers an arrowhead) and at least
          24 px (44 px on touch) on screen at any zoom where it is offered (app.css). It is a pointer target only:
          keyboard users draw relations with the inspector's "add a relation", so it has no role and no label. */}
      <Handle type="source" position={Position.Right} className="actor-node__source" title={withName(t, 'canvas.connect', actor.name)} />
    </div>
  );
}

/**
 * An actor sized by a figure (Insights panel): larger text and box, so React Flow
 * measures the real size and arrows still end at the border (a CSS transform would
 * leave them under the node).
 */
function sizedStyle(scale: number): React.CSSProperties {
  return { fontSize: `calc(var(--vk-node-font-size) * ${scale})`, minWidth: 110 * scale, maxWidth: 220 * scale, minHeight: 44 * scale };
}

/** Inline rename: Enter or leaving the field keeps the name, Escape cancels. */
function NameEditor({ actorId, name }: { actorId: string; name: string }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  // React Flow keeps a new node hidden until it has measured it, and a hidden
  // field cannot take focus: keep trying for a few frames.
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const tryFocus = () => {
      const element = input.current;
      if (!element || document.activeElement === element) return;
      element.focus();
      element.select();
      if (document.activeElement !== element && tries++ < 30) frame = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, []);
  const finish = (keep: boolean) => {
    if (keep) rename(store, actorId, value);
    store.getState().setEditing(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') finish(true);
    if (event.key === 'Escape') finish(false);
  };
  return (
    <input
      className="actor-node__input nodrag"
      aria-label={t('canvas.editName', { name })}
      ref={input}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}

export const ActorNode = memo(ActorNodeView);
