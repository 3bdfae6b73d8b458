import { useTranslation } from 'react-i18next';
import { MARK_VERDICTS, marksSummary } from '../../model';
import { fileNameFor, downloadBlob } from '../../io/download';
import { marksCsv } from '../../io/marksCsv';
import { useEditor } from '../../store/EditorStoreContext';
import { MarksSummary } from '../marks/MarksSummary';

/**
 * Drop – renew – keep (P – U – S): the summary of the marks made on actors,
 * services and relations, each entry showing its target on the map, and the
 * summary as a CSV file. Marks are made in the Details tab or with M.
 */
export function MarksSection() {
  const { t } = useTranslation();
  const map = useEditor((s) => s.map);
  if (!map) return null;
  const total = marksSummary(map).total;
  const download = () => {
    const csv = marksCsv(map, { header: t('marks.csvHeader'), verdict: (v) => t(`mark.verdict.${v}`) });
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      fileNameFor(`${map.title} – ${MARK_VERDICTS.map((v) => t(`marks.letter.${v}`)).join('')}`, 'csv'),
    );
  };
  return (
    <section className="training__section marks-section" aria-labelledby="marks-heading" data-testid="marks-section">
      <h3 id="marks-heading">{t('marks.sectionHeading')}</h3>
      {total === 0 ? (
        <p className="muted">{t('marks.empty')}</p>
      ) : (
        <>
          <MarksSummary map={map} headingLevel={4} />
          <button type="button" onClick={download} data-testid="marks-csv">
            {t('marks.exportCsv')}
          </button>
        </>
      )}
    </section>
  );
}
