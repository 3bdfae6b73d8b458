/**
 * The map tells the truth: every label on its own line, lines told apart,
 * nothing covering anything, words whole, measured on the DRAWN map in Chromium.
 */
import { expect, test, type Page } from '@playwright/test';
import { kainuuRow } from './support/layoutMaps';
import { readFileSync } from 'node:fs';
import { importFiles, openApp } from './support/trainee';
import { exportFromMenu } from './support/exportMenu';
import { aino } from './support/trainingMaps';
import { BOTH_WAYS, expectGlyphAsDrawn } from './support/glyph';

async function openKainuuRow(page: Page) {
  await openApp(page);
  await importFiles(page, [{ name: 'kainuu-rivi.json', text: kainuuRow }]);
  await page.getByRole('link', { name: 'Avaa kartta Kainuun rivi' }).click();
  await expect(page.getByTestId('relation-label')).toHaveCount(13);
}

/** Everything measured on screen, in CSS px. */
/**
 * Wait until the scene has been placed with the measured node sizes (it is
 * redone once nodes are measured): then no label lies on a node.
 */
async function waitUntilPlaced(page: Page) {
  await expect
    .poll(async () => {
      const { labels, nodes } = await measure(page);
      return labels.every((l) => !nodes.some((n) => intersects(l.box, n.box)));
    })
    .toBe(true);
}

