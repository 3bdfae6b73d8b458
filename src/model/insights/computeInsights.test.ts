import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../schema';
import { computeInsights } from './computeInsights';
import { graphMap } from './testMaps';

const figure = (map: ReturnType<typeof graphMap>, key: 'degree' | 'inDegree' | 'outDegree' | 'betweenness') => {
  const { figures } = computeInsights(map);
  return Object.fromEntries(Object.entries(figures).map(([id, f]) => [id, f[key]]));
};

describe('computeInsights on graphs with known answers', () => {
  it('path a–b–c–d–e: the middle carries most, every inner actor is a single point of failure', () => {
    const map = graphMap(['a', 'b', 'c', 'd', 'e'], ['a-b', 'b-c', 'c-d', 'd-e']);
    const insights = computeInsights(map);
    expect(figure(map, 'degree')).toEqual({ a: 1, b: 2, c: 2, d: 2, e: 1 });
    const b = figure(map, 'betweenness');
    expect(b.a).toBe(0);
    expect(b.b).toBeCloseTo(3 / 6, 12);
    expect(b.c).toBeCloseTo(4 / 6, 12);
    expect(b.d).toBeCloseTo(3 / 6, 12);
    expect(insights.byBetweenness).toEqual(['c', 'b', 'd']);
    expect(insights.articulationPoints).toEqual(['b', 'c', 'd']);
    expect(insights.parts).toEqual([['a', 'b', 'c', 'd', 'e']]);
    expect(insights.isolated).toEqual([]);
    expect(insights.density).toBeCloseTo(4 / 10, 12);
  });

  it('star: the hub lies on every path (betweenness 1) and its absence leaves four isolated actors', () => {
    const map = graphMap(['h', 'a', 'b', 'c', 'd'], ['h-a', 'b-h', 'h>c', 'h<d']);
    const insights = computeInsights(map);
    expect(insights.figures.h).toEqual({ degree: 4, inDegree: 3, outDegree: 3, betweenness: 1 });
    expect(insights.byDegree[0]).toBe('h');
    expect(insights.articulationPoints).toEqual(['h']);
    expect(insights.byBetweenness).toEqual(['h']);
  });

  it('triangle with a tail: the actor where the tail joins is the liaison and the single point of failure', () => {
    const map = graphMap(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-a', 'c-d']);
    const insights = computeInsights(map);
    expect(figure(map, 'degree')).toEqual({ a: 2, b: 2, c: 3, d: 1 });
    expect(insights.figures.c!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(insights.figures.a!.betweenness).toBe(0);
    expect(insights.articulationPoints).toEqual(['c']);
    expect(insights.density).toBeCloseTo(4 / 6, 12);
  });

  it('two separate parts and an isolated actor', () => {
    const map = graphMap(['a', 'b', 'c', 'd', 'e', 'f'], ['a-b', 'c-d', 'd-e']);
    const insights = computeInsights(map);
    expect(insights.parts).toEqual([
      ['c', 'd', 'e'],
      ['a', 'b'],
    ]);
    expect(insights.isolated).toEqual(['f']);
    expect(insights.articulationPoints).toEqual(['d']);
    expect(insights.figures.d!.betweenness).toBeCloseTo(1 / 10, 12);
    expect(insights.pairCount).toBe(3);
    expect(insights.density).toBeCloseTo(3 / 15, 12);
  });

  it('two triangles joined by a bridge: both bridge ends are liaisons and points of failure; two groups', () => {
    const map = graphMap(['a', 'b', 'c', 'd', 'e', 'f'], ['a-b', 'b-c', 'c-a', 'c-d', 'd-e', 'e-f', 'f-d']);
    const insights = computeInsights(map);
    expect(insights.figures.c!.betweenness).toBeCloseTo(6 / 10, 12);
    expect(insights.figures.d!.betweenness).toBeCloseTo(6 / 10, 12);
    expect(insights.byBetweenness).toEqual(['c', 'd']);
    expect(insights.articulationPoints).toEqual(['c', 'd']);
    expect(insights.communities).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  it('counts distinct actors along the arrows: ↔ both ways, repeats once, self-loops never', () => {
    // a→b, c→b (written b←c), a↔d, a→d again, a→a.
    const map = graphMap(['a', 'b', 'c', 'd'], ['a>b', 'b<c', 'a-d', 'a>d', 'a>a']);
    const insights = computeInsights(map);
    expect(insights.figures.a).toMatchObject({ degree: 2, outDegree: 2, inDegree: 1 });
    expect(insights.figures.b).toMatchObject({ degree: 2, outDegree: 0, inDegree: 2 });
    expect(insights.figures.c).toMatchObject({ degree: 1, outDegree: 1, inDegree: 0 });
    expect(insights.figures.d).toMatchObject({ degree: 1, outDegree: 1, inDegree: 1 });
    expect(insights.mutual).toEqual(['r2']);
    expect(insights.oneWay).toEqual(['r0', 'r1', 'r3', 'r4']);
    expect(insights.relationCount).toBe(5);
    expect(insights.pairCount).toBe(3);
  });

  it('a self-loop changes nothing (graphology would count it in betweenness)', () => {
    const edges = ['a-b', 'b-c', 'c-d', 'b-e'];
    const plain = computeInsights(graphMap(['a', 'b', 'c', 'd', 'e'], edges));
    const looped = computeInsights(graphMap(['a', 'b', 'c', 'd', 'e'], [...edges, 'c-c', 'b>b']));
    expect(looped.figures).toEqual(plain.figures);
    expect(looped.articulationPoints).toEqual(plain.articulationPoints);
    expect(looped.density).toBe(plain.density);
  });

  it('an empty map, one actor and two actors give zeros, not NaN', () => {
    expect(computeInsights(graphMap([], [])).density).toBe(0);
    expect(computeInsights(graphMap(['a'], [])).isolated).toEqual(['a']);
    const two = computeInsights(graphMap(['a', 'b'], ['a-b']));
    expect(two.figures.a!.betweenness).toBe(0);
    expect(two.density).toBe(1);
    expect(two.communities).toEqual([['a', 'b']]);
  });

  it('gives the same groups for the same map, every time', () => {
    const edges = ['a-b', 'b-c', 'c-a', 'c-d', 'd-e', 'e-f', 'f-d', 'f-g', 'g-h', 'h-i', 'i-g', 'a-i'];
    const map = graphMap(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], edges);
    const first = computeInsights(map).communities;
    for (let i = 0; i < 5; i++) expect(computeInsights(map).communities).toEqual(first);
    expect(first).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
    ]);
  });
});

describe('merged-map figures', () => {
  const src = (mapId: string): SourceRef => ({ mapId, title: `Map ${mapId}` });
  const map = graphMap(['a', 'b', 'c'], ['a-b', 'b>c', 'a<c'], { kind: 'regional' });
  map.actors[0]!.sources = [src('1'), src('2')];
  map.actors[1]!.sources = [src('2')];
  map.actors[2]!.sources = [src('3')];
  map.relations[0]!.weight = 2;
  map.relations[1]!.weight = 1;
  map.relations[2]!.weight = 3;

  it('names the actors only one trainee knows and the relations drawn by many, most first', () => {
    expect(computeInsights(map).merged).toEqual({
      sourceCount: 3,
      singleSource: ['b', 'c'],
      shared: [
        { relation: 'r2', weight: 3 },
        { relation: 'r0', weight: 2 },
      ],
    });
  });

  it('is absent on a personal map and on a regional map drawn by hand', () => {
    expect(computeInsights({ ...map, kind: 'personal' }).merged).toBeNull();
    expect(computeInsights(graphMap(['a'], [], { kind: 'regional' })).merged).toBeNull();
  });
});
