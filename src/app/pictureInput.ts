/**
 * What every picture of a map is drawn from (the PNGs and the printed pages):
 * the lens applied (model/view), the header "author · region · date", the
 * translated legend and the lens in words. One place, so a PNG and a printed
 * view of the same lens say the same thing.
 */
import type { TFunction } from 'i18next';
import { labelLinesOf } from '../canvas/flowAdapter';
import { filtersLine } from '../i18n/describeFilters';
import { sectorNames } from '../i18n/sectorNames';
import { deriveView, visiblePart, type DerivedView, type MapDoc, type SavedView, type ViewSpec } from '../model';
import type { LegendTexts } from '../render/legend';
import type { MapSvgInput } from '../render/mapSvg';
import { printTheme, type Size, type Theme } from '../render';
import { assessmentNotes, withPhase } from './assessmentPicture';
import { markLetters, marksLegend, marksNotes } from './marksPicture';

/** The lens of a picture: the store's view spec, or a saved view's; `reason`/`query` say what the emphasis is. */
export type PictureLens = ViewSpec & {
  emphasis?: (ViewSpec['emphasis'] & { reason?: string }) | null;
  query?: string;
  /** Actors drawn larger by an insight figure (the Insights tab's "size of actors"): the legend says what size means. */
  sizeBy?: 'degree' | 'betweenness' | null;
};

/** A saved view as a lens. */
export function lensOfView(view: SavedView): PictureLens {
  return { filters: view.filters, focus: view.focus ?? null, emphasis: view.emphasis ?? null, hideOthers: view.hideOthers, query: view.query };
}

/** "Aino · Pohjois-Pohjanmaa · 3 March 2025": who drew it, where and when. */
export function pictureSubtitle(map: MapDoc, language: string): string {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(map.updatedAt));
  return [map.author, map.region, date].filter(Boolean).join(' · ');
}

/** The title of a source map of a merged map, by its id, as the elements that came from it recorded it. */
function sourceTitles(map: MapDoc): (mapId: string) => string {
  const titles = new Map<string, string>();
  for (const element of [...map.actors, ...map.relations]) for (const s of element.sources ?? []) titles.set(s.mapId, s.title);
  return (mapId) => titles.get(mapId) ?? mapId;
}

/** The lens in words, one line each: the active filters, the focus, the search or highlight. Empty for the plain map. */
export function lensNotes(t: TFunction, map: MapDoc, lens: PictureLens): string[] {
  const notes: string[] = [];
  const filters = lens.filters ? filtersLine(t, lens.filters, sourceTitles(map)) : '';
  if (filters) notes.push(filters);
  const focused = lens.focus ? map.actors.find((a) => a.id === lens.focus!.actor) : undefined;
  if (lens.focus && focused) notes.push(t('report.focus', { actor: focused.name, count: lens.focus.depth }));
  if (lens.query) notes.push(t('report.search', { query: lens.query }));
  else if (lens.emphasis?.reason) notes.push(t('report.emphasis', { reason: lens.emphasis.reason }));
  if (lens.sizeBy) notes.push(t(lens.sizeBy === 'degree' ? 'insights.sizeLegendDegree' : 'insights.sizeLegendBetweenness'));
  return notes;
}

export function legendTexts(t: TFunction): LegendTexts {
  return {
    title: t('canvas.legend'),
    actorTypes: { self: t('actorType.self'), person: t('actorType.person'), group: t('actorType.group'), organisation: t('actorType.organisation') },
    directions: {
      forward: t('direction.forward', { source: 'A', target: 'B' }),
      backward: t('direction.backward', { source: 'A', target: 'B' }),
      both: t('direction.both', { source: 'A', target: 'B' }),
    },
    weight: (count) => t('provenance.weight', { count }),
    areasTitle: t('area.legend'),
    areas: { everyday: t('area.everyday'), education: t('area.education'), employment: t('area.employment') },
    areaShort: { everyday: t('area.short_everyday'), education: t('area.short_education'), employment: t('area.short_employment') },
    tie: (ring) => ({ 1: t('canvas.tie1'), 2: t('canvas.tie2'), 3: t('canvas.tie3') })[ring],
    sectorsTitle: t('sectors.legend'),
    sectors: sectorNames(t),
    marks: marksLegend(t),
  };
}

/** The view a lens derives; the picture draws only its visible part and dims what the canvas dims. */
function derivePicture(map: MapDoc, lens: PictureLens): { shown: MapDoc; view: DerivedView } {
  const view = deriveView(map, lens);
  return { shown: visiblePart(map, view), view };
}

/** Everything renderMapSvg needs for a picture of `map` through `lens`. */
export function mapPictureInput(args: {
  map: MapDoc;
  lens: PictureLens;
  t: TFunction;
  language: string;
  sizes: ReadonlyMap<string, Size>;
  theme?: Theme;
  frame?: SavedView['frame'];
}): MapSvgInput {
  const { map, lens, t } = args;
  const { shown, view } = derivePicture(map, lens);
  const relations = new Map(map.relations.map((r) => [r.id, r]));
  return {
    map: shown,
    theme: args.theme ?? printTheme,
    sizes: args.sizes,
    labelLines: (id) => labelLinesOf(relations.get(id)!, t),
    ringNames: { 1: t('ring.1'), 2: t('ring.2'), 3: t('ring.3') },
    sectorNames: sectorNames(t),
    areaNames: { everyday: t('area.short_everyday'), education: t('area.short_education'), employment: t('area.short_employment') },
    legend: legendTexts(t),
    title: map.title,
    subtitle: withPhase(t, map, pictureSubtitle(map, args.language)),
    dimmed: { actors: view.dimmedActors, relations: view.dimmedRelations },
    markLetters: markLetters(t),
    notes: [...assessmentNotes(t, map), ...lensNotes(t, map, lens), ...marksNotes(t, shown)],
    ...(args.frame ? { frame: args.frame } : {}),
  };
}
