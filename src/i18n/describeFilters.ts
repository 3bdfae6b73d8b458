import type { TFunction } from 'i18next';
import { isPresetMethod, type ViewFilters } from '../model';

/** One active filter in words: "Sisältöalue: koulutus, työllistyminen". */
export interface FilterDescription {
  kind: keyof ViewFilters;
  label: string;
  values: string[];
}

/**
 * The active filters in the user's language, in a fixed order: the lens panel
 * lists them and every exported picture prints them under its legend, so a
 * picture never looks like the whole network when it is not.
 * `sourceTitle` names a source map by its id (merged maps).
 */
export function describeFilters(t: TFunction, filters: ViewFilters, sourceTitle: (mapId: string) => string = (id) => id): FilterDescription[] {
  const out: FilterDescription[] = [];
  const add = (kind: keyof ViewFilters, values: string[] | undefined) => {
    if (values && values.length > 0) out.push({ kind, label: t(`lens.filter.${kind}`), values });
  };
  add(
    'actorTypes',
    filters.actorTypes?.map((type) => t(`actorType.${type}`)),
  );
  add(
    'areas',
    filters.areas?.map((area) => t(`area.${area}`)),
  );
  add(
    'tno',
    filters.tno?.map((level) => t(`tno.${level}`)),
  );
  add(
    'methods',
    filters.methods?.map((m) => (isPresetMethod(m) ? t(`method.${m}`) : m)),
  );
  add('topics', filters.topics);
  add(
    'directions',
    filters.directions?.map((d) => t(`lens.direction.${d}`)),
  );
  add('sources', filters.sources?.map(sourceTitle));
  add(
    'marks',
    filters.marks?.map((v) => t(`mark.verdict.${v}`)),
  );
  add(
    'sectors',
    filters.sectors?.map((s) => t(`sector.${s}`)),
  );
  if ((filters.minWeight ?? 1) > 1) add('minWeight', [t('lens.atLeastMaps', { count: filters.minWeight })]);
  return out;
}

/** All active filters as one line: "Filters: Area: education · Method: phone". Empty when none is active. */
export function filtersLine(t: TFunction, filters: ViewFilters, sourceTitle?: (mapId: string) => string): string {
  const parts = describeFilters(t, filters, sourceTitle).map((d) => `${d.label}: ${d.values.join(', ')}`);
  return parts.length > 0 ? t('lens.activeFilters', { filters: parts.join(' · ') }) : '';
}
