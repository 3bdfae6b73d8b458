/**
 * View state of the rounds part (issue 12): the earlier map a map is being
 * compared with (and whether its changes are drawn on the canvas), and a replay
 * in drawing order. Never undone, never saved; each entry names the map it
 * belongs to (`mapId`), so switching maps leaves nothing behind on screen.
 */
import { create } from 'zustand';
import type { MapDoc, ReplayStep } from '../model';

export interface RoundsState {
  compare: { mapId: string; previous: MapDoc; overlay: boolean } | null;
  replay: { mapId: string; steps: ReplayStep[]; count: number; playing: boolean } | null;
  setCompare: (compare: RoundsState['compare']) => void;
  setOverlay: (overlay: boolean) => void;
  startReplay: (mapId: string, steps: ReplayStep[]) => void;
  /** Go to step `count` (clamped to 0…steps); stops playing at the end. */
  stepTo: (count: number) => void;
  setPlaying: (playing: boolean) => void;
  stopReplay: () => void;
}

export const useRoundsStore = create<RoundsState>()((set) => ({
  compare: null,
  replay: null,
  setCompare: (compare) => set({ compare }),
  setOverlay: (overlay) => set((s) => (s.compare ? { compare: { ...s.compare, overlay } } : {})),
  startReplay: (mapId, steps) => set({ replay: { mapId, steps, count: 0, playing: true } }),
  stepTo: (count) =>
    set((s) => {
      if (!s.replay) return {};
      const clamped = Math.max(0, Math.min(s.replay.steps.length, count));
      return { replay: { ...s.replay, count: clamped, playing: s.replay.playing && clamped < s.replay.steps.length } };
    }),
  setPlaying: (playing) => set((s) => (s.replay ? { replay: { ...s.replay, playing } } : {})),
  stopReplay: () => set({ replay: null }),
}));
