/**
 * The direction glyph of a relation label, checked against the line as DRAWN: which end of the drawn path has an
 * arrowhead, and whether the path runs mostly across or up and down. A label says → when its line's head is on the
 * right, ← on the left, ↓ / ↑ on mostly vertical lines, ↔ / ↕ with heads at both ends (render/glyph.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The glyph the drawn line calls for and the one its label shows. */
async function glyphs(page: Page, relationId: string): Promise<{ drawn: string; shown: string }> {
  return page.evaluate((id) => {
    const edge = document.querySelector(`.react-flow__edge[data-id="${CSS.escape(id)}"]`);
    const path = edge?.querySelector<SVGPathElement>('path.react-flow__edge-path');
    const matrix = path?.getScreenCTM();
    const shown = document.querySelector(`[data-testid="relation-label"][data-relation-id="${CSS.escape(id)}"] .relation-label__direction`)?.textContent ?? '';
    if (!edge || !path || !matrix) return { drawn: 'no line', shown };
    const at = (s: number) => {
      const p = path.getPointAtLength(s);
      return new DOMPoint(p.x, p.y).matrixTransform(matrix);
    };
    const start = at(0);
    const end = at(path.getTotalLength());
    const heads = [...edge.querySelectorAll('[data-testid="arrow-head"]')].map((h) => {
      const r = h.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    const nearEnd = heads.filter((h) => Math.hypot(h.x - end.x, h.y - end.y) < Math.hypot(h.x - start.x, h.y - start.y)).length;
    const nearStart = heads.length - nearEnd;
    const dx = end.x - start.x;
    const dy = end.y - start.y;
    const across = Math.abs(dx) >= Math.abs(dy);
    if (nearEnd && nearStart) return { drawn: across ? '↔' : '↕', shown };
    // The way the single head points: towards the end it sits at.
    const sign = nearEnd ? 1 : -1;
    return { drawn: across ? (dx * sign > 0 ? '→' : '←') : dy * sign > 0 ? '↓' : '↑', shown };
  }, relationId);
}

/** Waits until the label's glyph points as its line's drawn arrowhead(s) do; returns that glyph. */
export async function expectGlyphAsDrawn(page: Page, label: Locator): Promise<string> {
  const id = (await label.getAttribute('data-relation-id'))!;
  await expect.poll(async () => glyphs(page, id).then((g) => (g.shown === g.drawn ? 'as drawn' : `label ${g.shown}, line ${g.drawn}`))).toBe('as drawn');
  return (await glyphs(page, id)).drawn;
}

/** The glyphs of a line with heads at both ends. */
export const BOTH_WAYS = ['↔', '↕'];
