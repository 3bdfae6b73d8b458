import type { CentredBox } from './geometry';

/** A cell's key as one number (column and row interleaved in the integers; maps span far less than 2^20 cells). */
const cellKey = (i: number, j: number) => i * 2 ** 21 + j;

/** Boxes by grid cells, so asking "which boxes are near this point" reads a few cells, not every node. */
export class BoxIndex<T extends { cx: number; cy: number; hw: number; hh: number }> {
  private readonly cells = new Map<number, T[]>();
  constructor(
    items: Iterable<T>,
    private readonly cell = 200,
  ) {
    for (const item of items) this.insert(item);
  }
  private range(x0: number, y0: number, x1: number, y1: number): number[] {
    const c = this.cell;
    const keys: number[] = [];
    for (let i = Math.floor(x0 / c); i <= Math.floor(x1 / c); i++) for (let j = Math.floor(y0 / c); j <= Math.floor(y1 / c); j++) keys.push(cellKey(i, j));
    return keys;
  }
  insert(item: T) {
    for (const key of this.range(item.cx - item.hw, item.cy - item.hh, item.cx + item.hw, item.cy + item.hh)) {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    }
  }
  /** Every item whose box may come within `margin` of the box. */
  near(box: CentredBox, margin = 0): Set<T> {
    const found = new Set<T>();
    this.some(box, margin, (item) => {
      found.add(item);
      return false;
    });
    return found;
  }
  /**
   * The lists of the cells a box (centre, half sizes, grown by `margin`) touches, in the order `some` visits them,
   * written into `out`; returns how many. For loops too hot for a callback: label placement costs its spots this way.
   */
  lists(cx: number, cy: number, hw: number, hh: number, margin: number, out: T[][]): number {
    const c = this.cell;
    const i1 = Math.floor((cx + hw + margin) / c);
    const j0 = Math.floor((cy - hh - margin) / c);
    const j1 = Math.floor((cy + hh + margin) / c);
    let n = 0;
    for (let i = Math.floor((cx - hw - margin) / c); i <= i1; i++)
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(cellKey(i, j));
        if (list) out[n++] = list;
      }
    return n;
  }
  /** Whether `test` holds for an item near the box (items spanning cells may be tested twice). Allocates nothing: placement asks this thousands of times. */
  some(box: CentredBox, margin: number, test: (item: T) => boolean): boolean {
    const c = this.cell;
    const i1 = Math.floor((box.cx + box.hw + margin) / c);
    const j0 = Math.floor((box.cy - box.hh - margin) / c);
    const j1 = Math.floor((box.cy + box.hh + margin) / c);
    for (let i = Math.floor((box.cx - box.hw - margin) / c); i <= i1; i++)
      for (let j = j0; j <= j1; j++) {
        const list = this.cells.get(cellKey(i, j));
        if (list) for (const item of list) if (test(item)) return true;
      }
    return false;
  }
}
