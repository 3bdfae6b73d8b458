import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type CellEditor = { kind: 'text'; comma?: boolean } | { kind: 'select'; options: readonly { value: string; label: string }[] };

/** Id of the one hidden hint every editable cell points to ("Enter or F2 edits…"). */
export const EDIT_HINT_ID = 'table-edit-hint';

/**
 * A table cell that can be edited in place, spreadsheet-like and keyboard first:
 * the value is a button (Tab reaches it; Enter, F2, a click or a double-click
 * opens it), the editor commits with Enter or by leaving it, and Escape puts the
 * value back. Each commit is one call of `onCommit`, so one undoable step.
 */
export function EditableCell({
  column,
  shown,
  label: spoken,
  initial,
  editor,
  onCommit,
  openNow,
  onOpened,
}: {
  /** The column's header, naming the editor for screen readers. */
  column: string;
  /** The value as the table shows it. */
  shown: string;
  /** What a screen reader says for the value when the shown text is too terse (an arrow alone). */
  label?: string;
  /** What the editor starts with (the text to edit, or the chosen option's value). */
  initial: string;
  editor: CellEditor;
  onCommit: (value: string) => void;
  /** Open the editor at once (an actor just added from the toolbar gets its name typed here); `onOpened` says it has. */
  openNow?: boolean;
  onOpened?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Set when the editor closes by the keyboard, so the cursor goes back to the cell (a click elsewhere keeps its own target).
  const refocus = useRef(false);
  // Enter and Escape close the editor; the blur that may follow must not commit a second time.
  const closed = useRef(false);

  useEffect(() => {
    if (draft === null && refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [draft]);

  const open = () => {
    closed.current = false;
    setDraft(initial);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the request to open is the trigger.
  useEffect(() => {
    if (!openNow) return;
    open();
    onOpened?.();
  }, [openNow]);
  const close = (commit: boolean, keyboard: boolean) => {
    if (closed.current || draft === null) return;
    closed.current = true;
    refocus.current = keyboard;
    if (commit && draft !== initial) onCommit(draft);
    setDraft(null);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      close(true, true);
    } else if (event.key === 'Escape') {
      // Escape belongs to this cell: nothing else (a dialog, a focus) should also close.
      event.preventDefault();
      event.stopPropagation();
      close(false, true);
    }
  };

  if (draft === null) {
    return (
      <button
        ref={button}
        type="button"
        className="cell-edit"
        aria-describedby={EDIT_HINT_ID}
        {...(shown ? (spoken ? { 'aria-label': spoken } : {}) : { 'aria-label': t('table.editEmpty', { column }) })}
        onClick={open}
        onKeyDown={(event) => {
          if (event.key === 'F2') {
            event.preventDefault();
            open();
          }
        }}
      >
        {shown || <span aria-hidden="true">–</span>}
      </button>
    );
  }
  const label = t('table.editing', { column });
  if (editor.kind === 'select') {
    return (
      <select
        className="cell-editor"
        aria-label={label}
        autoFocus
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => close(true, false)}
      >
        {editor.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      className="cell-editor"
      aria-label={label}
      {...(editor.comma ? { title: t('table.commaHint') } : {})}
      autoFocus
      value={draft}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => close(true, false)}
    />
  );
}
