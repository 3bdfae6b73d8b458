import { useMemo } from 'react';
import { type MapDoc, replayPart } from '../model';
import { useRoundsStore } from '../store/roundsStore';

/**
 * The map as the canvas draws it during a replay (store/roundsStore): only the
 * actors and relations drawn so far. Outside a replay, the map itself.
 */
export function useReplayPart(map: MapDoc): MapDoc {
  const replay = useRoundsStore((s) => (s.replay?.mapId === map.id ? s.replay : null));
  return useMemo(() => (replay ? replayPart(map, replay.steps, replay.count) : map), [map, replay]);
}
