import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canRemove } from '../model';
import { remove } from '../store/actions';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreContext';
import { connectFrom } from './connectFrom';
import './actorMenu.css';

export interface ActorMenuAt {
  actorId: string;
  x: number;
  y: number;
}

/** Beside the finger, not under it: the finger lifting must not press an item. */
const OFFSET = 16;
const MARGIN = 8;

/**
 * The actions of one actor, opened by a long-press (touch), the right mouse button, or Shift+F10 / the menu key on
 * a focused actor: focus, rename, add a relation, delete. Each goes through the same store actions as the keys and
 * the inspector (undoable). A menu in the ARIA sense: arrows move, Escape closes and focus returns to the actor.
 */
export function ActorMenu({ at, onClose }: { at: ActorMenuAt; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const actor = useEditor((s) => s.map?.actors.find((a) => a.id === at.actorId));
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: at.x + OFFSET, top: at.y + OFFSET });

  // Kept wholly on screen (a phone is narrow): flipped to the other side of the finger where it would not fit.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    const left = at.x + OFFSET + box.width > window.innerWidth - MARGIN ? Math.max(MARGIN, at.x - OFFSET - box.width) : at.x + OFFSET;
    const top = at.y + OFFSET + box.height > window.innerHeight - MARGIN ? Math.max(MARGIN, at.y - OFFSET - box.height) : at.y + OFFSET;
    setPlace({ left, top });
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [at]);

  // A press anywhere else closes it.
  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => window.removeEventListener('pointerdown', onDown, true);
  }, [onClose]);

  if (!actor) return null;
  const backToActor = () => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(actor.id)}"]`)?.focus();
  const run = (action: () => void, refocus = true) => {
    onClose();
    action();
    if (refocus) backToActor();
  };
  const items = [
    { key: 'focus', label: t('keys.focusAction'), act: () => run(() => store.getState().setFocus({ actor: actor.id, depth: 1 })) },
    { key: 'rename', label: t('keys.renameAction'), act: () => run(() => store.getState().setEditing(actor.id), false) },
    { key: 'connect', label: t('keys.connectAction'), act: () => run(() => connectFrom(store, actor.id), false) },
    ...(canRemove(actor)
      ? [{ key: 'delete', label: t('keys.deleteAction'), act: () => run(() => remove(store, { actors: [actor.id] }), false), danger: true }]
      : []),
  ];
  const onKeyDown = (event: KeyboardEvent) => {
    // Nothing typed here reaches the map's or the editor's own keys.
    event.stopPropagation();
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const to = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (event.key === 'ArrowDown') to(index + 1);
    else if (event.key === 'ArrowUp') to(index - 1);
    else if (event.key === 'Home') to(0);
    else if (event.key === 'End') to(buttons.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      onClose();
      backToActor();
    } else return;
    event.preventDefault();
  };
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={t('keys.actions', { name: actor.name })}
      className="actor-menu"
      data-testid="actor-menu"
      style={{ left: place.left, top: place.top }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button key={item.key} type="button" role="menuitem" tabIndex={-1} className={item.danger ? 'danger' : undefined} onClick={item.act}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
