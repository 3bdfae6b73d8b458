import { CONTENT_AREAS, type ContentArea } from './vocabulary';
import type { Actor } from './schema';

/** The content areas an actor works in: the union over its services, in the fixed order. */
export function areasOf(actor: Actor): ContentArea[] {
  const areas = new Set(actor.services.flatMap((s) => s.areas));
  return CONTENT_AREAS.filter((a) => areas.has(a));
}

/** Toggle a value in a small closed list, keeping the list's canonical order. */
export function toggleIn<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const set = new Set(list);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return order.filter((v) => set.has(v));
}
