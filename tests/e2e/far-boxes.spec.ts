/**
 * Far-out boxes (issue 11): a map of 2000+ actors seen below the zoom where names can be read draws its actors as
 * boxes in one layer (FarActorsLayer) instead of thousands of nodes. The picture still tells the truth — each box
 * where and as large as its node is drawn nearer, in its type's colours, dimmed as the nodes are — and the boxes
 * still answer: a click selects (the actor becomes a real node), right click opens its menu, Alt+arrow travels,
 * and zooming in and out keeps the selection.
 */
import { expect, type Page, test } from '@playwright/test';
import { type ActorSpec, mapJson, type RelationSpec, viewport, waitForStableView, zoomTo } from './support/canvas';
import fi from '../../src/i18n/locales/fi';
import { importFiles, openApp } from './support/trainee';

const COLUMNS = 50;
const ROWS = 40;
const ACTORS = COLUMNS * ROWS;
const TYPES = ['person', 'organisation', 'group'] as const;
const id = (row: number, col: number) => `a${row}-${col}`;

/** 2000 actors on a grid (every seventh with a long name, so sizes differ), each related to its right neighbour. */
function bigMap(): string {
  const actors: ActorSpec[] = [];
  const relations: RelationSpec[] = [];
  for (let row = 0; row < ROWS; row++)
    for (let col = 0; col < COLUMNS; col++) {
      const i = row * COLUMNS + col;
      const name =
        row === 30 && col === 30
          ? 'Ohjaamo Kajaani'
          : i % 7 === 0
            ? `Kansaneläkelaitoksen kuntoutus- ja opiskelijaetuuksien palveluneuvonta ${row}-${col}`
            : `Toimija ${row}-${col}`;
      actors.push({ id: id(row, col), name, type: TYPES[i % 3]!, position: { x: col * 320, y: row * 200 } });
      if (col + 1 < COLUMNS) relations.push({ source: id(row, col), target: id(row, col + 1), topics: ['ohjaus'] });
    }
  return mapJson({ id: 'valtakunta', title: 'Valtakunta', kind: 'regional', actors, relations });
}

async function openBig(page: Page) {
  await openApp(page);
  await importFiles(page, [{ name: 'valtakunta.json', text: bigMap() }]);
  await page.getByRole('link', { name: 'Avaa kartta Valtakunta' }).click();
  await expect(page.getByTestId('far-actors')).toHaveCount(1, { timeout: 30_000 });
  await waitForStableView(page);
}

/** Actors drawn: far-out boxes plus nodes. */
const drawnActors = (page: Page) =>
  page.evaluate(
    () => Number(document.querySelector('[data-testid=far-actors]')?.getAttribute('data-actors') ?? 0) + document.querySelectorAll('.react-flow__node').length,
  );

type Rect = { x: number; y: number; width: number; height: number };

/** Every far-out box as drawn on screen (the path's own geometry through its screen matrix: a node's border box), in map units. */
function drawnBoxes(page: Page): Promise<(Rect & { type: string; fill: string; dimmed: boolean })[]> {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow')!.getBoundingClientRect();
    const view = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    const toMap = (p: DOMPoint) => ({ x: (p.x - flow.left - view.e) / view.a, y: (p.y - flow.top - view.f) / view.a });
    const out: (Rect & { type: string; fill: string; dimmed: boolean })[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('[data-testid=far-actors] path')) {
      const ctm = path.getScreenCTM()!;
      for (const m of path.getAttribute('d')!.matchAll(/M([-\d.]+) ([-\d.]+)h([-\d.]+)v([-\d.]+)h[-\d.]+z/g)) {
        const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
        const a = toMap(new DOMPoint(x, y).matrixTransform(ctm));
        const b = toMap(new DOMPoint(x + w, y + h).matrixTransform(ctm));
        out.push({
          x: a.x,
          y: a.y,
          width: b.x - a.x,
          height: b.y - a.y,
          type: path.dataset.type!,
          fill: path.getAttribute('fill')!,
          dimmed: path.dataset.dimmed === 'true',
        });
      }
    }
    return out;
  });
}

