/**
 * Deterministic test maps in the interchange format (docs/format.md), shared by
 * the app (imported as a file) and the bare React Flow page (injected), so both
 * draw exactly the same actors, relations and labels.
 */

/** Relations per actor count named in the issue; other sizes get a similar density. */
const RELATIONS = { 50: 80, 200: 400, 1000: 3000 };
export const relationCountFor = (actors) => RELATIONS[actors] ?? Math.round(actors * (actors <= 50 ? 1.6 : actors <= 200 ? 2 : 3));

const KINDS = [
  'Ohjaamo',
  'TE-palvelut',
  'Etsivä nuorisotyö',
  'Nuorisotoimi',
  'Kela',
  'Työpaja',
  'Sosiaalitoimi',
  'Kuraattori',
  'Opinto-ohjaus',
  'Lukio',
  'Ammattiopisto',
  'Mielenterveystyö',
];
const PLACES = ['Kajaani', 'Kuhmo', 'Sotkamo', 'Suomussalmi', 'Paltamo', 'Vaala', 'Puolanka', 'Oulu', 'Vaasa', 'Tampere'];
const TOPICS = ['opiskelu', 'työnhaku', 'asuminen', 'toimeentulo', 'mielenterveys', 'harrastukset', 'yhteiset asiakkaat', 'nivelvaihe'];
const METHODS = ['meeting', 'briefing', 'email', 'phone', 'video', 'chat', 'Teams', 'yhteiskäynti'];
const TYPES = ['organisation', 'organisation', 'person', 'group'];

/** mulberry32: small, fast and good enough for test data. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Long, multi-word names and topics as real regional maps have them: they wrap, and make labels and exports costly. */
const LONG_NAMES = [
  'Kainuun ammattiopiston opiskelijahuollon kuraattoripalvelut',
  'Etsivä nuorisotyö ja työpajatoiminta, Kajaanin kaupungin nuorisopalvelut',
  'Pohjois-Pohjanmaan hyvinvointialueen nuorten mielenterveys- ja päihdepalvelut',
  'Ohjaamo Kainuu – alle 30-vuotiaiden matalan kynnyksen ohjauspiste',
  'Kansaneläkelaitoksen kuntoutus- ja opiskelijaetuuksien palveluneuvonta',
  'Työllisyyden kuntakokeilun monialainen asiakasohjaus (TYP)',
];
const SHORT_NAMES = ['Kela', 'TE', 'Ohjaamo', 'Paja', 'Nuokku', 'OPO', 'Lukio'];
const LONG_TOPICS = [
  'nuorten aikuisten mielenterveys- ja päihdepalveluihin ohjaaminen',
  'toisen asteen opintojen keskeyttämisen ehkäiseminen yhteistyössä',
  'asumisen tukeminen ja itsenäistymisvaiheen taloudellinen neuvonta',
];

/** The graph shapes: `mixed` (default) puts all of them in one map so that no single shape hides a cost. */
export const SHAPES = ['mixed', 'grid', 'clusters', 'chains'];

/** A name of varied length: a third short, a third the old "kind place n", a third long and multi-word. */
function variedName(random, pick, i) {
  const roll = random();
  if (roll < 0.3) return `${pick(SHORT_NAMES)} ${i + 1}`;
  if (roll < 0.65) return `${pick(KINDS)} ${pick(PLACES)} ${i + 1}`;
  return `${pick(LONG_NAMES)}, ${pick(PLACES)} ${i + 1}`;
}

/**
 * Which part of the map each actor belongs to, and where it stands:
 *   grid      a jittered grid (about 190 × 150 map units per cell), relations mostly between near
 *             neighbours, as people draw them, with some long ones across the map;
 *   clusters  dense groups of 12–40 actors packed tightly (about half the grid's spacing), most
 *             relations inside a group (a hub-heavy, overlapping picture);
 *   chains    long paths of 20–60 actors in a row (a referral chain), each linked to the next.
 * `mixed` gives about half the actors to the grid, 30 % to clusters and 20 % to chains, side by
 * side, so the whole map keeps about the grid's area (a 1000-actor map is ~7600 units wide and
 * its 2× PNG stays under Chromium's canvas limit).
 */
