/**
 * The visual encoding of a map, once: colours, node styles per actor type, area
 * badges, arrow heads, stroke widths, rings, fonts and sizes. The canvas reads it
 * (inline styles, and CSS custom properties for app.css through
 * `themeVariables`), and so do the SVG picture and the PNG made from it, so
 * screen and picture cannot disagree.
 *
 * Three themes: `screen` (the editor), `projector` (larger text, thicker lines,
 * more contrast, for a room) and `print` (the exported picture: white paper).
 */
import type { ActorType, ContentArea, Ring } from '../model';

export interface NodeStyle {
  fill: string;
  stroke: string;
  text: string;
  /** Colour of secondary text (organisation) on this node. */
  subText: string;
  /** Corner radius; 'pill' rounds the ends fully. */
  radius: number | 'pill';
  dash?: string;
  /** A solid offset shadow (organisations look like a stack of paper). */
  shadow?: string;
}

export interface Theme {
  name: 'screen' | 'projector' | 'print';
  font: string;
  ink: string;
  muted: string;
  background: string;
  node: Record<ActorType, NodeStyle> & { strokeWidth: number; fontSize: number; subFontSize: number };
  edge: {
    colour: string;
    selected: string;
    /** Stroke width of a relation drawn in one map; each further map adds `perWeight`. */
    width: number;
    perWeight: number;
    maxWidth: number;
    /** Room between a node's border and an arrow's tip: nothing of the node (outline, shadow, handle) may cover the head. */
    gap: number;
    arrowLength: number;
    arrowWidth: number;
  };
  label: {
    fontSize: number;
    lineHeight: number;
    /** Widest a label's text column may be before it wraps. */
    maxTextWidth: number;
    maxLinesPerPart: number;
    padding: number;
    glyphWidth: number;
    glyphFontSize: number;
    background: string;
    border: string;
    selectedBorder: string;
    methodColour: string;
    weightColour: string;
    leader: string;
  };
  ring: { fills: [string, string, string]; stroke: string; text: string; fontSize: number; strokeWidth: number };
  /**
   * Closeness ties of a merged map ("in my network": a trainee had the actor on
   * a ring but drew no arrow): dashed, thinner and lighter than any relation,
   * no heads. The closer the ring, the thicker the line and the denser its dashes.
   */
  tie: { colour: string; width: Record<Ring, number>; dash: Record<Ring, string>; gap: number };
  /** Content-area badges: a short word on a colour (Okabe–Ito hues, told apart with colour-blindness), text ≥ 4.5:1. */
  areas: Record<ContentArea, { fill: string; text: string }>;
}

const FONT = "system-ui, 'DejaVu Sans', sans-serif";

/** Okabe–Ito's reddish purple, sky blue and orange with near-black text: all above 4.5:1 (see theme.test.ts). */
const AREAS: Theme['areas'] = {
  everyday: { fill: '#cc79a7', text: '#111111' },
  education: { fill: '#56b4e9', text: '#111111' },
  employment: { fill: '#e69f00', text: '#111111' },
};

export const screenTheme: Theme = {
  name: 'screen',
  font: FONT,
  ink: '#1d2b36',
  muted: '#5a6b75',
  background: '#ffffff',
  node: {
    self: { fill: '#2a7f6f', stroke: '#1c5a4e', text: '#ffffff', subText: '#d9efe9', radius: 'pill' },
    person: { fill: '#ffffff', stroke: '#34495e', text: '#1d2b36', subText: '#5a6b75', radius: 'pill' },
    group: { fill: '#fff8e8', stroke: '#a0782c', text: '#1d2b36', subText: '#5a6b75', radius: 12, dash: '6 4' },
    organisation: { fill: '#eef3fb', stroke: '#2c4f86', text: '#1d2b36', subText: '#5a6b75', radius: 2, shadow: '#2c4f86' },
    strokeWidth: 2,
    // 15 map units: at the editor's readable zoom floor (0.85, canvas/defaultView.ts) names are ≥ 12 px on screen.
    fontSize: 15,
    subFontSize: 12,
  },
  edge: { colour: '#1f6f8b', selected: '#d35400', width: 1.8, perWeight: 1.2, maxWidth: 8, gap: 7, arrowLength: 13, arrowWidth: 11 },
  label: {
    // 13 map units: ≥ 11 px on screen at the readable zoom floor (0.85).
    fontSize: 13,
    lineHeight: 16,
    maxTextWidth: 200,
    maxLinesPerPart: 2,
    padding: 4,
    glyphWidth: 22,
    glyphFontSize: 14,
    background: '#ffffff',
    border: '#b8860b',
    selectedBorder: '#d35400',
    methodColour: '#3b5d6e',
    weightColour: '#7d3c98',
    leader: '#b8860b',
  },
  ring: { fills: ['#e8f4f1', '#f1f7f5', '#f8fbfa'], stroke: '#9fc5bb', text: '#3f6f63', fontSize: 15, strokeWidth: 1.5 },
  // Lighter than the relations' blue, yet ≥ 3:1 on white (a graphic must be seen; theme.test.ts).
  tie: { colour: '#6d8a96', width: { 1: 1.6, 2: 1.3, 3: 1.1 }, dash: { 1: '7 3', 2: '5 5', 3: '2 6' }, gap: 5 },
  areas: AREAS,
};