/** The nodes on screen as drawn, in map units, with their type and background colour. */
function drawnNodes(page: Page): Promise<(Rect & { id: string; type: string; background: string })[]> {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow')!.getBoundingClientRect();
    const view = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((n) => n.style.visibility !== 'hidden')
      .map((n) => {
        const r = n.getBoundingClientRect();
        const box = n.querySelector<HTMLElement>('.actor-node')!;
        return {
          id: n.dataset.id!,
          x: (r.left - flow.left - view.e) / view.a,
          y: (r.top - flow.top - view.f) / view.a,
          width: r.width / view.a,
          height: r.height / view.a,
          type: box.dataset.actorType!,
          background: getComputedStyle(box).backgroundColor,
        };
      });
  });
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** Where an actor's centre is on screen (page coordinates). */
async function screenPoint(page: Page, row: number, col: number) {
  const flow = (await page.locator('.react-flow').boundingBox())!;
  const view = await viewport(page);
  return { x: flow.x + view.x + col * 320 * view.zoom, y: flow.y + view.y + row * 200 * view.zoom };
}

test.describe('a 2000-actor map seen from far', () => {
  test.setTimeout(120_000);
  test.beforeEach(async ({ page }) => {
    await openBig(page);
  });

  test('every actor is a box where its node is drawn nearer, of its size, in its type’s colours', async ({ page }) => {
    // Opened whole (far below the name zoom): boxes, not nodes, and every actor drawn.
    await expect(page.locator('.map-canvas--tiny')).toHaveCount(1);
    expect(await drawnActors(page)).toBe(ACTORS);
    expect(await page.locator('.react-flow__node').count()).toBeLessThanOrEqual(1);
    await expect(page.getByTestId('far-actors')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('.react-flow')).toHaveAttribute('aria-label', /Valtakunta/);
    await page.screenshot({ path: 'screenshots/far-boxes-whole.png' });
    // Boxes of actors never drawn as nodes: an estimate of the node's box.
    const estimated = await drawnBoxes(page);

    // Nearer (names readable): nodes, measured.
    await zoomTo(page, 0.4);
    await expect(page.getByTestId('far-actors')).toHaveCount(0);
    await expect.poll(async () => (await drawnNodes(page)).length, { timeout: 20_000 }).toBeGreaterThan(30);
    await waitForStableView(page);
    const nodes = await drawnNodes(page);
    await page.screenshot({ path: 'screenshots/far-boxes-near.png' });
    // The estimates were close: the text width errs wide by design, the height within a few units (a line is 19.5).
    for (const node of nodes) {
      const box = estimated.find(
        (b) => Math.abs(b.x + b.width / 2 - (node.x + node.width / 2)) < 40 && Math.abs(b.y + b.height / 2 - (node.y + node.height / 2)) < 40,
      )!;
      expect(box.width - node.width, node.id).toBeGreaterThan(-2);
      expect(box.width - node.width, node.id).toBeLessThan(30);
      expect(Math.abs(box.height - node.height), node.id).toBeLessThan(6);
    }

    // Back below the name zoom: each of those nodes is a box of the same place and size (map units), same colours.
    await zoomTo(page, 0.2);
    await expect(page.getByTestId('far-actors')).toHaveCount(1);
    await page.screenshot({ path: 'screenshots/far-boxes-far.png' });
    const mismatches = async () => {
      const boxes = await drawnBoxes(page);
      return nodes.flatMap((node) => {
        const cx = node.x + node.width / 2;
        const cy = node.y + node.height / 2;
        const box = boxes.find((b) => Math.abs(b.x + b.width / 2 - cx) < 40 && Math.abs(b.y + b.height / 2 - cy) < 40);
        if (!box) return [`${node.id}: no box`];
        const off = Math.max(Math.abs(box.x - node.x), Math.abs(box.y - node.y), Math.abs(box.width - node.width), Math.abs(box.height - node.height));
        if (off > 1.5) return [`${node.id}: node ${JSON.stringify(node)} box ${JSON.stringify(box)}`];
        if (box.type !== node.type || rgb(box.fill) !== node.background) return [`${node.id}: ${box.type} ${box.fill} vs ${node.type} ${node.background}`];
        return [];
      });
    };
    await expect.poll(mismatches, { timeout: 10_000 }).toEqual([]);
    // Sizes differ (long names wrap): the boxes are the nodes' own, not one size for all.
    expect(new Set(nodes.map((n) => Math.round(n.height))).size).toBeGreaterThan(1);
  });

  test('zooming in from far renders only the actors on screen (never measured ones too), with arrows to those off screen', async ({ page }) => {
    // The most nodes in the DOM at any moment while zooming in.
    await page.evaluate(() => {
      const w = window as unknown as { __maxNodes: number };
      w.__maxNodes = 0;
      new MutationObserver(() => {
        w.__maxNodes = Math.max(w.__maxNodes, document.querySelectorAll('.react-flow__node').length);
      }).observe(document.body, { childList: true, subtree: true });
    });
    await zoomTo(page, 0.6);
    await waitForStableView(page);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(20);
    // React Flow renders a node it has never measured whatever the view; these have an estimated size instead.
    expect(await page.evaluate(() => (window as unknown as { __maxNodes: number }).__maxNodes)).toBeLessThan(300);
    // Arrows are drawn, also those running off the canvas to actors not rendered yet.
    await expect.poll(() => page.locator('.react-flow__edge').count(), { timeout: 20_000 }).toBeGreaterThan(20);
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    const offEdges = await page
      .locator('.react-flow__edge path.react-flow__edge-path')
      .evaluateAll((paths, right) => paths.filter((p) => p.getBoundingClientRect().right > right).length, canvas.x + canvas.width);
    expect(offEdges).toBeGreaterThan(0);
  });

  test('sized by a figure (Insights), a box grows with its actor, before and after the node is measured again', async ({ page }) => {
    const target = id(20, 25);
    const nodeRect = async () => (await drawnNodes(page)).find((n) => n.id === target)!;
    const boxRect = async () => {
      const boxes = await drawnBoxes(page);
      return boxes.find((b) => Math.abs(b.x + b.width / 2 - 25 * 320) < 5 && Math.abs(b.y + b.height / 2 - 20 * 200) < 5)!;
    };
    await zoomTo(page, 0.4);
    await expect.poll(async () => (await drawnNodes(page)).some((n) => n.id === target)).toBe(true);
    const plain = await nodeRect();
    await zoomTo(page, 0.2);
    await page.getByRole('tab', { name: 'Havainnot' }).click();
    await page.getByRole('combobox', { name: 'Toimijoiden koko' }).selectOption('degree');
    // Far out, the box grows at once (its measured size times the new scale), about as the node will.
    await expect.poll(async () => (await boxRect()).height, { timeout: 30_000 }).toBeGreaterThan(plain.height * 1.3);
    const grownBox = await boxRect();
    await zoomTo(page, 0.4);
    await expect.poll(async () => (await nodeRect())?.height ?? 0).toBeGreaterThan(plain.height * 1.3);
    await waitForStableView(page);
    const grown = await nodeRect();
    expect(Math.abs(grownBox.width - grown.width) / grown.width).toBeLessThan(0.15);
    expect(Math.abs(grownBox.height - grown.height) / grown.height).toBeLessThan(0.15);
    // Measured at its new size, from far again exactly as drawn.
    await zoomTo(page, 0.2);
    await expect
      .poll(async () => {
        const box = await boxRect();
        return Math.max(Math.abs(box.width - grown.width), Math.abs(box.height - grown.height), Math.abs(box.x - grown.x), Math.abs(box.y - grown.y));
      })
      .toBeLessThan(1.5);
  });

  test('a click on a box selects its actor, a real node then; selection, its menu and Alt+arrow work, and zooming keeps it', async ({ page }) => {
    await zoomTo(page, 0.2);
    await expect(page.getByTestId('far-actors')).toHaveCount(1);
    const target = id(20, 25);
    const at = await screenPoint(page, 20, 25);
    await page.mouse.click(at.x, at.y);
    const node = page.locator(`.react-flow__node[data-id="${target}"]`);
    await expect(node).toHaveClass(/selected/);
    await expect(page.getByTestId('actor-inspector').getByRole('textbox', { name: 'Nimi' })).toHaveValue('Toimija 20-25');
    // It is drawn by the node, not by a box too: every actor once.
    await expect(page.getByTestId('far-actors')).toHaveAttribute('data-actors', String(ACTORS - 1));
    await page.screenshot({ path: 'screenshots/far-boxes-selected.png', clip: { x: at.x - 200, y: at.y - 120, width: 400, height: 240 } });

    // Zoom in and out again: still selected, a node again.
    await zoomTo(page, 0.6);
    await expect(page.getByTestId('far-actors')).toHaveCount(0);
    await expect(node).toHaveClass(/selected/);
    await zoomTo(page, 0.2);
    await expect(page.getByTestId('far-actors')).toHaveCount(1);
    await expect(node).toHaveClass(/selected/);
    expect(await drawnActors(page)).toBe(ACTORS);

    // Keyboard: its menu (Shift+F10), and Alt+arrow to the next actor, which is selected and focused.
    await node.focus();
    await page.keyboard.press('Shift+F10');
    await expect(page.getByTestId('actor-menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('actor-menu')).toHaveCount(0);
    await node.focus();
    await page.keyboard.press('Alt+ArrowRight');
    const next = page.locator(`.react-flow__node[data-id="${id(20, 26)}"]`);
    await expect(next).toBeFocused();
    await expect(next).toHaveClass(/selected/);

    // Right click on another box: that actor's menu, the actor selected.
    const other = await screenPoint(page, 18, 22);
    await page.mouse.click(other.x, other.y, { button: 'right' });
    await expect(page.getByTestId('actor-menu')).toBeVisible();
    await expect(page.locator(`.react-flow__node[data-id="${id(18, 22)}"]`)).toHaveClass(/selected/);
    await page.keyboard.press('Escape');

    // A double-click on a box adds no actor on top of it; a click on empty map clears the selection.
    const third = await screenPoint(page, 22, 28);
    await page.mouse.dblclick(third.x, third.y);
    await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', id(22, 28));
    expect(await drawnActors(page)).toBe(ACTORS);
    const empty = await screenPoint(page, 22.5, 28.5);
    await page.mouse.click(empty.x, empty.y);
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  });

  test('presenting, a click on a box focuses its actor, and one on the empty map clears the focus', async ({ page }) => {
    await page.getByRole('button', { name: fi.present.start, exact: true }).click();
    await expect(page.getByTestId('presentation')).toBeVisible();
    await zoomTo(page, 0.2);
    await expect(page.getByTestId('far-actors')).toHaveCount(1);
    const at = await screenPoint(page, 20, 25);
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('presentation')).toContainText('Toimija 20-25');
    await expect(page.locator('[data-testid=far-actors] path[data-dimmed]').first()).toBeAttached();
    const empty = await screenPoint(page, 20.5, 25.5);
    await page.mouse.click(empty.x, empty.y);
    await expect(page.locator('[data-testid=far-actors] path[data-dimmed]')).toHaveCount(0);
  });

  test('a search focuses an actor: it is a node, the rest dimmed boxes around its lit neighbours, near and far again', async ({ page }) => {
    await page.getByRole('tab', { name: 'Suodata' }).click();
    const search = page.getByRole('combobox', { name: 'Etsi kartalta' });
    await search.fill('Ohjaamo');
    await page.getByRole('listbox').getByRole('option').filter({ hasText: 'Ohjaamo Kajaani' }).first().click();
    await expect(page.getByTestId('lens-focus-state')).toContainText('Ohjaamo Kajaani');
    // The whole neighbourhood is on screen already: the view stays far (focusViewport moves only when needed).
    const focused = page.locator(`.react-flow__node[data-id="${id(30, 30)}"]`);
    await expect(focused).toBeVisible();
    const dimmedFar = async () => {
      const boxes = await drawnBoxes(page);
      return { lit: boxes.filter((b) => !b.dimmed).length, dimmed: boxes.filter((b) => b.dimmed).length };
    };
    // Its two neighbours stand out, every other actor is a dimmed box.
    await expect.poll(dimmedFar).toEqual({ lit: 2, dimmed: ACTORS - 3 });
    await expect(page.locator('[data-testid=far-actors] path[data-dimmed]').first()).toHaveAttribute('opacity', '0.25');
    await page.screenshot({ path: 'screenshots/far-boxes-focus.png' });
    // Nearer: nodes again, dimmed by the style sheet as before; far again: the same boxes.
    await zoomTo(page, 0.4);
    await expect(page.getByTestId('far-actors')).toHaveCount(0);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(3);
    await zoomTo(page, 0.2);
    // (The focused actor is still a node, not a box: off screen at this view, so not drawn.)
    await expect.poll(dimmedFar).toEqual({ lit: 2, dimmed: ACTORS - 3 });
  });
});
