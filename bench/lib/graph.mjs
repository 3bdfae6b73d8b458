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

/**
 * Actors on a jittered grid (about 190 × 150 map units per cell, so a 1000-actor
 * map is ~7600 units wide and its 2× PNG stays under Chromium's canvas limit),
 * and relations mostly between near neighbours, as people draw them, with some
 * long ones across the map.
 */
export function generateMap(actorCount, { seed = 1, relationCount = relationCountFor(actorCount) } = {}) {
  const random = seeded(seed * 7919 + actorCount);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const columns = Math.ceil(Math.sqrt(actorCount * 1.6));
  const cell = { x: 190, y: 150 };

  const actors = Array.from({ length: actorCount }, (_, i) => {
    const column = i % columns;
    const row = Math.floor(i / columns);
    return {
      id: `a${i}`,
      name: `${pick(KINDS)} ${pick(PLACES)} ${i + 1}`,
      type: pick(TYPES),
      position: { x: Math.round(column * cell.x + (random() - 0.5) * 50), y: Math.round(row * cell.y + (random() - 0.5) * 40) },
      services: [],
    };
  });

  const seen = new Set();
  const relations = [];
  const neighbour = (i) => {
    const column = (i % columns) + Math.floor(random() * 5) - 2;
    const row = Math.floor(i / columns) + Math.floor(random() * 5) - 2;
    return column >= 0 && column < columns ? row * columns + column : -1;
  };
  // Bounded so an impossible request (more relations than pairs) cannot loop forever.
  for (let tries = 0; relations.length < relationCount && tries < relationCount * 50; tries++) {
    const source = Math.floor(random() * actorCount);
    const target = random() < 0.8 ? neighbour(source) : Math.floor(random() * actorCount);
    const key = source < target ? `${source}-${target}` : `${target}-${source}`;
    // The app draws at most one relation per pair and none from an actor to itself.
    if (target < 0 || target >= actorCount || target === source || seen.has(key)) continue;
    seen.add(key);
    const roll = random();
    relations.push({
      id: `r${relations.length}`,
      source: `a${source}`,
      target: `a${target}`,
      direction: roll < 0.6 ? 'forward' : roll < 0.85 ? 'both' : 'backward',
      topics: distinct(pick, TOPICS, 1 + Math.floor(random() * 2)),
      methods: distinct(pick, METHODS, 1 + Math.floor(random() * 2)),
    });
  }

  const at = '2026-01-15T10:00:00.000Z';
  return {
    format: 'verkostokartta',
    version: 1,
    exportedAt: at,
    map: {
      id: `bench-${actorCount}-${seed}`,
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
