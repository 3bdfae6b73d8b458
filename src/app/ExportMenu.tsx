/**
 * One "Export" menu button in place of four export controls, so the toolbar has
 * room for the map's title. Follows the WAI-ARIA menu button pattern: Enter,
 * Space or ArrowDown opens it on the first item (ArrowUp on the last), arrows,
 * Home and End move, Escape closes and returns focus to the button, Tab closes.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type fi from '../i18n/locales/fi';
import { WRITABLE_FORMATS } from '../io/formats';
import type { MapDoc } from '../model';
import type { ExportProgress as Progress, PngScale, usePngExport } from './usePngExport';

/** The scale the old resolution select started at: a picture sharp enough to print or project. */
const DEFAULT_SCALE: PngScale = 2;
const SCALES: readonly PngScale[] = [1, 2, 3];

type Item = { id: string; label: string; title?: string; png: boolean; run: () => void };

const itemsIn = (menu: HTMLElement | null) => Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

export function ExportMenu({ map, png, onPrint, onShare }: { map: MapDoc; png: ReturnType<typeof usePngExport>; onPrint: () => void; onShare: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  // Which item gets focus when the menu opens: 'first' or 'last'; null while closed.
  const [open, setOpen] = useState<null | 'first' | 'last'>(null);
  // Fixed, not absolute: on a phone the toolbar scrolls sideways and would clip a menu inside it.
  const [place, setPlace] = useState<{ top: number; right: number } | null>(null);

  const items: Item[] = [
    ...SCALES.map((scale) => ({
      id: `map-${scale}`,
      label: `${t('toolbar.exportMapPng', { scale })}${scale === DEFAULT_SCALE ? ` (${t('toolbar.recommended')})` : ''}`,
      png: true,
      run: () => void png.exportMap(map, scale),
    })),
    ...SCALES.map((scale) => ({
      id: `view-${scale}`,
      label: `${t('toolbar.exportView', { scale })}${scale === DEFAULT_SCALE ? ` (${t('toolbar.recommended')})` : ''}`,
      png: true,
      run: () => void png.exportView(map, scale),
    })),
    // Every format of the registry that can be written: the map's own JSON first, then other tools' formats and the SVG.
    ...WRITABLE_FORMATS.map((format) => ({
      id: format.id,
      label: t(`formats.name.${format.id as keyof typeof fi.formats.name}`),
      png: false,
      run: () => void png.exportFile(map, format),
    })),
    // Beside the files: the same map, handed to another device by a link or QR code instead.
    { id: 'share', label: t('share.menuItem'), png: false, run: onShare },
    { id: 'print', label: t('report.printViews'), title: t('report.printTitle'), png: false, run: onPrint },
  ];
  /** Items that start a new group in the list: the view's sizes, then the files and paper. */
  const GROUP_STARTS = new Set(['view-1', WRITABLE_FORMATS[0]!.id]);

  const close = (returnFocus: boolean) => {
    setOpen(null);
    if (returnFocus) buttonRef.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open) return;
    const box = buttonRef.current!.getBoundingClientRect();
    setPlace({ top: box.bottom + 4, right: Math.max(4, window.innerWidth - box.right) });
  }, [open]);
  useEffect(() => {
    if (!open || !place) return;
    const all = itemsIn(menuRef.current);
    (open === 'first' ? all[0] : all[all.length - 1])?.focus();
  }, [open, place]);
  // A press anywhere else, or a resize that would leave the menu floating, closes it.
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(null);
    };
    const resized = () => setOpen(null);
    document.addEventListener('pointerdown', outside);
    window.addEventListener('resize', resized);
    return () => {
      document.removeEventListener('pointerdown', outside);
      window.removeEventListener('resize', resized);
    };
  }, [open]);

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const all = itemsIn(menuRef.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-busy={png.busy}
        title={t('toolbar.exportMenu')}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true">⤓</span> {t('toolbar.export')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="export-menu__list"
          style={place ? { top: place.top, right: place.right } : { visibility: 'hidden' }}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              // The view and the JSON file set apart from the three sizes of the whole map.
              className={GROUP_STARTS.has(item.id) ? 'export-menu__gap' : undefined}
              title={item.title}
              tabIndex={-1}
              // Focusable while busy (the pattern keeps disabled items reachable), but not run twice at once.
              aria-disabled={item.png && png.busy ? true : undefined}
              onClick={() => {
                if (item.png && png.busy) return;
                close(true);
                item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
      {png.progress !== null ? <ExportProgress progress={png.progress} onCancel={png.cancel} /> : null}
    </div>
  );
}

/** How long an export runs before its progress shows: quick ones finish without a flash. */
const PROGRESS_DELAY_MS = 400;

/**
 * A big picture takes seconds: a bar shows it is moving (drawing, then saving),
 * and Cancel stops it without writing a file.
 */
function ExportProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  const percent = Math.round(progress.done * 100);
  const text = progress.phase === 'drawing' ? t('exportProgress.drawing', { percent }) : t('exportProgress.encoding');
  return (
    <div className="export-progress" role="group" aria-label={t('exportProgress.label')} data-testid="export-progress">
      <progress max={100} value={percent} aria-label={t('exportProgress.label')} />
      <span role="status">{text}</span>
      <button type="button" onClick={onCancel}>
        {t('exportProgress.cancel')}
      </button>
    </div>
  );
}
