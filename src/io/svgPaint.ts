/**
 * Paints the picture's own SVG (render/mapSvg, picture, legend, markNotes, sectors) straight onto a Canvas 2D
 * context, so a worker can draw the PNG without the browser's SVG images. Rasterising each tile of a 5000-actor
 * map as an SVG image made one SVG document per tile on the main thread (1,650 of them), which piled up until a
 * garbage collection of 0.3–2 s froze the page. The markup is ours and small: g (transform, opacity,
 * clip-path), clipPath, rect, circle, line, path, polygon, text and tspan with a handful of presentation
 * attributes. Anything else throws UnsupportedSvg, and the caller draws that picture the old way.
 */

export class UnsupportedSvg extends Error {
  constructor(what: string) {
    super(`unsupported SVG: ${what}`);
    this.name = 'UnsupportedSvg';
  }
}

type Context = OffscreenCanvasRenderingContext2D;
type Attrs = Record<string, string>;

/** A fresh transparent layer of the target's size for a group with opacity, and its release. */
export type LayerSource = (depth: number) => Context;

/** Attributes that change nothing drawn (ids for tests and the clip's name, the namespace). */
const IGNORED = /^(data-[\w-]+|xmlns)$/;
const KNOWN = new Set([
  'x',
  'y',
  'width',
  'height',
  'rx',
  'cx',
  'cy',
  'r',
  'x1',
  'y1',
  'x2',
  'y2',
  'd',
  'points',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'transform',
  'clip-path',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'id',
]);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    const found = ENTITIES[name];
    if (found === undefined) throw new UnsupportedSvg(`entity ${whole}`);
    return found;
  });

function attributes(source: string): Attrs {
  const attrs: Attrs = {};
  const rest = source.replace(/([\w:-]+)="([^"]*)"/g, (_, name: string, value: string) => {
    if (!IGNORED.test(name)) {
      if (!KNOWN.has(name)) throw new UnsupportedSvg(`attribute ${name}`);
      attrs[name] = decode(value);
    }
    return '';
  });
  if (rest.trim()) throw new UnsupportedSvg(`attribute text ${rest.trim()}`);
  return attrs;
}

const TEXT_ATTRIBUTES = new Set(['x', 'y', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'fill', 'fill-opacity', 'opacity']);
const GROUP_ATTRIBUTES = new Set(['transform', 'opacity', 'clip-path', 'id']);

function refuseOthers(tag: string, attrs: Attrs, allowed: ReadonlySet<string>) {
  for (const name of Object.keys(attrs)) if (!allowed.has(name)) throw new UnsupportedSvg(`${name} on <${tag}>`);
}

const num = (value: string | undefined, fallback = 0) => (value === undefined ? fallback : Number(value));

/** An SVG transform list of translate() and scale() (all the pictures use) onto the context. */
function applyTransform(context: Context, transform: string | undefined) {
  if (!transform) return;
  const rest = transform.replace(/(translate|scale)\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/g, (_, kind: string, a: string, b?: string) => {
    if (kind === 'translate') context.translate(Number(a), num(b));
    else context.scale(Number(a), num(b, Number(a)));
    return '';
  });
  if (rest.trim()) throw new UnsupportedSvg(`transform ${transform}`);
}

/** Fill then stroke a shape as SVG does (fill black unless said otherwise, no stroke unless said). */
function paintShape(context: Context, attrs: Attrs, shape: Path2D, fillDefault = '#000') {
  const fill = attrs.fill ?? fillDefault;
  const opacity = num(attrs.opacity, 1);
  if (fill !== 'none') {
    context.globalAlpha = opacity * num(attrs['fill-opacity'], 1);
    context.fillStyle = fill;
    context.fill(shape);
  }
  const stroke = attrs.stroke;
  if (stroke && stroke !== 'none') {
    context.globalAlpha = opacity;
    context.strokeStyle = stroke;
    context.lineWidth = num(attrs['stroke-width'], 1);
    context.lineCap = (attrs['stroke-linecap'] as CanvasLineCap | undefined) ?? 'butt';
    const dash = attrs['stroke-dasharray'];
    context.setLineDash(dash && dash !== 'none' ? dash.split(/[\s,]+/).map(Number) : []);
    context.stroke(shape);
    context.setLineDash([]);
  }
  context.globalAlpha = 1;
}

