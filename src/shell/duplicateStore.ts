import { create } from 'zustand';
import type { MapDoc } from '../model';

/**
 * Imported maps whose id is already in the library, waiting for the user's answer
 * (open the one there, or import a copy): importing the same file twice asks
 * instead of silently making a duplicate. One question at a time, in order.
 */
interface DuplicateState {
  queue: MapDoc[];
  ask: (maps: readonly MapDoc[]) => void;
  /** The first question is answered. */
  next: () => void;
}

export const useDuplicates = create<DuplicateState>()((set) => ({
  queue: [],
  ask: (maps) => set((s) => ({ queue: [...s.queue, ...maps] })),
  next: () => set((s) => ({ queue: s.queue.slice(1) })),
}));
