import { useTranslation } from 'react-i18next';
import { RINGS, type SourceRef } from '../model';
// The one small file, not the merge index: the editor bundle need not carry the merge.
import { ringCounts } from '../model/merge/closeness';

/**
 * Which source maps a merged actor or relation came from, and for actors how
 * close each contributor had it ("on the inner ring of 3 trainees").
 */
export function Provenance({ sources, weight }: { sources?: SourceRef[]; weight?: number }) {
  const { t } = useTranslation();
  if (!sources?.length && !weight) return null;
  const counts = ringCounts(sources);
  const describeSource = (s: SourceRef) => {
    const source = s.author ? t('provenance.source', { title: s.title, author: s.author }) : s.title;
    if (s.self) return t('provenance.isSelf', { source });
    return s.ring ? t('provenance.onRing', { source, ring: t(`ring.${s.ring}`) }) : source;
  };
  return (
    <section className="provenance" data-testid="provenance">
      <h3>{t('provenance.heading')}</h3>
      {weight ? <p className="provenance__weight">{t('provenance.weight', { count: weight })}</p> : null}
      {RINGS.some((ring) => counts[ring] > 0) ? (
        <ul className="provenance__rings" data-testid="provenance-rings">
          {RINGS.filter((ring) => counts[ring] > 0).map((ring) => (
            <li key={ring} data-ring={ring}>
              {t(`provenance.ring${ring}`, { count: counts[ring] })}
            </li>
          ))}
        </ul>
      ) : null}
      <ul>
        {(sources ?? []).map((s) => (
          <li key={s.mapId}>{describeSource(s)}</li>
        ))}
      </ul>
    </section>
  );
}
