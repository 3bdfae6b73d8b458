/**
 * GraphML round trip (map → GraphML → map, parsed with jsdom's DOMParser as the
 * browser's would) and a check with a real reader: Python's networkx loads the
 * file and must find the same nodes, arcs (↔ as two) and attributes.
 * CI installs python3-networkx (.ci/run).
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { MapDoc } from '../../model';
import { mapToGraphml } from '../../model/interchange/graphml';
import { graphmlFormat } from './graphml';
import { readGraphmlText } from './graphmlCodec';
import { expectedAfterRoundTrip, restored, trickyMapArb } from './interchangeTestMaps';
import { FormatError } from './registry';

const parser = new new JSDOM('').window.DOMParser();
const read = (text: string, name = 'x.graphml') => readGraphmlText(text, name, parser);

describe('GraphML', () => {
  it('round-trips generated maps: map → GraphML → map, ↔ pairs back into one relation', () => {
    fc.assert(
      fc.property(trickyMapArb, (map) => {
        expect(restored(read(mapToGraphml(map)))).toEqual(expectedAfterRoundTrip(map, { sources: true }));
      }),
      { numRuns: 60 },
    );
  });

  it('writes a directed graph with typed keys, ↔ as two arcs and ← as the reversed arc, text escaped', async () => {
    const map = sampleMap();
    const { blob, extension } = await graphmlFormat.write!(map, NO_PICTURE);
    expect(extension).toBe('.graphml');
    const text = await blob.text();
    expect(text).toContain('edgedefault="directed"');
    expect(text).toContain('<key id="n_ring" for="node" attr.name="ring" attr.type="int"/>');
    expect(text).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(text).toContain('&lt;b&gt;Kela &amp; co&lt;/b&gt;');
    expect(text).not.toContain('<b>');
    const edges = [...text.matchAll(/<edge id="\w+" source="([^"]+)" target="([^"]+)"/g)].map((m) => `${m[1]}>${m[2]}`);
    expect(edges).toEqual(['a>b', 'b>a', 'c>a']);
  });

  it('is read back by networkx with the same nodes, arcs and attributes', () => {
    const map = sampleMap();
    const python = `
import json, sys, io
import networkx as nx
G = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
json.dump({
  "directed": G.is_directed(),
  "graph": {k: v for k, v in G.graph.items() if k in ("title", "kind")},
  "nodes": {n: d for n, d in G.nodes(data=True)},
  "edges": sorted([[u, v, d] for u, v, d in G.edges(data=True)], key=lambda e: (e[0], e[1])),
}, sys.stdout)
`;
    let stdout: string;
    try {
      stdout = execFileSync('python3', ['-c', python], { input: mapToGraphml(map), encoding: 'utf8' });
    } catch (error) {
      throw new Error(`python3 with networkx is needed for this test (Debian: apt-get install python3-networkx): ${error}`);
    }
    const g = JSON.parse(stdout);
    expect(g.directed).toBe(true);
    expect(g.graph).toEqual({ title: 'Kainuun verkosto', kind: 'regional' });
    expect(g.nodes).toEqual({
      a: {
        label: 'Ohjaamo "Kajaani"',
        type: 'organisation',
        ring: 1,
        x: 10.5,
        y: -3,
        services: 'Ohjaus|Työnhaku',
        areas: 'everyday;education|employment',
        tno: 'guidance|',
      },
      b: { label: '<b>Kela & co</b>', type: 'organisation', organisation: 'Kela', note: 'rivi 1\nrivi 2', x: 0, y: 0 },
      c: { label: 'Aino', type: 'person', x: 100, y: 200 },
    });
    expect(g.edges).toEqual([
      ['a', 'b', { id: 'e0', relation: 'r1', direction: 'mutual', topics: 'työ|opiskelu', methods: 'meeting', weight: 3 }],
      ['b', 'a', { id: 'e1', relation: 'r1', direction: 'mutual', topics: 'työ|opiskelu', methods: 'meeting', weight: 3 }],
      ['c', 'a', { id: 'e2', relation: 'r2', direction: 'directed', note: '=1+1' }],
    ]);
  });

  /** A data format never asks for the picture. */
  const NO_PICTURE = {
    picture: () => {
      throw new Error('not a picture format');
    },
  };

  it('reads GraphML from other tools: undirected graphs, nodes without labels; and fails clearly on broken files', async () => {
    const other = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="d0" for="node" attr.name="label" attr.type="string"/>
      <graph id="G" edgedefault="undirected"><node id="n0"><data key="d0">Alpha</data></node><node id="n1"/>
      <edge source="n0" target="n1"/><edge source="n1" target="n0" directed="true"/></graph></graphml>`;
    const map = restored(read(other, 'gephi.graphml'));
    expect(map.title).toBe('gephi');
    expect(map.actors.map((a) => a.name)).toEqual(['Alpha', 'n1']);
    expect(map.relations.map((r) => [r.source, r.target, r.direction])).toEqual([
      ['n0', 'n1', 'both'],
      ['n1', 'n0', 'forward'],
    ]);

    // The FileFormat parses with the global DOMParser, as in the browser.
    vi.stubGlobal('DOMParser', new JSDOM('').window.DOMParser);
    const notXml = await graphmlFormat.read!({ name: 'x.graphml', bytes: new TextEncoder().encode('<graphml><graph>') }).catch((e: unknown) => e);
    vi.unstubAllGlobals();
    expect(notXml).toBeInstanceOf(FormatError);
    expect(notXml).toMatchObject({ code: 'notXml' });
    expect(() => read('<svg xmlns="http://www.w3.org/2000/svg"/>')).toThrow(expect.objectContaining({ code: 'notGraphml' }));
    expect(() => read('<graphml><graph><node id="a"/><edge source="a" target="zz"/></graph></graphml>')).toThrow(
      expect.objectContaining({ code: 'unknownNode', values: { row: 1, value: 'zz' } }),
    );
  });
});

function sampleMap(): MapDoc {
  return {
    id: 'map-1',
    title: 'Kainuun verkosto',
    kind: 'regional',
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    actors: [
      {
        id: 'a',
        name: 'Ohjaamo "Kajaani"',
        type: 'organisation',
        ring: 1,
        position: { x: 10.5, y: -3 },
        services: [
          { name: 'Ohjaus', areas: ['everyday', 'education'], tno: ['guidance'] },
          { name: 'Työnhaku', areas: ['employment'], tno: [] },
        ],
      },
      { id: 'b', name: '<b>Kela & co</b>', type: 'organisation', organisation: 'Kela', note: 'rivi 1\nrivi 2', position: { x: 0, y: 0 }, services: [] },
      { id: 'c', name: 'Aino', type: 'person', position: { x: 100, y: 200 }, services: [] },
    ],
    relations: [
      { id: 'r1', source: 'a', target: 'b', direction: 'both', topics: ['työ', 'opiskelu'], methods: ['meeting'], weight: 3 },
      { id: 'r2', source: 'a', target: 'c', direction: 'backward', topics: [], methods: [], note: '=1+1' },
    ],
    questions: [],
    reflection: { networks: '', members: '', purpose: '', experiences: '', coordination: '', value: '' },
  };
}
