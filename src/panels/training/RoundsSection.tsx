/**
 * "The same map, half a year later" (issue 12): start a new round of the map,
 * compare it with its predecessor (or any map of the library that shares its
 * ids), see the changes in words and on the map, save them as a picture, and
 * replay the map in the order it was drawn.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baseTitle, compareRounds, roundNumber, startNewRound } from '../../model';
import { mapHref } from '../../shell/useHashRoute';
import { mapRepository, type MapSummary } from '../../storage';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { useRoundsStore } from '../../store/roundsStore';
import { changeGroups, RoundChanges } from './RoundChanges';
import { ReplayControls } from './ReplayControls';
import { SideBySide } from './SideBySide';
import { useComparisonPicture } from './useComparisonPicture';
import './rounds.css';

export function RoundsSection() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const map = useEditor((s) => s.map!);
  const compare = useRoundsStore((s) => (s.compare?.mapId === map.id ? s.compare : null));
  const [others, setOthers] = useState<MapSummary[]>([]);
  const previousId = map.round?.previous?.mapId;
  const [chosen, setChosen] = useState<string>('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sideBySide, setSideBySide] = useState(false);
  const selectId = useId();
  const savePicture = useComparisonPicture();

  useEffect(() => {
    let live = true;
    void mapRepository()
      .list()
      .then((list) => live && setOthers(list.filter((m) => m.id !== map.id)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [map.id]);
  // The comparison outlives this tab on purpose (the overlay stays while the user inspects an actor); it is keyed by the map's id.

  const target = chosen || (previousId && others.some((m) => m.id === previousId) ? previousId : (others[0]?.id ?? ''));
  const groups = useMemo(() => (compare ? changeGroups(t, compare.previous, map, compareRounds(compare.previous, map)) : []), [t, compare, map]);

  const startRound = async () => {
    const current = store.getState().map!;
    const next = startNewRound(current, { title: (number) => t('rounds.newTitle', { title: baseTitle(current), number }) });
    const [stored] = await mapRepository().add([next]);
    window.location.hash = mapHref(stored!.id);
  };
  const runCompare = async () => {
    if (!target) return;
    const loaded = await mapRepository().load(target);
    setMissing(!loaded.ok);
    if (loaded.ok) useRoundsStore.getState().setCompare({ mapId: map.id, previous: loaded.map, overlay: true });
  };

  return (
    <section className="training__section rounds" aria-labelledby="rounds-heading">
      <h3 id="rounds-heading">{t('rounds.heading')}</h3>
      <p data-testid="round-info">
        {t('rounds.thisRound', { number: roundNumber(map) })}
        {map.round?.previous ? ` · ${t('rounds.previous', { title: map.round.previous.title })}` : ''}
      </p>
      <p className="muted">{t('rounds.intro')}</p>
      <button type="button" onClick={() => void startRound()}>
        {t('rounds.start')}
      </button>

      <h4>{t('rounds.compareHeading')}</h4>
      {others.length === 0 ? (
        <p className="muted">{t('rounds.nothingToCompare')}</p>
      ) : (
        <div className="rounds__compare">
          <label htmlFor={selectId}>{t('rounds.compareWith')}</label>
          <select id={selectId} value={target} onChange={(e) => setChosen(e.target.value)}>
            {others.map((m) => (
              <option key={m.id} value={m.id}>
                {m.id === previousId ? t('rounds.previousOption', { title: m.title }) : m.title}
              </option>
            ))}
          </select>
          <button type="button" className="primary" onClick={() => void runCompare()}>
            {t('rounds.compare')}
          </button>
        </div>
      )}
      {previousId && !others.some((m) => m.id === previousId) ? <p className="muted">{t('rounds.previousMissing')}</p> : null}
      {missing ? <p role="alert">{t('rounds.loadFailed')}</p> : null}
      {compare ? (
        <div className="rounds__result" data-testid="rounds-result">
          <p role="status">{t('rounds.comparedWith', { title: compare.previous.title, count: groups.reduce((sum, g) => sum + g.items.length, 0) })}</p>
          <RoundChanges groups={groups} />
          <label className="rounds__toggle">
            <input type="checkbox" checked={compare.overlay} onChange={(e) => useRoundsStore.getState().setOverlay(e.target.checked)} /> {t('rounds.showOnMap')}
          </label>
          <div className="rounds__buttons">
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await savePicture(compare.previous, map);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('rounds.savePicture')}
            </button>
            <button type="button" onClick={() => setSideBySide(true)}>
              {t('rounds.sideBySide')}
            </button>
            <button type="button" onClick={() => useRoundsStore.getState().setCompare(null)}>
              {t('rounds.stopCompare')}
            </button>
          </div>
        </div>
      ) : null}
      {compare && sideBySide ? <SideBySide before={compare.previous} after={map} onClose={() => setSideBySide(false)} /> : null}
      <ReplayControls />
    </section>
  );
}