function layOut(actorCount, shape, random) {
  const share = { grid: { grid: 1 }, clusters: { clusters: 1 }, chains: { chains: 1 }, mixed: { grid: 0.5, clusters: 0.3, chains: 0.2 } }[shape];
  if (!share) throw new Error(`unknown shape ${shape} (one of ${SHAPES.join(', ')})`);
  const counts = { clusters: Math.round(actorCount * (share.clusters ?? 0)), chains: Math.round(actorCount * (share.chains ?? 0)) };
  counts.grid = actorCount - counts.clusters - counts.chains;
  const columns = Math.ceil(Math.sqrt(actorCount * 1.6));
  const cell = { x: 190, y: 150 };
  const width = columns * cell.x;
  const placed = [];
  const groups = [];
  let top = 0;

  // The grid part: the old generator's layout, row by row.
  const gridColumns = counts.grid ? Math.min(columns, Math.max(1, Math.ceil(Math.sqrt(counts.grid * 1.6)))) : 1;
  for (let i = 0; i < counts.grid; i++) {
    const column = i % gridColumns;
    const row = Math.floor(i / gridColumns);
    placed.push({ part: 'grid', column, row, x: column * cell.x + (random() - 0.5) * 50, y: row * cell.y + (random() - 0.5) * 40 });
  }
  if (counts.grid) top = (Math.ceil(counts.grid / gridColumns) + 1) * cell.y;

  // Clusters: discs side by side across the map width, rows below the grid.
  let left = 0;
  let rowHeight = 0;
  for (let remaining = counts.clusters; remaining > 0; ) {
    const size = Math.min(remaining, 12 + Math.floor(random() * 29));
    remaining -= size;
    const radius = Math.sqrt(size) * 48;
    if (left + 2 * radius > width && left > 0) {
      left = 0;
      top += rowHeight + cell.y;
      rowHeight = 0;
    }
    const centre = { x: left + radius, y: top + radius };
    const members = [];
    for (let k = 0; k < size; k++) {
      // Sunflower spiral: evenly packed, deterministic.
      const r = radius * Math.sqrt((k + 0.5) / size);
      const angle = k * 2.399963;
      members.push(placed.length);
      placed.push({ part: 'cluster', group: groups.length, x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) * 0.8 });
    }
    groups.push(members);
    left += 2 * radius + cell.x;
    rowHeight = Math.max(rowHeight, 2 * radius);
  }
  if (counts.clusters) top += rowHeight + cell.y;

  // Chains: rows that snake left to right and back.
  const chains = [];
  const perRow = Math.max(2, columns);
  let slot = 0;
  for (let remaining = counts.chains; remaining > 0; ) {
    const length = Math.min(remaining, 20 + Math.floor(random() * 41));
    remaining -= length;
    const members = [];
    for (let k = 0; k < length; k++, slot++) {
      const row = Math.floor(slot / perRow);
      const column = row % 2 === 0 ? slot % perRow : perRow - 1 - (slot % perRow);
      members.push(placed.length);
      placed.push({ part: 'chain', x: column * cell.x, y: top + row * cell.y * 0.9 + (random() - 0.5) * 30 });
    }
    chains.push(members);
  }
  return { placed, groups, chains, gridColumns };
}

/**
 * A deterministic map (seeded by `seed`, the size and the shape): the same
 * arguments give the same file on every run and machine. `shape: 'grid'` draws
 * like the generator of the first benchmarks (short names "Kind Place n", short
 * topics, the same layout; not the same random draws), for comparing with their
 * figures; the other shapes also vary name and label lengths (short, long
 * multi-word Finnish names, long topics).
 */
export function generateMap(actorCount, { seed = 1, relationCount = relationCountFor(actorCount), shape = 'mixed' } = {}) {
  const random = seeded(seed * 7919 + actorCount + SHAPES.indexOf(shape) * 104729);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const varied = shape !== 'grid';
  const { placed, groups, chains, gridColumns } = layOut(actorCount, shape, random);

  const actors = placed.map((spot, i) => ({
    id: `a${i}`,
    name: varied ? variedName(random, pick, i) : `${pick(KINDS)} ${pick(PLACES)} ${i + 1}`,
    type: pick(TYPES),
    position: { x: Math.round(spot.x), y: Math.round(spot.y) },
    services: [],
  }));

  const seen = new Set();
  const relations = [];
  const topics = varied ? [...TOPICS, ...LONG_TOPICS] : TOPICS;
  const add = (source, target) => {
    const key = source < target ? `${source}-${target}` : `${target}-${source}`;
    // The app draws at most one relation per pair and none from an actor to itself.
    if (target < 0 || target >= actorCount || target === source || seen.has(key) || relations.length >= relationCount) return;
    seen.add(key);
    const roll = random();
    relations.push({
      id: `r${relations.length}`,
      source: `a${source}`,
      target: `a${target}`,
      direction: roll < 0.6 ? 'forward' : roll < 0.85 ? 'both' : 'backward',
      topics: distinct(pick, topics, 1 + Math.floor(random() * 2)),
      methods: distinct(pick, METHODS, 1 + Math.floor(random() * 2)),
    });
  };
  // Every chain is a path: each actor linked to the next.
  for (const chain of chains) for (let k = 1; k < chain.length; k++) add(chain[k - 1], chain[k]);
  const gridCount = placed.filter((p) => p.part === 'grid').length;
  const near = (i) => {
    const spot = placed[i];
    if (spot.part === 'cluster') return pick(groups[spot.group]);
    if (spot.part === 'chain') return i + Math.floor(random() * 7) - 3;
    const column = spot.column + Math.floor(random() * 5) - 2;
    const row = spot.row + Math.floor(random() * 5) - 2;
    const j = row * gridColumns + column;
    return column >= 0 && column < gridColumns && j < gridCount ? j : -1;
  };
  // Bounded so an impossible request (more relations than pairs) cannot loop forever.
  for (let tries = 0; relations.length < relationCount && tries < relationCount * 50; tries++) {
    const source = Math.floor(random() * actorCount);
    add(source, random() < 0.8 ? near(source) : Math.floor(random() * actorCount));
  }

  const at = '2026-01-15T10:00:00.000Z';
  return {
    format: 'verkostokartta',
    version: 1,
    exportedAt: at,
    map: {
      id: `bench-${actorCount}-${shape}-${seed}`,
      title: `Suorituskykytesti ${actorCount} toimijaa`,
      kind: 'regional',
      createdAt: at,
      updatedAt: at,
      actors,
      relations,
      questions: [],
      reflection: {},
    },
  };
}

function distinct(pick, list, count) {
  const chosen = new Set();
  while (chosen.size < count) chosen.add(pick(list));
  return [...chosen];
}