async function measure(page: Page) {
  return page.evaluate(() => {
    const toScreen = (el: SVGGraphicsElement, x: number, y: number) => {
      const m = el.getScreenCTM()!;
      return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
    };
    const samplePath = (id: string) => {
      const path = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`)!;
      const length = path.getTotalLength();
      return Array.from({ length: 121 }, (_, i) => {
        const p = path.getPointAtLength((length * i) / 120);
        return toScreen(path, p.x, p.y);
      });
    };
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const labels = [...document.querySelectorAll<HTMLElement>('[data-testid="relation-label"]')].map((el) => {
      const id = el.dataset.relationId!;
      const leader = document.querySelector<SVGLineElement>(`[data-testid="label-leader"][data-relation-id="${id}"] line`);
      return {
        id,
        box: box(el),
        title: el.title,
        lines: [...el.querySelectorAll<HTMLElement>('.relation-label__line')].map((line) => ({
          text: line.textContent ?? '',
          scrollWidth: line.scrollWidth,
          clientWidth: line.clientWidth,
        })),
        leader: leader
          ? { from: toScreen(leader, leader.x1.baseVal.value, leader.y1.baseVal.value), to: toScreen(leader, leader.x2.baseVal.value, leader.y2.baseVal.value) }
          : null,
        path: samplePath(id),
      };
    });
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((el) => ({ name: el.textContent ?? '', box: box(el) }));
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    return { labels, nodes, zoom };
  });
}

type Point = { x: number; y: number };
type Box = { left: number; top: number; right: number; bottom: number };
const distanceToPath = (p: Point, path: Point[]) => {
  let best = Infinity;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y));
  }
  return best;
};
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

/** Where the line from `from` to the box's centre enters the box: a leader's visible end (the label is drawn over the rest). */
function entry(from: Point, b: Box): Point {
  const c = centre(b);
  const dx = c.x - from.x;
  const dy = c.y - from.y;
  const scale = Math.min(dx ? (b.right - b.left) / 2 / Math.abs(dx) : Infinity, dy ? (b.bottom - b.top) / 2 / Math.abs(dy) : Infinity);
  return scale >= 1 ? c : { x: c.x - dx * scale, y: c.y - dy * scale };
}

/**
 * Each label on its own line (or joined to it by a short leader that runs over no other label), covering no node or
 * label, words whole, text inside its box. `zoom` turns the leader cap's map units into px.
 */
function expectLabelsTellTheTruth(
  labels: Awaited<ReturnType<typeof measure>>['labels'],
  nodes: Awaited<ReturnType<typeof measure>>['nodes'],
  zoom: number,
): { leaders: number; longest: number } {
  let leaders = 0;
  let longest = 0;
  for (const label of labels) {
    const c = centre(label.box);
    if (label.leader) {
      // Beside its line: the leader joins the label's centre to a point on its own line.
      leaders++;
      expect(Math.hypot(label.leader.to.x - c.x, label.leader.to.y - c.y), `${label.id} leader reaches its label`).toBeLessThan(2);
      expect(distanceToPath(label.leader.from, label.path), `${label.id} leader ends on its own line`).toBeLessThan(3);
      // Short: at most 1.5 label heights + 40 map units from its dot to the label's border (render/labels.ts leaderCap).
      const end = entry(label.leader.from, label.box);
      const length = Math.hypot(end.x - label.leader.from.x, end.y - label.leader.from.y);
      longest = Math.max(longest, length);
      expect(length, `${label.id} leader length (px)`).toBeLessThanOrEqual(1.5 * (label.box.bottom - label.box.top) + 40 * zoom + 1);
      // And over no other label: sampled along its visible part, 1 px inside the other boxes.
      for (const other of labels) {
        if (other === label) continue;
        const over = Array.from({ length: 41 }, (_, i) => ({
          x: label.leader!.from.x + ((end.x - label.leader!.from.x) * i) / 40,
          y: label.leader!.from.y + ((end.y - label.leader!.from.y) * i) / 40,
        })).some((p) => p.x > other.box.left + 1 && p.x < other.box.right - 1 && p.y > other.box.top + 1 && p.y < other.box.bottom - 1);
        expect(over, `${label.id} leader runs over label ${other.id}`).toBe(false);
      }
    } else {
      expect(distanceToPath(c, label.path), `${label.id} centre on its own line`).toBeLessThan(3);
    }
    for (const node of nodes) expect(intersects(label.box, node.box), `${label.id} covers ${node.name}`).toBe(false);
    for (const other of labels) if (other !== label) expect(intersects(label.box, other.box), `${label.id} covers ${other.id}`).toBe(false);
    // Words whole: every word of a line is a word of the label's text (a mid-word break would make a new one).
    const words = new Set(label.title.split(/\s+/));
    for (const line of label.lines) {
      for (const word of line.text.split(/\s+/).filter(Boolean)) {
        // A line cut with "…" may end in part of a word; any other word is whole.
        const whole = words.has(word) || (word.endsWith('…') && [...words].some((w) => w.startsWith(word.slice(0, -1))));
        expect(whole, `${label.id}: "${line.text}" breaks "${word}"`).toBe(true);
      }
      expect(line.scrollWidth, `${label.id}: "${line.text}" overflows`).toBeLessThanOrEqual(line.clientWidth);
    }
  }
  return { leaders, longest };
}

test.use({ viewport: { width: 1920, height: 1080 } });

test('an imported regional map with actors in a row, parallel relations and long Finnish words puts every label on its own line, covering nothing', async ({
  page,
}) => {
  await openKainuuRow(page);
  await waitUntilPlaced(page);
  await page.screenshot({ path: 'screenshots/regional-row-1920.png' });
  const { labels, nodes, zoom } = await measure(page);

  const { leaders, longest } = expectLabelsTellTheTruth(labels, nodes, zoom);
  console.log(`${labels.length} labels, ${leaders} with a leader line (longest ${longest.toFixed(0)} px)`);

  // Every arrow head is visible: what is drawn at its middle is not a node or a connection handle.
  const covered = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="arrow-head"]')].flatMap((head) => {
      const r = head.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top?.closest('.react-flow__node, .react-flow__handle') ? [top.className] : [];
    }),
  );
  expect(await page.getByTestId('arrow-head').count()).toBeGreaterThan(13);
  expect(covered, 'arrow heads under a node or handle').toEqual([]);

  // Lines told apart: A–C goes around B, parallel and opposite A–B relations do not coincide.
  const path = (id: string) => labels.find((l) => l.id === id)!.path;
  const apart = (p: Point[], q: Point[]) => {
    // Middle halves compared: near the ends, lines of one actor necessarily meet.
    const middle = p.slice(30, 91);
    return Math.max(...middle.map((point) => distanceToPath(point, q)));
  };
  const b = nodes.find((n) => n.name.includes('Työllisyyspalvelut'))!.box;
  for (const point of path('r2')) expect(point.x > b.left && point.x < b.right && point.y > b.top && point.y < b.bottom, 'A–C runs behind B').toBe(false);
  expect(apart(path('r2'), path('r0'))).toBeGreaterThanOrEqual(8);
  expect(apart(path('r2'), path('r1'))).toBeGreaterThanOrEqual(8);
  for (const [x, y] of [
    ['r0', 'r3'],
    ['r0', 'r4'],
    ['r3', 'r4'],
    ['r5', 'r6'],
  ] as const)
    expect(apart(path(x), path(y)), `${x} and ${y} drawn apart`).toBeGreaterThanOrEqual(8);
});

test('clicking the label drawn on a line selects that relation, and never changes its direction', async ({ page }) => {
  await openKainuuRow(page);
  const inspector = page.getByTestId('relation-inspector');
  // r1: Työllisyyspalvelut ↔ Ohjaamo Kajaani, a label on a line between two actors in a row.
  const label = page.locator('[data-testid="relation-label"][data-relation-id="r1"]');
  await label.locator('.relation-label__direction').click();
  await expect(inspector).toBeVisible();
  await expect(inspector.getByRole('radio', { name: 'Työllisyyspalvelut ↔ Ohjaamo Kajaani' })).toBeChecked();
  expect(BOTH_WAYS).toContain(await expectGlyphAsDrawn(page, label));
  // The same label from the keyboard: it is a button with a name that says what it is.
  await page.locator('[data-testid="relation-label"][data-relation-id="r0"]').focus();
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('radio', { name: 'Oppisopimustoimisto → Työllisyyspalvelut' })).toBeChecked();
  await expect(
    page.getByRole('button', { name: 'Suhde Oppisopimustoimisto → Työllisyyspalvelut: Oppisopimustoimisto; tapaaminen · sähköposti' }),
  ).toBeVisible();
});

test.describe('at a laptop size', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a personal map at its default view: labels on their lines, readable sizes measured, and the same map as a PNG', async ({ page }) => {
    const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');
    const title = JSON.parse(fixture).map.title as string;
    await openApp(page);
    await importFiles(page, [{ name: 'aino.json', text: fixture }]);
    await page.getByRole('link', { name: `Avaa kartta ${title}` }).click();
    await expect(page.getByTestId('relation-label').first()).toBeVisible();
    await waitUntilPlaced(page);
    await page.screenshot({ path: 'screenshots/personal-1366.png' });
    const { labels, nodes, zoom } = await measure(page);
    const { leaders } = expectLabelsTellTheTruth(labels, nodes, zoom);
    const sizes = await page.evaluate(() => {
      const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
      const px = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? Number.parseFloat(getComputedStyle(el).fontSize) * zoom : 0;
      };
      return { zoom, label: px('.relation-label__line'), name: px('.actor-node__name') };
    });
    console.log(
      `personal map at 1366×768: ${labels.length} labels (${leaders} with a leader), zoom ${sizes.zoom.toFixed(2)}, label text ${sizes.label.toFixed(1)} px, names ${sizes.name.toFixed(1)} px`,
    );
    const downloadPromise = page.waitForEvent('download');
    await exportFromMenu(page, 'map2');
    await (await downloadPromise).saveAs('screenshots/personal-export.png');
  });
});

test.describe('a trainee’s map on a laptop (1366 × 768)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('puts each label on its line or next to it: leaders short, over no other label', async ({ page }) => {
    await openApp(page);
    await importFiles(page, [{ name: 'aino.json', text: aino }]);
    await page.getByRole('link', { name: /Ainon verkostosuhteet/ }).click();
    await expect(page.getByTestId('relation-label').first()).toBeVisible();
    await waitUntilPlaced(page);
    await page.screenshot({ path: 'screenshots/aino-labels-1366.png' });
    const { labels, nodes, zoom } = await measure(page);
    const { leaders, longest } = expectLabelsTellTheTruth(labels, nodes, zoom);
    console.log(`Aino's map at 1366×768: ${labels.length} labels, ${leaders} with a leader (longest ${longest.toFixed(0)} px), zoom ${zoom.toFixed(2)}`);
  });
});

