import { create } from 'zustand';
import type { FileProblem } from '../io/importFiles';

/** App-wide messages (import results) and a counter that tells the library to reload. */
interface NoticeState {
  problems: FileProblem[];
  message: string | null;
  libraryVersion: number;
  report: (result: { problems: FileProblem[]; message: string | null }) => void;
  dismiss: () => void;
  libraryChanged: () => void;
}

export const useNotices = create<NoticeState>()((set) => ({
  problems: [],
  message: null,
  libraryVersion: 0,
  report: ({ problems, message }) => set((s) => ({ problems, message, libraryVersion: s.libraryVersion + 1 })),
  dismiss: () => set({ problems: [], message: null }),
  libraryChanged: () => set((s) => ({ libraryVersion: s.libraryVersion + 1 })),
}));
