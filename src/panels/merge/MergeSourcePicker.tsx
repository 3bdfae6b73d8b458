import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDoc } from '../../model';
import type { MapSummary } from '../../storage';

/** Step 1: which maps to merge (from the library and/or files), and the new map's title. */
export function MergeSourcePicker(props: {
  library: MapSummary[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSelectAll: () => void;
  fileMaps: MapDoc[];
  onFiles: (files: File[]) => void;
  title: string;
  region: string;
  onTitle: (title: string) => void;
  onRegion: (region: string) => void;
}) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <div className="merge__fields">
        <label className="field">
          <span>{t('merge.title')}</span>
          <input value={props.title} onChange={(e) => props.onTitle(e.target.value)} required />
        </label>
        <label className="field">
          <span>{t('merge.region')}</span>
          <input value={props.region} onChange={(e) => props.onRegion(e.target.value)} />
        </label>
      </div>
      <fieldset className="field merge__sources">
        <legend>{t('merge.fromLibrary')}</legend>
        <button type="button" onClick={props.onSelectAll}>
          {t('merge.selectAll')}
        </button>
        <ul className="merge__list">
          {props.library.map((map) => (
            <li key={map.id}>
              <label>
                <input type="checkbox" checked={props.selected.has(map.id)} onChange={() => props.onToggle(map.id)} />{' '}
                {map.title}
                {map.author ? ` · ${map.author}` : ''} <span className="muted">({t(`kind.${map.kind}`)}, {t('library.size', { actors: map.actorCount, relations: map.relationCount })})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="field merge__sources">
        <legend>{t('merge.fromFiles')}</legend>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('merge.fromFiles')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          data-testid="merge-file-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            props.onFiles(files);
          }}
        />
        {props.fileMaps.length ? <p>{t('merge.filesAdded', { count: props.fileMaps.length })}</p> : null}
        <ul className="merge__list">
          {props.fileMaps.map((map, i) => (
            <li key={i}>
              {map.title}
              {map.author ? ` · ${map.author}` : ''}
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