test('a regional map as an exported PNG, with its legend', async ({ page }) => {
  await openKainuuRow(page);
  const downloadPromise = page.waitForEvent('download');
  await exportFromMenu(page, 'map2');
  const download = await downloadPromise;
  await download.saveAs('screenshots/regional-row-export.png');
  expect(download.suggestedFilename()).toMatch(/\.png$/);
});

test.describe('tidying a personal map', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('"Tidy" keeps every actor wholly inside its own ring band, never on a border, in one undo step', async ({ page }) => {
    const fixture = readFileSync(new URL('../fixtures/v1-personal.json', import.meta.url), 'utf8');
    const title = JSON.parse(fixture).map.title as string;
    await openApp(page);
    await importFiles(page, [{ name: 'aino.json', text: fixture }]);
    await page.getByRole('link', { name: `Avaa kartta ${title}` }).click();
    await expect(page.getByTestId('relation-label').first()).toBeVisible();
    const before = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).style.transform));
    await page.getByRole('button', { name: 'Järjestä' }).click();
    await expect.poll(() => page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).style.transform))).not.toEqual(before);
    await page.screenshot({ path: 'screenshots/personal-tidy-1366.png' });
    const drawn = await page.evaluate(() => {
      const circles = [...document.querySelectorAll('.rings-layer circle')].map((c) => c.getBoundingClientRect());
      const radii = circles.map((r) => r.width / 2).sort((a, b) => a - b);
      const c = circles[0]!;
      const centre = { x: c.left + c.width / 2, y: c.top + c.height / 2 };
      const nodes = [...document.querySelectorAll('.react-flow__node')]
        .filter((n) => !n.querySelector('.actor-node--self'))
        .map((n) => {
          const r = n.getBoundingClientRect();
          const dx = Math.max(Math.abs(r.left - centre.x), Math.abs(r.right - centre.x));
          const dy = Math.max(Math.abs(r.top - centre.y), Math.abs(r.bottom - centre.y));
          const nx = r.left > centre.x ? r.left - centre.x : r.right < centre.x ? centre.x - r.right : 0;
          const ny = r.top > centre.y ? r.top - centre.y : r.bottom < centre.y ? centre.y - r.bottom : 0;
          const mx = r.left + r.width / 2 - centre.x;
          const my = r.top + r.height / 2 - centre.y;
          return {
            name: n.textContent ?? '',
            near: Math.hypot(nx, ny),
            far: Math.hypot(dx, dy),
            mid: Math.hypot(mx, my),
            angle: Math.atan2(my, mx),
            width: r.width,
            height: r.height,
          };
        });
      return { radii, nodes };
    });
    const [r1, r2, r3] = drawn.radii as [number, number, number];
    /** Whether some distance along the box's angle puts the whole box inside the band. */
    const fits = (node: (typeof drawn.nodes)[number], inner: number, outer: number) => {
      for (let d = inner; d <= outer; d++) {
        const cx = Math.abs(Math.cos(node.angle) * d);
        const cy = Math.abs(Math.sin(node.angle) * d);
        const near = Math.hypot(Math.max(0, cx - node.width / 2), Math.max(0, cy - node.height / 2));
        if (near >= inner && Math.hypot(cx + node.width / 2, cy + node.height / 2) <= outer) return true;
      }
      return false;
    };
    let wholly = 0;
    for (const node of drawn.nodes) {
      const [inner, outer] = node.mid <= r1 ? [0, r1] : node.mid <= r2 ? [r1, r2] : [r2, r3];
      const what = `${node.name}: ${node.near.toFixed(0)}–${node.far.toFixed(0)} px, band ${inner.toFixed(0)}–${outer.toFixed(0)}`;
      if (fits(node, inner, outer)) {
        // No ring border runs through the box.
        expect(node.near >= inner && node.far <= outer, what).toBe(true);
        wholly++;
      } else {
        // Too wide for its band at its angle: clearly inside, its centre in the middle third, not on a border.
        expect(node.mid - inner, what).toBeGreaterThan((outer - inner) / 3);
        expect(outer - node.mid, what).toBeGreaterThan((outer - inner) / 3);
      }
    }
    console.log(`tidy at 1366×768: ${wholly} of ${drawn.nodes.length} actors wholly inside their band, the rest centred in it`);
    await page.getByRole('button', { name: 'Kumoa' }).click();
    await expect.poll(() => page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).style.transform))).toEqual(before);
  });
});
