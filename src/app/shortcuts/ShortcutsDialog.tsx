import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Dialog } from '../../panels/Dialog';
import { isHelpKey, useShortcutsHelp } from '../../store/shortcutsHelp';
import './shortcuts.css';

type Row = [string[][], string];

/** Each row: the keys (several ways to press it are joined by "or") and what they do. */
const editorRows = (t: TFunction): Row[] => [
  [[['N'], ['G'], ['O']], t('keys.add')],
  [[['Tab'], ['Shift', 'Tab']], t('keys.tab')],
  [[['Alt', '← ↑ → ↓']], t('keys.go')],
  [[['← ↑ → ↓']], t('keys.goPlain')],
  [[['Enter'], ['Space']], t('keys.select')],
  [[['← ↑ → ↓']], t('keys.move')],
  [[['C']], t('keys.connect')],
  [[['D']], t('keys.direction')],
  [[['M']], t('marks.key')],
  [[['F2']], t('keys.rename')],
  [[['Delete'], ['Backspace']], t('keys.remove')],
  [[['Ctrl', 'Z']], t('keys.undo')],
  [
    [
      ['Ctrl', 'Shift', 'Z'],
      ['Ctrl', 'Y'],
    ],
    t('keys.redo'),
  ],
  [[['F']], t('keys.focus')],
  [[['+'], ['−']], t('keys.widen')],
  [[['Esc']], t('keys.clear')],
  [[['Shift', 'F10'], ['≣']], t('keys.menu')],
  [[['P']], t('keys.present')],
  [[['?']], t('keys.help')],
];

const presentingRows = (t: TFunction): Row[] => [
  [[['PageDown'], ['→'], ['↓'], ['Space']], t('keys.next')],
  [[['PageUp'], ['←'], ['↑'], ['Shift', 'Space']], t('keys.previous')],
  [[['Home'], ['End']], t('keys.firstLast')],
  [[['Enter']], t('keys.focusActor')],
  [[['+'], ['−']], t('keys.widen')],
  [[['Esc']], t('keys.leave')],
  [[['?']], t('keys.help')],
];

/**
 * The `?` key anywhere in the editor (and while presenting) opens the list, unless the user is typing or another
 * dialog is open. Mounted once per editor.
 */
export function useHelpKey() {
  const setOpen = useShortcutsHelp((s) => s.setOpen);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (!isHelpKey(event) || typing || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setOpen]);
}

/** Every key of the editor and of presentation mode, in the current language. The native dialog returns focus on close. */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const { open, setOpen } = useShortcutsHelp();
  // The Close button takes the focus (at the end of a long list): the list itself is shown from its start.
  useEffect(() => {
    if (open) requestAnimationFrame(() => document.querySelector('[data-testid="shortcuts-dialog"]')?.scrollTo({ top: 0 }));
  }, [open]);
  if (!open) return null;
  const table = (caption: string, rows: Row[]) => (
    <table className="shortcuts__table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([ways, text]) => (
          <tr key={text}>
            <th scope="row">
              {ways.map((combo, i) => (
                <span key={combo.join('+')}>
                  {i > 0 ? ` ${t('keys.or')} ` : null}
                  {combo.map((key, j) => (
                    <span key={key}>
                      {j > 0 ? '+' : null}
                      <kbd>{key === 'Space' ? t('keys.space') : key}</kbd>
                    </span>
                  ))}
                </span>
              ))}
            </th>
            <td>{text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Dialog title={t('keys.title')} onClose={() => setOpen(false)} testId="shortcuts-dialog">
      <div className="shortcuts">
        {table(t('keys.editor'), editorRows(t))}
        {table(t('keys.presenting'), presentingRows(t))}
      </div>
      <div className="dialog__actions">
        <button type="button" onClick={() => setOpen(false)} autoFocus>
          {t('keys.close')}
        </button>
      </div>
    </Dialog>
  );
}
