import { create } from 'zustand';

/**
 * Whether the list of keyboard shortcuts is open. Its own tiny store, outside the editor store, because both the
 * toolbar's button and the `?` key (also while presenting, when the toolbar is gone) open the same dialog.
 */
export const useShortcutsHelp = create<{ open: boolean; setOpen: (open: boolean) => void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

/** `?` with whatever modifier the layout needs for it (Shift on most keyboards, AltGr+Shift on some). */
export function isHelpKey(event: KeyboardEvent): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey;
}
