import { LIMITS } from '../limits';
import type { Service } from '../schema';
import { CONTENT_AREAS, TNO_LEVELS } from '../vocabulary';
import { normaliseName, tidyName } from './normaliseName';

/**
 * The services of one merged actor. Services named alike (after
 * `normaliseName`) are one service with the TNO levels and content areas of
 * all; levels and areas come out in vocabulary order whatever the sources said.
 */
export function mergeServices(services: readonly Service[]): { services: Service[]; dropped: number } {
  const byName = new Map<string, { name: string; tno: Set<string>; areas: Set<string> }>();
  let dropped = 0;
  for (const service of services) {
    const key = normaliseName(service.name);
    let merged = byName.get(key);
    if (!merged) {
      if (byName.size >= LIMITS.listItems) {
        dropped++;
        continue;
      }
      merged = { name: tidyName(service.name), tno: new Set(), areas: new Set() };
      byName.set(key, merged);
    }
    service.tno.forEach((level) => merged.tno.add(level));
    service.areas.forEach((area) => merged.areas.add(area));
  }
  return {
    services: [...byName.values()].map(({ name, tno, areas }) => ({
      name,
      tno: TNO_LEVELS.filter((level) => tno.has(level)),
      areas: CONTENT_AREAS.filter((area) => areas.has(area)),
    })),
    dropped,
  };
}
