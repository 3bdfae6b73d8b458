/**
 * Replay of the map in the order it was drawn (model/replay): play, pause,
 * step back and forth, stop; the canvas draws only what was drawn so far
 * (canvas/useReplayPart). Native buttons, so it works from the keyboard.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { replayOrder } from '../../model';
import { useEditor } from '../../store/EditorStoreContext';
import { useRoundsStore } from '../../store/roundsStore';

/** Time between steps while playing: slow enough to see each element appear, quick enough for a 40-actor map in half a minute. */
export const REPLAY_STEP_MS = 700;

export function ReplayControls() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map!);
  const replay = useRoundsStore((s) => (s.replay?.mapId === map.id ? s.replay : null));
  const { startReplay, stepTo, setPlaying, stopReplay } = useRoundsStore.getState();

  const playing = replay?.playing ?? false;
  const count = replay?.count ?? 0;
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => useRoundsStore.getState().stepTo(count + 1), REPLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, count]);
  // Leaving the map (or the tab) ends the replay: the canvas must not stay partial.
  useEffect(() => () => useRoundsStore.getState().stopReplay(), []);

  const total = replay?.steps.length ?? map.actors.length + map.relations.length;
  return (
    <div className="rounds-replay" role="group" aria-label={t('rounds.replayHeading')}>
      <h4>{t('rounds.replayHeading')}</h4>
      <p className="muted">{t('rounds.replayHint')}</p>
      {replay ? (
        <>
          <div className="rounds-replay__buttons">
            <button type="button" onClick={() => stepTo(count - 1)} disabled={count === 0}>
              {t('rounds.stepBack')}
            </button>
            <button type="button" onClick={() => (count >= total ? startReplay(map.id, replayOrder(map)) : setPlaying(!playing))} aria-pressed={playing}>
              {playing ? t('rounds.pause') : t('rounds.play')}
            </button>
            <button type="button" onClick={() => stepTo(count + 1)} disabled={count >= total}>
              {t('rounds.stepForward')}
            </button>
            <button type="button" onClick={stopReplay}>
              {t('rounds.stopReplay')}
            </button>
          </div>
          <label className="rounds-replay__progress">
            <span aria-live="polite" data-testid="replay-progress">
              {t('rounds.progress', { step: count, total })}
            </span>
            <progress max={total} value={count} />
          </label>
        </>
      ) : (
        <button type="button" onClick={() => startReplay(map.id, replayOrder(map))} disabled={total === 0}>
          {t('rounds.replay')}
        </button>
      )}
    </div>
  );
}
