/**
 * Helpers that measure what the canvas DRAWS (boxes, zoom, elements under a
 * point), and small map files with actors on given rings and positions.
 */
import { expect, type Page } from '@playwright/test';
import { fileOf } from './maps';
import { dumpDatabase, importFiles, openApp } from './trainee';

type Ring = 1 | 2 | 3;
export interface ActorSpec {
  id: string;
  name: string;
  type: 'self' | 'person' | 'group' | 'organisation';
  ring?: Ring;
  position?: { x: number; y: number };
}
export interface RelationSpec {
  source: string;
  target: string;
  direction?: 'forward' | 'backward' | 'both';
  topics?: string[];
  methods?: string[];
}

export function mapJson(input: { id: string; title: string; kind?: 'personal' | 'regional'; actors: ActorSpec[]; relations?: RelationSpec[] }): string {
  return fileOf({
    id: input.id,
    title: input.title,
    kind: input.kind ?? 'personal',
    actors: input.actors.map((a) => ({ ...a })),
    relations: (input.relations ?? []).map((r, i) => ({ id: `r${i}`, direction: 'forward', topics: [], methods: [], ...r })),
  });
}

/** A personal map of `count` actors spread over the three rings (the app places them), with a labelled relation from "me" to every other one. */
export function personalMapOf(count: number, id = 'kartta-20'): string {
  const types = ['person', 'group', 'organisation'] as const;
  const actors: ActorSpec[] = [{ id: 'me', name: 'Aino', type: 'self', position: { x: 0, y: 0 } }];
  for (let i = 1; i <= count; i++) actors.push({ id: `a${i}`, name: `Toimija ${i}`, type: types[i % 3]!, ring: (((i - 1) % 3) + 1) as Ring });
  const relations: RelationSpec[] = actors
    .slice(1)
    .filter((_, i) => i % 2 === 0)
    .map((a) => ({ source: 'me', target: a.id, topics: ['ohjaus'], methods: ['meeting'] }));
  return mapJson({ id, title: `Kartta ${count}`, actors, relations });
}

/** Import a map file in the library and open it. */
export async function openImported(page: Page, json: string) {
  const title = JSON.parse(json).map.title as string;
  await openApp(page);
  await importFiles(page, [{ name: 'kartta.json', text: json }]);
  await page.getByRole('link', { name: `Avaa kartta ${title}` }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await waitForStableView(page);
}

/** The view's transform as drawn: translation in px and zoom. */
export async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.locator('.react-flow__viewport').evaluate((e) => {
    const m = new DOMMatrix(getComputedStyle(e).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

/** Wait until the view stops moving (after opening, fitting or zooming with an animation). */
export async function waitForStableView(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await viewport(page));
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

/** The stored map (IndexedDB), as the PNG and JSON export read it. */
export async function storedMap(page: Page, id: string) {
  const records = (await dumpDatabase(page)) as {
    id: string;
    doc: { actors: { id: string; type: string; ring?: number; position?: { x: number; y: number } }[]; relations: { id: string; direction: string }[] };
  }[];
  return records.find((r) => r.id === id)!.doc;
}

/** Centre and radii of the rings as drawn on screen (ascending: ring 1, 2, 3). */
export async function drawnRings(page: Page) {
  const boxes = await page.locator('.rings-layer circle').evaluateAll((circles) => circles.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
  const radii = boxes.map((b) => b.width / 2).sort((a, b) => a - b);
  const b = boxes[0]!;
  return { centre: { x: b.x + b.width / 2, y: b.y + b.height / 2 }, radii };
}

/** Centre of each actor node as drawn, by actor id. */
export async function drawnNodeCentres(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.locator('.react-flow__node').evaluateAll((nodes) =>
    Object.fromEntries(
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return [n.getAttribute('data-id')!, { x: r.x + r.width / 2, y: r.y + r.height / 2 }];
      }),
    ),
  );
}

/** Zoom with the view controls until the zoom is within 12 % of `target`. */
export async function zoomTo(page: Page, target: number) {
  for (let i = 0; i < 30; i++) {
    await waitForStableView(page);
    const { zoom } = await viewport(page);
    if (Math.abs(zoom - target) / target < 0.12) return zoom;
    await page.locator(zoom < target ? '.react-flow__controls-zoomin' : '.react-flow__controls-zoomout').click();
  }
  throw new Error(`could not zoom to ${target}`);
}
