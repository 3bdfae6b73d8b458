/**
 * Saved views of a map (`map.views`): a named lens (filters, focus, emphasis,
 * hide-instead-of-dim) and the part of the map in view, in the order a
 * facilitator steps through them in presentation mode. Each command takes a
 * map and returns a new one (never mutates), so it is one undoable step and
 * reaches autosave like every other edit. Views are stored clean: empty lists
 * and defaults are left out, so the file says only what the view changes.
 */
import { newId } from './ids';
import { LIMITS } from './limits';
import type { MapDoc, SavedView } from './schema';
import type { Emphasis, Focus, ViewFilters } from './view';

export type Frame = NonNullable<SavedView['frame']>;

/** What a view is saved from: the view state of the editor and the rectangle in view. */
export interface ViewInput {
  frame?: Frame | null;
  filters?: ViewFilters | null;
  focus?: Focus | null;
  emphasis?: (Emphasis & { reason?: string }) | null;
  hideOthers?: boolean;
}

/** The lens a saved view sets, with everything it does not set at its default. */
export interface ViewLens {
  filters: ViewFilters;
  focus: Focus | null;
  emphasis: (Emphasis & { reason?: string }) | null;
  hideOthers: boolean;
}

const tidyName = (name: string) => name.trim().replace(/\s+/g, ' ').slice(0, LIMITS.name);

/** Filters without empty lists or unset values (so an empty filter set is `{}`). */
export function cleanFilters(filters: ViewFilters | null | undefined): ViewFilters {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters ?? {})) {
    if (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null) clean[key] = Array.isArray(value) ? [...value] : value;
  }
  return clean as ViewFilters;
}

const finite = (n: number) => Number.isFinite(n) && Math.abs(n) <= LIMITS.coordinate;

/** The content of a saved view from the view state: what is unset or default is left out. */
function contentOf(input: ViewInput): Omit<SavedView, 'id' | 'name'> {
  const view: Omit<SavedView, 'id' | 'name'> = {};
  const f = input.frame;
  if (f && finite(f.x) && finite(f.y) && finite(f.width) && finite(f.height) && f.width > 0 && f.height > 0) {
    view.frame = { x: f.x, y: f.y, width: f.width, height: f.height };
  }
  if (input.focus) view.focus = { actor: input.focus.actor, depth: input.focus.depth >= 2 ? 2 : 1 };
  const filters = cleanFilters(input.filters);
  if (Object.keys(filters).length > 0) view.filters = filters;
  const e = input.emphasis;
  if (e && e.actors.length + e.relations.length > 0) {
    view.emphasis = { actors: [...e.actors], relations: [...e.relations] };
    const query = e.reason?.trim();
    if (query) view.query = query.slice(0, LIMITS.label);
  }
  if (input.hideOthers) view.hideOthers = true;
  return view;
}

/**
 * A name for the next view: `nameFor(n)` ("Näkymä n") with the first n from the
 * number of views + 1 that no view has yet.
 */
export function nextViewName(map: Pick<MapDoc, 'views'>, nameFor: (n: number) => string): string {
  const taken = new Set((map.views ?? []).map((v) => v.name));
  let n = (map.views ?? []).length + 1;
  while (taken.has(nameFor(n))) n++;
  return nameFor(n);
}

/** Add a view at the end; an empty name becomes the next free default name. */
export function addView(map: MapDoc, name: string, input: ViewInput, id: string = newId()): { map: MapDoc; view: SavedView } {
  const view: SavedView = { id, name: tidyName(name) || nextViewName(map, (n) => String(n)), ...contentOf(input) };
  return { map: { ...map, views: [...(map.views ?? []), view] }, view };
}

function mapViews(map: MapDoc, viewId: string, change: (view: SavedView) => SavedView): MapDoc {
  const views = map.views ?? [];
  if (!views.some((v) => v.id === viewId)) return map;
  return { ...map, views: views.map((v) => (v.id === viewId ? change(v) : v)) };
}

/** Rename a view; an empty name (after trimming) or the same name leaves the map as it was. */
export function renameView(map: MapDoc, viewId: string, name: string): MapDoc {
  const tidy = tidyName(name);
  const current = map.views?.find((v) => v.id === viewId);
  if (!tidy || !current || current.name === tidy) return map;
  return mapViews(map, viewId, (v) => ({ ...v, name: tidy }));
}

/** Replace what a view shows with the current view state; its id, name and place stay. */
export function updateView(map: MapDoc, viewId: string, input: ViewInput): MapDoc {
  return mapViews(map, viewId, (v) => ({ id: v.id, name: v.name, ...contentOf(input) }));
}

/** Move a view one step earlier (-1) or later (1) in the order it is presented; at an end, nothing changes. */
export function moveView(map: MapDoc, viewId: string, delta: -1 | 1): MapDoc {
  const views = map.views ?? [];
  const from = views.findIndex((v) => v.id === viewId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= views.length) return map;
  const next = [...views];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return { ...map, views: next };
}

/** Remove a view; the last one gone leaves no `views` field, as a map that never had any. */
export function removeView(map: MapDoc, viewId: string): MapDoc {
  const views = map.views ?? [];
  if (!views.some((v) => v.id === viewId)) return map;
  const rest = views.filter((v) => v.id !== viewId);
  if (rest.length > 0) return { ...map, views: rest };
  const { views: _gone, ...withoutViews } = map;
  return withoutViews;
}

/**
 * The lens a saved view sets on this map. Whatever names an actor or relation
 * the map no longer has is dropped (a view saved before an actor was deleted
 * still shows the rest); a view without a lens clears the current one.
 */
export function lensOf(map: Pick<MapDoc, 'actors' | 'relations'>, view: SavedView): ViewLens {
  const actors = new Set(map.actors.map((a) => a.id));
  const relations = new Set(map.relations.map((r) => r.id));
  const focus = view.focus && actors.has(view.focus.actor) ? { actor: view.focus.actor, depth: view.focus.depth } : null;
  let emphasis: ViewLens['emphasis'] = null;
  if (view.emphasis) {
    const kept = { actors: view.emphasis.actors.filter((id) => actors.has(id)), relations: view.emphasis.relations.filter((id) => relations.has(id)) };
    if (kept.actors.length + kept.relations.length > 0) emphasis = { ...kept, ...(view.query ? { reason: view.query } : {}) };
  }
  return { filters: cleanFilters(view.filters), focus, emphasis, hideOthers: view.hideOthers ?? false };
}
