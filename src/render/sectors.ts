/**
 * The sectors of a personal map as drawn: a divider from "me" out through the
 * rings at each wedge's edge, and each sector's name just outside the outer
 * ring in the middle of its wedge (outside, so it never sits under an actor or
 * a ring's name). Shared by the canvas (RingsLayer) and the picture (mapSvg),
 * so both draw the same wedges as model/sectors decides.
 */
import { dividerAngles, RING_RADII, schemeOfSector, sectorArc, sectorsOf, type Position, type Sector, type SectorScheme } from '../model';
import { escapeXml, n } from './svgText';
import type { Theme } from './theme';

/** Dividers start here, clear of "me" (its box is about this far from the centre). */
const DIVIDER_INNER = 60;
/** The names stand this far outside the outer ring. */
const NAME_GAP = 14;

export interface SectorDivider {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SectorName {
  sector: Sector;
  x: number;
  /** The baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface SectorGeometry {
  dividers: SectorDivider[];
  names: SectorName[];
}

/** Divider lines and name spots of a scheme around `centre`, for names of `fontSize`. */
export function sectorGeometry(scheme: SectorScheme, centre: Position, fontSize: number): SectorGeometry {
  const outer = RING_RADII[3];
  const dividers = dividerAngles(scheme).map((a) => ({
    x1: centre.x + Math.cos(a) * DIVIDER_INNER,
    y1: centre.y + Math.sin(a) * DIVIDER_INNER,
    x2: centre.x + Math.cos(a) * outer,
    y2: centre.y + Math.sin(a) * outer,
  }));
  const names = sectorsOf(scheme).map((sector): SectorName => {
    // The text grows away from the circle: rightwards on the right, leftwards on the left, up above, down below.
    return spotAt(sector, centre, sectorArc(scheme, sector)!.mid, outer + NAME_GAP, fontSize);
  });
  return { dividers, names };
}

/** The sectors as SVG elements (dividers, then names), for the picture. */
export function renderSectors(scheme: SectorScheme, centre: Position, names: Record<Sector, string>, theme: Theme): string {
  const fontSize = sectorFontSize(theme);
  const { dividers, names: spots } = sectorGeometry(scheme, centre, fontSize);
  const lines = dividers.map(
    (d) =>
      `<line x1="${n(d.x1)}" y1="${n(d.y1)}" x2="${n(d.x2)}" y2="${n(d.y2)}" stroke="${theme.ring.text}" stroke-width="${n(sectorStrokeWidth(theme))}" stroke-linecap="round" data-sector-divider=""/>`,
  );
  const texts = spots.map(
    (s) =>
      `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${fontSize}" font-weight="700" text-anchor="${s.anchor}" fill="${theme.ring.text}" data-sector="${s.sector}">${escapeXml(names[s.sector])}</text>`,
  );
  return [...lines, ...texts].join('');
}

/** Sector names are a little larger than ring names: they name the whole wedge. */
export function sectorFontSize(theme: Theme): number {
  return theme.ring.fontSize + 2;
}

/** Dividers are drawn a little stronger than the rings' borders, so the wedges read at a glance. */
export function sectorStrokeWidth(theme: Theme): number {
  return theme.ring.strokeWidth + 0.5;
}

/**
 * A small pie for a legend: the circle with the sector's wedge (`wedge`) and
 * the rest (`rest`) as separate paths, so a key shows where the sector lies.
 */
export function sectorGlyph(sector: Sector, cx: number, cy: number, r: number): { wedge: string; circle: string } {
  const arc = sectorArc(schemeOfSector(sector), sector)!;
  const p = (a: number) => `${n(cx + Math.cos(a) * r)} ${n(cy + Math.sin(a) * r)}`;
  const large = arc.to - arc.from > Math.PI ? 1 : 0;
  return {
    wedge: `M${n(cx)} ${n(cy)} L${p(arc.from)} A${n(r)} ${n(r)} 0 ${large} 1 ${p(arc.to)} Z`,
    circle: `M${n(cx - r)} ${n(cy)} A${n(r)} ${n(r)} 0 1 1 ${n(cx + r)} ${n(cy)} A${n(r)} ${n(r)} 0 1 1 ${n(cx - r)} ${n(cy)} Z`,
  };
}

export interface NameBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** How far inward a name may be moved: to just outside "me" (a tablet at zoom 1 shows little more than the inner ring). */
const NAME_INNERMOST = 150;
const NAME_STEP = 10;
/** How far from its wedge's middle a name may slide (radians), keeping clear of the dividers. */
const NAME_SLIDE = [0, 10, -10, 20, -20, 30, -30, 40, -40].map((d) => (d * Math.PI) / 180);

/** A name's spot on the ray at `angle`, `r` from the centre, its text growing away from the centre. */
function spotAt(sector: Sector, centre: Position, angle: number, r: number, fontSize: number): SectorName {
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
  const lift = sin < -0.3 ? 0 : sin > 0.3 ? fontSize : fontSize / 3;
  return { sector, x: centre.x + cos * r, y: centre.y + sin * r + lift, anchor };
}

/** The box a name's text covers at a spot (map units): its width estimated, from just above the cap to below the baseline. */
export function nameBox(spot: SectorName, width: number, fontSize: number): NameBox {
  const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { minX: left, minY: spot.y - fontSize * 0.85, maxX: left + width, maxY: spot.y + fontSize * 0.3 };
}

const inside = (a: NameBox, b: NameBox) => a.minX >= b.minX && a.maxX <= b.maxX && a.minY >= b.minY && a.maxY <= b.maxY;
const meets = (a: NameBox, b: NameBox) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/**
 * The names where the reader sees them: outside the outer ring when that spot
 * is in view, else the farthest-out spot in the name's own wedge (near its
 * middle first) that is wholly in `view` and clear of `avoid` (the legend,
 * the zoom buttons), and clear of `actors` too where there is such a spot
 * (the rings are drawn beneath the actors). At the readable zoom a laptop or a
 * tablet shows only the middle of the rings, so names outside the outer ring
 * were off screen or under the legend. No spot fits: the usual one.
 */
export function sectorNamesInView(
  scheme: SectorScheme,
  centre: Position,
  fontSize: number,
  widths: Record<string, number>,
  view: NameBox,
  avoid: readonly NameBox[],
  actors: readonly NameBox[] = [],
): SectorName[] {
  const outer = sectorGeometry(scheme, centre, fontSize).names;
  return outer.map((spot) => {
    const { mid } = sectorArc(scheme, spot.sector)!;
    const width = widths[spot.sector] ?? 0;
    const search = (clear: readonly NameBox[]) => {
      const fits = (s: SectorName) => {
        const box = nameBox(s, width, fontSize);
        return inside(box, view) && !clear.some((a) => meets(box, a));
      };
      if (fits(spot)) return spot;
      for (let r = RING_RADII[3] - NAME_STEP; r >= NAME_INNERMOST; r -= NAME_STEP)
        for (const slide of NAME_SLIDE) {
          const moved = spotAt(spot.sector, centre, mid + slide, r, fontSize);
          if (fits(moved)) return moved;
        }
      return undefined;
    };
    return search([...avoid, ...actors]) ?? search(avoid) ?? spot;
  });
}
