import { create } from 'zustand';

/**
 * Whether the list of keyboard shortcuts is open. Its own tiny store, outside the editor store, because both the
 * toolbar's button and the `?` key (also while presenting, when the toolbar is gone) open the same dialog.
 */
export const useShortcutsHelp = create<{ open: boolean; setOpen: (open: boolean) => void }>((set) => ({
  open: false,
  setOpen: (open) => {
    // Focus goes back where it was (the button or the map) once the list closes: the dialog is unmounted on close, so
    // the browser's own restoring cannot be relied on.
    if (open) opener = document.activeElement as HTMLElement | null;
    else {
      const back = opener;
      opener = null;
      requestAnimationFrame(() => back?.isConnected && back.focus());
    }
    set({ open });
  },
}));

let opener: HTMLElement | null = null;

/** `?` with whatever modifier the layout needs for it (Shift on most keyboards, AltGr+Shift on some). */
export function isHelpKey(event: KeyboardEvent): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey;
}
