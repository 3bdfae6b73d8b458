import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../model';

/** Which source maps a merged actor or relation came from. */
export function Provenance({ sources, weight }: { sources?: SourceRef[]; weight?: number }) {
  const { t } = useTranslation();
  if (!sources?.length && !weight) return null;
  return (
    <section className="provenance" data-testid="provenance">
      <h3>{t('provenance.heading')}</h3>
      {weight ? <p className="provenance__weight">{t('provenance.weight', { count: weight })}</p> : null}
      <ul>
        {(sources ?? []).map((s) => (
          <li key={s.mapId}>{s.author ? t('provenance.source', { title: s.title, author: s.author }) : s.title}</li>
        ))}
      </ul>
    </section>
  );
}