/** For a room: bigger text, thicker lines, darker ink and stronger ring borders. */
export const projectorTheme: Theme = {
  ...screenTheme,
  name: 'projector',
  ink: '#000000',
  muted: '#2b3a42',
  // Text at least 7:1 (WCAG AAA) on its fill, and strokes at least 4.5:1 on white: a projector washes colours out.
  node: {
    ...screenTheme.node,
    self: { ...screenTheme.node.self, fill: '#1c5a4e', stroke: '#0f3a32', subText: '#e6f4f0' },
    person: { ...screenTheme.node.person, stroke: '#000000', text: '#000000', subText: '#2b3a42' },
    group: { ...screenTheme.node.group, stroke: '#7a5800', text: '#000000', subText: '#2b3a42' },
    organisation: { ...screenTheme.node.organisation, text: '#000000', subText: '#2b3a42' },
    strokeWidth: 3,
    fontSize: 20,
    subFontSize: 16,
  },
  edge: { ...screenTheme.edge, colour: '#0b4f66', selected: '#b34700', width: 3, perWeight: 1.6, maxWidth: 12, gap: 9, arrowLength: 18, arrowWidth: 15 },
  label: {
    ...screenTheme.label,
    fontSize: 17,
    lineHeight: 21,
    maxTextWidth: 210,
    glyphWidth: 28,
    glyphFontSize: 18,
    border: '#7a5800',
    leader: '#7a5800',
    methodColour: '#1f3d4a',
  },
  ring: { fills: ['#d9efe9', '#e6f3ef', '#f3faf8'], stroke: '#5c9c8c', text: '#234f45', fontSize: 20, strokeWidth: 2.5 },
  // Seen from the back of a room: darker and thicker, still thinner than a relation (3).
  tie: { colour: '#4a6570', width: { 1: 2.4, 2: 2, 3: 1.7 }, dash: { 1: '10 4', 2: '7 7', 3: '3 8' }, gap: 7 },
};

/** The exported picture: the screen's encoding on white paper. */
export const printTheme: Theme = { ...screenTheme, name: 'print' };

export const themes = { screen: screenTheme, projector: projectorTheme, print: printTheme } as const;

/** Stroke width of a relation drawn in `weight` maps (arrow thickness tells how many maps drew it). */
export function edgeWidth(theme: Theme, weight = 1): number {
  return Math.min(theme.edge.width + (Math.max(1, weight) - 1) * theme.edge.perWeight, theme.edge.maxWidth);
}

/**
 * The theme as CSS custom properties, for app.css: set them on the canvas
 * wrapper and the stylesheet reads `var(--vk-…)`, so a colour is defined here only.
 */
export function themeVariables(theme: Theme): Record<string, string> {
  const px = (v: number) => `${v}px`;
  const vars: Record<string, string> = {
    '--vk-font': theme.font,
    '--vk-ink': theme.ink,
    '--vk-muted': theme.muted,
    '--vk-node-stroke-width': px(theme.node.strokeWidth),
    '--vk-node-font-size': px(theme.node.fontSize),
    '--vk-node-sub-font-size': px(theme.node.subFontSize),
    '--vk-edge': theme.edge.colour,
    '--vk-edge-selected': theme.edge.selected,
    '--vk-label-font-size': px(theme.label.fontSize),
    '--vk-label-line-height': px(theme.label.lineHeight),
    '--vk-label-padding': px(theme.label.padding),
    '--vk-label-glyph-width': px(theme.label.glyphWidth),
    '--vk-label-glyph-font-size': px(theme.label.glyphFontSize),
    '--vk-label-background': theme.label.background,
    '--vk-label-border': theme.label.border,
    '--vk-label-selected-border': theme.label.selectedBorder,
    '--vk-label-method': theme.label.methodColour,
    '--vk-label-weight': theme.label.weightColour,
    '--vk-ring-text': theme.ring.text,
  };
  for (const type of ['self', 'person', 'group', 'organisation'] as const) {
    const s = theme.node[type];
    vars[`--vk-${type}-fill`] = s.fill;
    vars[`--vk-${type}-stroke`] = s.stroke;
    vars[`--vk-${type}-text`] = s.text;
    vars[`--vk-${type}-sub`] = s.subText;
    if (s.shadow) vars[`--vk-${type}-shadow`] = s.shadow;
  }
  for (const [area, c] of Object.entries(theme.areas)) {
    vars[`--vk-area-${area}`] = c.fill;
    vars[`--vk-area-${area}-text`] = c.text;
  }
  return vars;
}

/** WCAG contrast ratio of two #rrggbb colours (for tests and for choosing text on a fill). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
