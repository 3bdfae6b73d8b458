/**
 * GraphML (http://graphml.graphdrawing.org/) of a map, for Gephi, Cytoscape,
 * Network Canvas and networkx. A DIRECTED graph: networkx refuses graphs that
 * mix directed and undirected edges, so ↔ is written as two arcs (both carrying
 * the relation's id in `relation` and `direction` = "mutual") and ← as the arc
 * it is (target → source). Every attribute has a typed `<key>`.
 *
 * Reading takes our own GraphML back (and any simple directed or undirected
 * GraphML: unknown keys are ignored, a node without a label is named by its
 * id). The two arcs of a ↔ pair back into one relation. The reader works on a
 * minimal element interface that a DOM Element satisfies, so the browser
 * parses with DOMParser and this module stays free of the DOM.
 */
import { interchangeFile } from './fileOf';
import type { Actor, MapDoc, Relation, Service } from '../schema';
import { ACTOR_TYPES, type ActorType, CONTENT_AREAS, TNO_LEVELS } from '../vocabulary';
import { InterchangeError } from './errors';
import { joinList, splitAligned, splitList } from './lists';
import { readSources, sourcesText } from './sources';

type KeyType = 'string' | 'int' | 'double';
interface KeyDef {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: KeyType;
}

/** The keys we write; ids are short and stable, names are what tools show. */
const KEYS: readonly KeyDef[] = [
  { id: 'g_title', for: 'graph', name: 'title', type: 'string' },
  { id: 'g_kind', for: 'graph', name: 'kind', type: 'string' },
  { id: 'g_author', for: 'graph', name: 'author', type: 'string' },
  { id: 'g_region', for: 'graph', name: 'region', type: 'string' },
  { id: 'g_created', for: 'graph', name: 'createdAt', type: 'string' },
  { id: 'g_updated', for: 'graph', name: 'updatedAt', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_organisation', for: 'node', name: 'organisation', type: 'string' },
  { id: 'n_ring', for: 'node', name: 'ring', type: 'int' },
  { id: 'n_services', for: 'node', name: 'services', type: 'string' },
  { id: 'n_areas', for: 'node', name: 'areas', type: 'string' },
  { id: 'n_tno', for: 'node', name: 'tno', type: 'string' },
  { id: 'n_note', for: 'node', name: 'note', type: 'string' },
  { id: 'n_sources', for: 'node', name: 'sources', type: 'string' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_direction', for: 'edge', name: 'direction', type: 'string' },
  { id: 'e_topics', for: 'edge', name: 'topics', type: 'string' },
  { id: 'e_methods', for: 'edge', name: 'methods', type: 'string' },
  { id: 'e_note', for: 'edge', name: 'note', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'int' },
  { id: 'e_sources', for: 'edge', name: 'sources', type: 'string' },
];

/** Text as XML character data or an attribute value; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML 1.0 does not allow
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\r/g, '&#13;')
  );
}

function data(key: string, value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  return `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

function aligned(services: readonly Service[], pick: (s: Service) => readonly string[]): string {
  return services.every((s) => pick(s).length === 0) ? '' : services.map((s) => pick(s).join(';')).join('|');
}

/** The map as a GraphML document. */
export function mapToGraphml(map: MapDoc): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    `  <graph id="${xmlEscape(map.id)}" edgedefault="directed">`,
    `    ${data('g_title', map.title)}${data('g_kind', map.kind)}${data('g_author', map.author)}${data('g_region', map.region)}${data('g_created', map.createdAt)}${data('g_updated', map.updatedAt)}`,
  ];
  for (const a of map.actors) {
    lines.push(
      `    <node id="${xmlEscape(a.id)}">${data('n_label', a.name)}${data('n_type', a.type)}${data('n_organisation', a.organisation)}${data('n_ring', a.ring)}` +
        `${data('n_services', joinList(a.services.map((s) => s.name)))}${data(
          'n_areas',
          aligned(a.services, (s) => s.areas),
        )}${data(
          'n_tno',
          aligned(a.services, (s) => s.tno),
        )}` +
        `${data('n_note', a.note)}${data('n_sources', sourcesText(a.sources))}${data('n_x', a.position?.x)}${data('n_y', a.position?.y)}</node>`,
    );
  }
  let n = 0;
  for (const r of map.relations) {
    const arcs: [string, string][] =
      r.direction === 'forward'
        ? [[r.source, r.target]]
        : r.direction === 'backward'
          ? [[r.target, r.source]]
          : [
              [r.source, r.target],
              [r.target, r.source],
            ];
    const attributes =
      `${data('e_relation', r.id)}${data('e_direction', r.direction === 'both' ? 'mutual' : 'directed')}${data('e_topics', joinList(r.topics))}` +
      `${data('e_methods', joinList(r.methods))}${data('e_note', r.note)}${data('e_weight', r.weight)}${data('e_sources', sourcesText(r.sources))}`;
    for (const [from, to] of arcs) lines.push(`    <edge id="e${n++}" source="${xmlEscape(from)}" target="${xmlEscape(to)}">${attributes}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------- reading

/** What the reader needs of an XML element; a DOM Element has it. */
export interface XmlElement {
  readonly localName: string;
  getAttribute(name: string): string | null;
  readonly children: ArrayLike<XmlElement>;
  readonly textContent: string | null;
}

const childrenNamed = (element: XmlElement, name: string) => Array.from(element.children).filter((c) => c.localName === name);

const TYPE_WORDS: Record<string, ActorType> = { ...Object.fromEntries(ACTOR_TYPES.map((t) => [t, t])), organization: 'organisation' };

/** The interchange file's JSON from a parsed GraphML root element. */
export function graphmlToFile(root: XmlElement, options: { fallbackTitle: string; now?: Date }): unknown {
  if (root.localName !== 'graphml') throw new InterchangeError('notGraphml', { value: root.localName });
  const graph = childrenNamed(root, 'graph')[0];
  if (!graph) throw new InterchangeError('notGraphml', { value: 'graph' });
  const keyNames = new Map<string, string>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.getAttribute('id');
    if (id) keyNames.set(id, key.getAttribute('attr.name') ?? id);
  }
  const attributes = (element: XmlElement) => {
    const out: Record<string, string> = {};
    for (const d of childrenNamed(element, 'data')) {
      const key = d.getAttribute('key') ?? '';
      out[keyNames.get(key) ?? key] = d.textContent ?? '';
    }
    return out;
  };
  const now = (options.now ?? new Date()).toISOString();
  const meta = attributes(graph);

  const actors: Actor[] = [];
  const ids = new Set<string>();
  childrenNamed(graph, 'node').forEach((node, index) => {
    const id = node.getAttribute('id') ?? '';
    if (!id) throw new InterchangeError('notGraphml', { value: `node ${index + 1}` });
    if (ids.has(id)) throw new InterchangeError('duplicateId', { value: id });
    ids.add(id);
    const a = attributes(node);
    const typeText = (a.type ?? '').trim();
    const type = typeText === '' ? 'person' : TYPE_WORDS[typeText.toLowerCase()];
    if (!type) throw new InterchangeError('unknownType', { value: typeText });
    const ring = Number(a.ring);
    const x = a.x !== undefined ? Number(a.x) : Number.NaN;
    const y = a.y !== undefined ? Number(a.y) : Number.NaN;
    const names = splitList(a.services ?? '');
    const groups = (text: string | undefined, vocabulary: readonly string[]) =>
      splitAligned(text ?? '').map((g) => splitList(g, ';').filter((v) => vocabulary.includes(v)));
    const areas = groups(a.areas, CONTENT_AREAS);
    const tno = groups(a.tno, TNO_LEVELS);
    actors.push({
      id,
      name: a.label?.trim() ? a.label : id,
      type,
      ...(ring === 1 || ring === 2 || ring === 3 ? { ring } : {}),
      ...(Number.isFinite(x) && Number.isFinite(y) ? { position: { x, y } } : {}),
      ...(a.organisation ? { organisation: a.organisation } : {}),
      services: names.map((name, i) => ({ name, areas: (areas[i] ?? []) as Service['areas'], tno: (tno[i] ?? []) as Service['tno'] })),
      ...(a.note ? { note: a.note } : {}),
      ...(readSources(a.sources ?? '').length ? { sources: readSources(a.sources ?? '') } : {}),
    });
  });

  const undirectedGraph = graph.getAttribute('edgedefault') === 'undirected';
  const relations: Relation[] = [];
  /** A "mutual" arc waiting for its opposite, by relation id. */
  const open = new Map<string, Relation>();
  childrenNamed(graph, 'edge').forEach((edge, index) => {
    const source = edge.getAttribute('source') ?? '';
    const target = edge.getAttribute('target') ?? '';
    for (const end of [source, target]) if (!ids.has(end)) throw new InterchangeError('unknownNode', { row: index + 1, value: end });
    const a = attributes(edge);
    const directedAttribute = edge.getAttribute('directed');
    const undirected = directedAttribute === 'false' || (undirectedGraph && directedAttribute !== 'true');
    const mutual = undirected || a.direction === 'mutual';
    const relationId = a.relation?.trim() || edge.getAttribute('id') || `graphml-e${index + 1}`;
    const waiting = mutual && !undirected ? open.get(relationId) : undefined;
    if (waiting && waiting.source === target && waiting.target === source) {
      open.delete(relationId);
      return;
    }
    const weight = Number(a.weight);
    const relation: Relation = {
      id: relationId,
      source,
      target,
      direction: mutual ? 'both' : 'forward',
      topics: splitList(a.topics ?? ''),
      methods: splitList(a.methods ?? ''),
      ...(Number.isInteger(weight) && weight >= 1 ? { weight } : {}),
      ...(a.note ? { note: a.note } : {}),
      ...(readSources(a.sources ?? '').length ? { sources: readSources(a.sources ?? '') } : {}),
    };
    if (mutual && !undirected) open.set(relationId, relation);
    relations.push(relation);
  });
  // Relation ids must be unique: a file from another tool may reuse one for unrelated edges.
  const seen = new Set<string>();
  for (const r of relations) {
    let id = r.id;
    for (let n = 2; seen.has(id); n++) id = `${r.id}-${n}`;
    seen.add(id);
    r.id = id;
  }

  return interchangeFile({ ...meta, id: graph.getAttribute('id') ?? undefined }, actors, relations, {
    id: `graphml-${now}`,
    title: options.fallbackTitle || 'GraphML',
    now,
  });
}
