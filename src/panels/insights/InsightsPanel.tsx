import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { DirectionSection, GroupsSection, LiaisonSection, MergedSection, MostRelationsSection, PartsSection, FailureSection } from './InsightsSections';
import { SizeByControl } from './SizeByControl';
import { useInsights } from './useInsights';
import { useKeepSizeScale } from './useSizeBy';
import './insights.css';

/**
 * The network explained in plain words (issue 9, docs/insights.md): a sentence
 * per figure, and every figure a button that highlights on the map the actors it
 * names. The figures come from a worker (useInsights); this panel only words them.
 */
export function InsightsPanel() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map);
  const emphasised = useEditor((s) => s.emphasis !== null);
  const store = useEditorStoreApi();
  const { insights, pending } = useInsights();
  useKeepSizeScale(insights);
  if (!map) return null;
  return (
    <section className="insights" aria-labelledby="insights-heading" aria-busy={pending}>
      <h2 id="insights-heading">{t('insights.title')}</h2>
      <p className="muted">{t('insights.intro')}</p>
      <div className="insights__bar">
        <button type="button" disabled={!emphasised} onClick={() => store.getState().setEmphasis(null)}>
          {t('insights.clear')}
        </button>
        <span className="muted" role="status">
          {pending ? (insights ? t('insights.updating') : t('insights.computing')) : ''}
        </span>
      </div>
      <SizeByControl />
      {map.actors.length === 0 ? <p>{t('insights.empty')}</p> : null}
      {insights && map.actors.length > 0 ? (
        <>
          <MostRelationsSection insights={insights} map={map} />
          <LiaisonSection insights={insights} map={map} />
          <FailureSection insights={insights} map={map} />
          <PartsSection insights={insights} map={map} />
          <GroupsSection insights={insights} map={map} />
          <DirectionSection insights={insights} map={map} />
          {insights.merged ? <MergedSection merged={insights.merged} map={map} /> : null}
        </>
      ) : null}
    </section>
  );
}
