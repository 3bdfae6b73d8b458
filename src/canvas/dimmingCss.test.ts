import { describe, expect, it } from 'vitest';
import { cssString, dimmingCss } from './dimmingCss';

const view = (actors: string[], dimmedActors: string[], relations: string[] = [], dimmedRelations: string[] = []) => ({
  visibleActors: new Set(actors),
  dimmedActors: new Set(dimmedActors),
  visibleRelations: new Set(relations),
  dimmedRelations: new Set(dimmedRelations),
});

describe('dimmingCss', () => {
  it('is empty when nothing is dimmed', () => {
    expect(dimmingCss(view(['a', 'b'], [], ['r'], []))).toBe('');
  });
  it('lists the dimmed ids when they are fewer than those that stand out', () => {
    const css = dimmingCss(view(['a', 'b', 'c'], ['a'], ['r1', 'r2', 'r3'], ['r1']));
    expect(css).toContain('.react-flow__node[data-id="a"] .actor-node { opacity: 0.25; }');
    expect(css).toContain('.react-flow__edge[data-id="r1"] { opacity: 0.25; }');
    expect(css).toContain('.relation-label[data-relation-id="r1"] { opacity: 0.25; }');
    expect(css).not.toContain('"b"');
  });
  it('dims all and lists what stands out when that is shorter (a focus on a large map)', () => {
    const actors = Array.from({ length: 100 }, (_, i) => `a${i}`);
    const css = dimmingCss(view(actors, actors.slice(2)));
    expect(css).toContain('.map-canvas .react-flow__node .actor-node { opacity: 0.25; }');
    expect(css).toContain('[data-id="a0"] .actor-node,\n.map-canvas .react-flow__node[data-id="a1"] .actor-node { opacity: 1; }');
    expect(css).not.toContain('"a2"');
  });
  it('dims a closeness tie unless both its ends stand out', () => {
    const actors = Array.from({ length: 10 }, (_, i) => `a${i}`);
    const css = dimmingCss(view(actors, actors.slice(2)));
    expect(css).toContain('.map-canvas .ties-layer path { opacity: 0.25; }');
    expect(css).toContain('.ties-layer path:is([data-from="a0"],[data-from="a1"]):is([data-to="a0"],[data-to="a1"]) { opacity: 1; }');
    const few = dimmingCss(view(actors, ['a9']));
    expect(few).toContain('.ties-layer path:is([data-from="a9"]),\n.map-canvas .ties-layer path:is([data-to="a9"]) { opacity: 0.25; }');
  });
  it('keeps a hostile id inside its quoted string', () => {
    expect(cssString('x"] { display: none } [a="')).toBe('"x\\"] { display: none } [a=\\""');
    expect(cssString('back\\slash\nline')).toBe('"back\\\\slash\\a line"');
  });
});
