/**
 * A large map on the canvas (issue 11): its scene is built in slices and its
 * nodes mount in batches, and what is drawn is still the truth: every actor
 * is there, labels come and cover no actor, and the keyboard still travels
 * between actors that were mounted late.
 */
import { expect, test } from '@playwright/test';
import { type ActorSpec, mapJson, openImported, type RelationSpec, waitForStableView, zoomTo } from './support/canvas';
import { labelsOverActors } from './support/drawn';

const SIDE = 20;
/** 400 actors on a grid, each related to its right and lower neighbour: 760 relations, past every "large map" threshold. */
function gridMap(): string {
  const actors: ActorSpec[] = [];
  const relations: RelationSpec[] = [];
  for (let row = 0; row < SIDE; row++)
    for (let col = 0; col < SIDE; col++) {
      const id = `a${row}-${col}`;
      actors.push({ id, name: `Toimija ${row}-${col}`, type: (row + col) % 3 ? 'person' : 'organisation', position: { x: col * 300, y: row * 180 } });
      if (col + 1 < SIDE) relations.push({ source: id, target: `a${row}-${col + 1}`, topics: ['ohjaus'], direction: 'forward' });
      if (row + 1 < SIDE) relations.push({ source: id, target: `a${row + 1}-${col}`, topics: ['tuki'], direction: 'both' });
    }
  return mapJson({ id: 'ruudukko', title: 'Ruudukko', kind: 'regional', actors, relations });
}