function rectPath(attrs: Attrs): Path2D {
  const x = num(attrs.x);
  const y = num(attrs.y);
  const width = num(attrs.width);
  const height = num(attrs.height);
  const path = new Path2D();
  const rx = Math.min(num(attrs.rx), width / 2, height / 2);
  if (rx > 0) path.roundRect(x, y, width, height, rx);
  else path.rect(x, y, width, height);
  return path;
}

interface Run {
  text: string;
  size: string;
  weight: string;
  style: string;
}

/** A text element's runs (its own text and tspans) drawn along one baseline, anchored as text-anchor says. */
function paintText(context: Context, attrs: Attrs, runs: Run[], family: string) {
  // SVG's default white space: newlines and tabs become spaces, runs of spaces one, none at the ends.
  const texts = runs.map((r) => r.text.replace(/[\n\r\t]/g, ' ').replace(/ {2,}/g, ' '));
  if (texts.length) {
    texts[0] = texts[0]!.replace(/^ /, '');
    texts[texts.length - 1] = texts.at(-1)!.replace(/ $/, '');
  }
  const fonts = runs.map((r) => `${r.style} ${r.weight} ${r.size}px ${family}`);
  const widths = texts.map((text, i) => {
    context.font = fonts[i]!;
    return context.measureText(text).width;
  });
  const total = widths.reduce((a, b) => a + b, 0);
  const anchor = attrs['text-anchor'] ?? 'start';
  let x = num(attrs.x) - (anchor === 'middle' ? total / 2 : anchor === 'end' ? total : 0);
  const y = num(attrs.y);
  context.globalAlpha = num(attrs.opacity, 1) * num(attrs['fill-opacity'], 1);
  context.fillStyle = attrs.fill ?? '#000';
  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  texts.forEach((text, i) => {
    context.font = fonts[i]!;
    if (text) context.fillText(text, x, y);
    x += widths[i]!;
  });
  context.globalAlpha = 1;
}

interface Group {
  /** The layer this group paints into when it has opacity (composited onto `under` when it closes). */
  opacity?: number;
  under?: Context;
}

/**
 * Paint `svg` (a run of elements, as the pieces and the picture's open/close parts are; unbalanced groups are
 * fine across calls through `state`) onto `context` in its current transform. `family` is the root's font family.
 */
export class SvgPainter {
  private groups: Group[] = [];
  private clips = new Map<string, Path2D>();
  private layers = 0;

  constructor(
    private context: Context,
    private readonly family: string,
    private readonly layer: LayerSource,
  ) {}

