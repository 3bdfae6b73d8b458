import { create } from 'zustand';
import type { FileProblem } from '../io/importFiles';

/** App-wide messages (import results) and a counter that tells the library to reload. */
interface NoticeState {
  problems: FileProblem[];
  /** How many maps the last import added (kept as a number so the message follows the language). */
  imported: number;
  libraryVersion: number;
  report: (result: { problems: FileProblem[]; imported: number }) => void;
  dismiss: () => void;
  libraryChanged: () => void;
}

export const useNotices = create<NoticeState>()((set) => ({
  problems: [],
  imported: 0,
  libraryVersion: 0,
  report: ({ problems, imported }) => set((s) => ({ problems, imported, libraryVersion: s.libraryVersion + 1 })),
  dismiss: () => set({ problems: [], imported: 0 }),
  libraryChanged: () => set((s) => ({ libraryVersion: s.libraryVersion + 1 })),
}));