test.describe('a 400-actor map', () => {
  test.beforeEach(async ({ page }) => {
    await openImported(page, gridMap());
  });

  test('labels arrive (the scene is built in slices) and none covers an actor', async ({ page }) => {
    await zoomTo(page, 1);
    await waitForStableView(page);
    // The labels near the view, once the scene is there.
    await expect.poll(() => page.getByTestId('relation-label').count(), { timeout: 20_000 }).toBeGreaterThan(10);
    expect(await labelsOverActors(page)).toEqual([]);
  });

  test('every actor is mounted in the end when the whole map is in view, drawn simply from far, fully when zoomed in', async ({ page }) => {
    await page.locator('.react-flow__controls-fitview').click();
    await waitForStableView(page);
    await expect(page.locator('.react-flow__node')).toHaveCount(SIDE * SIDE, { timeout: 20_000 });
    await expect(page.locator('.react-flow__node[style*="visibility: hidden"]')).toHaveCount(0);
    // Level of detail from far: the relations as one simple path, no labels (and no scene of them is built).
    await expect(page.getByTestId('simple-edges')).toHaveCount(1);
    await expect(page.getByTestId('relation-label')).toHaveCount(0);
    // Zoomed in again, the whole scene comes: labels on the lines near the view.
    await zoomTo(page, 1);
    await expect.poll(() => page.getByTestId('relation-label').count(), { timeout: 20_000 }).toBeGreaterThan(10);
  });

  test('zoomed far out an actor is its box (name not painted, size kept); a click still selects it, and its name shows', async ({ page }) => {
    await zoomTo(page, 1);
    const id = 'a10-10';
    const node = page.locator(`.react-flow__node[data-id="${id}"]`);
    const name = node.locator('.actor-node__name');
    await expect(name).toHaveCSS('visibility', 'visible');
    const near = (await node.boundingBox())!;
    const zoom = await zoomTo(page, 0.2);
    await waitForStableView(page);
    await expect(page.locator('.map-canvas--tiny')).toHaveCount(1);
    // 400 actors stay nodes (far-out boxes stand in for nodes only from MapCanvas BOXES_FROM actors: far-boxes.spec).
    await expect(page.getByTestId('far-actors')).toHaveCount(0);
    // Every actor's text hidden, each box as large (in map units) as with its name drawn: arrows still end at its border.
    await expect
      .poll(() => page.locator('.actor-node__name').evaluateAll((names) => names.filter((n) => getComputedStyle(n).visibility !== 'hidden').length))
      .toBe(0);
    const far = (await node.boundingBox())!;
    expect(Math.abs(far.width / zoom - near.width)).toBeLessThan(2);
    expect(Math.abs(far.height / zoom - near.height)).toBeLessThan(2);
    // The node (clipped to its box for painting and pointer tests) still takes a click at its middle: selected, its name shows.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('data-id'), {
      x: far.x + far.width / 2,
      y: far.y + far.height / 2,
    });
    expect(hit).toBe(id);
    await page.mouse.click(far.x + far.width / 2, far.y + far.height / 2);
    await expect(node).toHaveClass(/selected/);
    await expect(name).toHaveCSS('visibility', 'visible');
    await expect(page.locator('.react-flow__node:not(.selected) .actor-node__name').first()).toHaveCSS('visibility', 'hidden');
    // Nearer again, every name is drawn.
    await zoomTo(page, 1);
    await expect(page.locator('.map-canvas--tiny')).toHaveCount(0);
    await expect(page.locator('.react-flow__node:not(.selected) .actor-node__name').first()).toHaveCSS('visibility', 'visible');
    // The connection strip's zoom (--zoom, not written while no strip is offered) is the view's again: 25 px on screen, not 125.
    await expect.poll(async () => (await node.locator('.actor-node__source').boundingBox())?.width ?? 0, { timeout: 5_000 }).toBeGreaterThanOrEqual(24);
    expect((await node.locator('.actor-node__source').boundingBox())!.width).toBeLessThan(32);
  });

  test('the keyboard travels from actor to actor, and the one reached is drawn and focused', async ({ page }) => {
    await zoomTo(page, 1);
    // The actor furthest right on screen whose right neighbour exists: that neighbour is off screen, not drawn yet.
    const from = await page.evaluate(() => {
      let best: { id: string; right: number } | null = null;
      for (const node of document.querySelectorAll('.react-flow__node')) {
        const id = node.getAttribute('data-id')!;
        const right = node.getBoundingClientRect().right;
        if (Number(/-(\d+)$/.exec(id)![1]) < 19 && right < innerWidth && (!best || right > best.right)) best = { id, right };
      }
      return best!.id;
    });
    await page.locator(`.react-flow__node[data-id="${from}"]`).focus();
    await page.keyboard.press('Alt+ArrowRight');
    const focused = page.locator('.react-flow__node:focus');
    await expect(focused).toHaveCount(1);
    const to = await focused.getAttribute('data-id');
    expect(to).not.toBe(from);
    const [, row, col] = /^a(\d+)-(\d+)$/.exec(from!)!;
    expect(to).toBe(`a${row}-${Number(col) + 1}`);
    await expect(focused).toBeVisible();
  });

  test('an actor renamed to a longer name grows, and the arrow into it ends at its new border (sizes reach the scene in batches)', async ({ page }) => {
    await zoomTo(page, 1);
    await waitForStableView(page);
    // The on-screen actor nearest the middle whose left neighbour is there too: the forward arrow between them is horizontal.
    const target = await page.evaluate(() => {
      let best: { id: string; d: number } | null = null;
      for (const node of document.querySelectorAll('.react-flow__node')) {
        const id = node.getAttribute('data-id')!;
        const [row, col] = /^a(\d+)-(\d+)$/.exec(id)!.slice(1).map(Number) as [number, number];
        const r = node.getBoundingClientRect();
        const d = Math.hypot(r.left + r.width / 2 - innerWidth / 2, r.top + r.height / 2 - innerHeight / 2);
        if (col > 0 && row >= 0 && document.querySelector(`.react-flow__node[data-id="a${row}-${col - 1}"]`) && (!best || d < best.d)) best = { id, d };
      }
      return best!.id;
    });
    const [row, col] = /^a(\d+)-(\d+)$/.exec(target)!.slice(1).map(Number) as [number, number];
    // The relation ids of gridMap: per actor, its right neighbour's relation first, then its lower one's.
    let index = 0;
    for (let k = 0; k < row * SIDE + col - 1; k++) index += (k % SIDE < SIDE - 1 ? 1 : 0) + (k < SIDE * (SIDE - 1) ? 1 : 0);
    const node = page.locator(`.react-flow__node[data-id="${target}"]`);
    const head = page.locator(`.react-flow__edge[data-id="r${index}"] [data-testid=arrow-head]`).first();
    await expect(head).toHaveCount(1, { timeout: 20_000 });
    const gapTo = async (box: { x: number }) => {
      const tip = (await head.boundingBox())!;
      return box.x - (tip.x + tip.width);
    };
    const before = (await node.boundingBox())!;
    // The theme leaves a small gap between a tip and the border it points at: the same gap, at the new border.
    const gapBefore = await gapTo(before);
    expect(Math.abs(gapBefore)).toBeLessThan(12);
    await node.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Hyvinvointialueen perhekeskuksen palveluohjaus');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await node.boundingBox())!.width, { timeout: 10_000 }).toBeGreaterThan(before.width + 20);
    const after = (await node.boundingBox())!;
    await expect.poll(async () => Math.abs((await gapTo(after)) - gapBefore), { timeout: 20_000 }).toBeLessThan(1.5);
  });
});