  paint(svg: string) {
    const tokens = /<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)/g;
    // The text being read: its attributes and runs (its own font, then each tspan's and the text's again after it).
    let text: { attrs: Attrs; runs: Run[] } | null = null;
    let clip: string | null = null;
    let at = 0;
    for (let m = tokens.exec(svg); m; m = tokens.exec(svg)) {
      if (m.index !== at) throw new UnsupportedSvg(`markup near ${svg.slice(at, at + 40)}`);
      at = tokens.lastIndex;
      const [whole, closing, tag, attrSource = '', selfClosing, content] = m;
      if (whole.startsWith('<!--')) continue;
      if (content !== undefined) {
        if (text) text.runs.at(-1)!.text += decode(content);
        else if (content.trim()) throw new UnsupportedSvg('text outside <text>');
        continue;
      }
      if (closing) {
        if (tag === 'text' && text) {
          paintText(this.context, text.attrs, text.runs, this.family);
          text = null;
        } else if (tag === 'tspan' && text && text.runs.length > 1) text.runs.push({ ...text.runs[0]!, text: '' });
        else if (tag === 'g') this.closeGroup();
        else if (tag === 'clipPath') clip = null;
        else if (tag !== 'svg') throw new UnsupportedSvg(`</${tag}>`);
        continue;
      }
      const attrs = attributes(attrSource);
      if (clip !== null) {
        if (tag !== 'rect') throw new UnsupportedSvg(`<${tag}> in a clipPath`);
        this.clips.set(clip, rectPath(attrs));
        continue;
      }
      if (text) {
        if (tag !== 'tspan' || selfClosing || Object.keys(attrs).some((a) => !a.startsWith('font-'))) throw new UnsupportedSvg(`<${tag}> in a text`);
        const base = text.runs[0]!;
        text.runs.push({
          text: '',
          size: attrs['font-size'] ?? base.size,
          weight: attrs['font-weight'] ?? base.weight,
          style: attrs['font-style'] ?? base.style,
        });
        continue;
      }
      if (tag === 'text' && !selfClosing) {
        // Only what paintText draws (no stroke, transform or clip: none of the pictures' texts has them).
        refuseOthers(tag, attrs, TEXT_ATTRIBUTES);
        text = {
          attrs,
          runs: [{ text: '', size: attrs['font-size'] ?? '16', weight: attrs['font-weight'] ?? 'normal', style: attrs['font-style'] ?? 'normal' }],
        };
        continue;
      }
      if (tag === 'clipPath' && !selfClosing) {
        clip = attrs.id ?? '';
        continue;
      }
      this.element(tag!, attrs, Boolean(selfClosing));
    }
    if (at !== svg.length) throw new UnsupportedSvg(`markup near ${svg.slice(at, at + 40)}`);
    if (text || clip !== null) throw new UnsupportedSvg('an element left open');
  }

  private element(tag: string, attrs: Attrs, selfClosing: boolean) {
    const context = this.context;
    if (tag === 'svg' || ((tag === 'text' || tag === 'clipPath') && selfClosing)) return;
    if (tag === 'g') {
      // A group's own fill, stroke or font would pass down to its parts in SVG; the pictures' groups have none.
      refuseOthers(tag, attrs, GROUP_ATTRIBUTES);
      this.openGroup(attrs);
      if (selfClosing) this.closeGroup();
      return;
    }
    if (!selfClosing) throw new UnsupportedSvg(`<${tag}> with content`);
    if (attrs['clip-path'] || attrs['font-size'] || attrs['font-weight'] || attrs['font-style'] || attrs['text-anchor'])
      throw new UnsupportedSvg(`text or clip attributes on <${tag}>`);
    if (attrs.transform && tag !== 'path' && tag !== 'polygon') throw new UnsupportedSvg(`transform on <${tag}>`);
    if (tag === 'rect') paintShape(context, attrs, rectPath(attrs));
    else if (tag === 'circle') {
      const path = new Path2D();
      path.arc(num(attrs.cx), num(attrs.cy), num(attrs.r), 0, Math.PI * 2);
      paintShape(context, attrs, path);
    } else if (tag === 'line') {
      const path = new Path2D();
      path.moveTo(num(attrs.x1), num(attrs.y1));
      path.lineTo(num(attrs.x2), num(attrs.y2));
      paintShape(context, attrs, path, 'none');
    } else if (tag === 'path' || tag === 'polygon') {
      context.save();
      applyTransform(context, attrs.transform);
      const d = tag === 'path' ? (attrs.d ?? '') : `M${(attrs.points ?? '').trim()}Z`;
      paintShape(context, attrs, new Path2D(d));
      context.restore();
    } else throw new UnsupportedSvg(`<${tag}>`);
  }

  private openGroup(attrs: Attrs) {
    this.context.save();
    applyTransform(this.context, attrs.transform);
    const clipRef = attrs['clip-path'];
    if (clipRef) {
      const clip = this.clips.get(clipRef.replace(/^url\(#(.*)\)$/, '$1'));
      if (!clip) throw new UnsupportedSvg(`clip-path ${clipRef}`);
      this.context.clip(clip);
    }
    const opacity = num(attrs.opacity, 1);
    if (opacity >= 1) {
      this.groups.push({});
      return;
    }
    // Group opacity: the group's parts drawn together on a layer, then the layer at that opacity (parts that
    // overlap, such as a box and its text, must not show through each other).
    const under = this.context;
    const layer = this.layer(this.layers++);
    layer.setTransform(under.getTransform());
    this.groups.push({ opacity, under });
    this.context = layer;
  }

  private closeGroup() {
    const group = this.groups.pop();
    if (!group) throw new UnsupportedSvg('</g> without <g>');
    if (group.under) {
      const layer = this.context;
      this.layers--;
      this.context = group.under;
      this.context.save();
      this.context.setTransform(1, 0, 0, 1, 0, 0);
      this.context.globalAlpha = group.opacity!;
      this.context.drawImage(layer.canvas, 0, 0);
      this.context.restore();
      layer.setTransform(1, 0, 0, 1, 0, 0);
      layer.clearRect(0, 0, layer.canvas.width, layer.canvas.height);
    }
    this.context.restore();
  }
}
