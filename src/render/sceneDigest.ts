/**
 * A digest of everything a scene draws (boxes, routes, curves, heads, label
 * spots, ties), exact to the last bit of every number: a speed-up of the scene
 * build must leave it unchanged (sceneGolden.test.ts, bench/scene-cpu.mjs).
 */
import type { Scene } from './scene';

/** FNV-1a over the text, 2 × 32 bits (a string, no crypto: the render layer runs anywhere). */
function fnv(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The scene as text: numbers as JavaScript prints them (shortest exact form). */
export function sceneText(scene: Scene): string {
  const out: string[] = [];
  for (const [id, b] of scene.boxes) out.push(`b ${id} ${b.cx} ${b.cy} ${b.hw} ${b.hh}`);
  for (const [id, r] of scene.relations) {
    const k = r.shape.curve;
    const l = r.label;
    out.push(
      `r ${id} ${r.bend} ${r.skew} ${r.glyph} ${k.c1.x} ${k.c1.y} ${k.c2.x} ${k.c2.y} ${r.shape.t0} ${r.shape.t1} ${r.shape.s0} ${r.shape.s1} ${r.shape.d} ${r.shape.heads.map((h) => h.d).join(' ')}`,
      `l ${id} ${l.x} ${l.y} ${l.width} ${l.height} ${l.anchor.x} ${l.anchor.y} ${l.leader} ${l.rows.map((row) => row.text).join('|')}`,
    );
  }
  for (const t of scene.ties) out.push(`t ${t.id} ${t.ring} ${t.bend} ${t.shape.d}`);
  return out.join('\n');
}

export function sceneDigest(scene: Scene): string {
  return fnv(sceneText(scene));
}
