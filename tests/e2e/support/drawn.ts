/**
 * What the map screen DRAWS, measured in the page: text sizes × zoom, node and label boxes, words broken over lines,
 * clipped or wrapped buttons, a page wider than the screen. Also works on screens without a map (library, merge).
 */
import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Drawn {
  zoom: number;
  names: number[];
  labels: number[];
  nodes: { id: string; name: string; box: Box }[];
  labelBoxes: { text: string; box: Box }[];
  /** Actor names with a word split over two lines. */
  brokenWords: string[];
  pageOverflow: number;
  buttons: { text: string; clipped: boolean; lines: number }[];
  /** Short table cells (a library row's kind and date) that wrap. */
  wrappedCells: string[];
}

/** What the canvas and the controls draw now (px on screen). */
export async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    // Screens without a map (library, merge) have no canvas: only the page and its buttons are measured there.
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
    const view = (document.querySelector('.react-flow') ?? document.body).getBoundingClientRect();
    const inView = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;
    };
    const fontPx = (selector: string) =>
      [...document.querySelectorAll(selector)].filter(inView).map((e) => Number.parseFloat(getComputedStyle(e).fontSize) * zoom);
    // A button's text wraps when its pieces of text sit on more than one line.
    const lines = (b: Element) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const tops: number[] = [];
      for (const r of rects.sort((a, c) => a.top - c.top)) if (!tops.some((t) => Math.abs(t - r.top) < r.height * 0.6)) tops.push(r.top);
      return Math.max(1, tops.length);
    };
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    return {
      zoom,
      names: fontPx('.actor-node__name'),
      labels: fontPx('.relation-label__line'),
      nodes: [...document.querySelectorAll('.react-flow__node')].map((n) => ({
        id: n.getAttribute('data-id')!,
        name: n.querySelector('.actor-node__name')?.textContent ?? '',
        box: box(n.querySelector('.actor-node') ?? n),
      })),
      labelBoxes: [...document.querySelectorAll('[data-testid="relation-label"]')].map((l) => ({ text: l.getAttribute('title') ?? '', box: box(l) })),
      brokenWords: [...document.querySelectorAll('.actor-node__name')].flatMap((name) => {
        const text = name.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const range = document.createRange();
        // Pieces between spaces and after hyphens ("opinto-" | "ohjaaja"): a line may end after a hyphen.
        return [...(text.textContent ?? '').matchAll(/[^\s-]+-?/g)].flatMap((piece) => {
          range.setStart(text, piece.index);
          range.setEnd(text, piece.index + piece[0].length);
          // A piece on two lines has parts at two heights.
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          return tops.size > 1 ? [piece[0]] : [];
        });
      }),
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      buttons: [...document.querySelectorAll('button, a.button-link, .toolbar a')]
        .filter(visible)
        .filter((b) => !b.closest('.react-flow__controls, .react-flow__node, .relation-label'))
        // biome-ignore lint/performance/useDomNodeTextContent: the button's rendered text is what may be clipped.
        .map((b) => ({ text: (b as HTMLElement).innerText.trim(), clipped: b.scrollWidth > b.clientWidth + 1, lines: lines(b) })),
      wrappedCells: [...document.querySelectorAll('[data-testid="library-row"] td:nth-child(2), [data-testid="library-row"] td:nth-child(3)')]
        .filter((cell) => lines(cell) > 1)
        .map((cell) => cell.textContent ?? ''),
    };
  });
}

/** Area (px²) shared by two boxes. */
export const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Whether two boxes overlap by more than `margin` px each way (boxes that only touch do not). */
const overlapsBy = (a: Box, b: Box, margin: number) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > margin && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > margin;

/** The relation labels drawn over an actor's box (their titles): none, on a truthful map. */
export async function labelsOverActors(page: Page): Promise<string[]> {
  const { nodes, labelBoxes } = await drawn(page);
  return labelBoxes.filter((label) => nodes.some((node) => overlapsBy(label.box, node.box, 2))).map((label) => label.text);
}
