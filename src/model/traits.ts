/**
 * Rules about actors, written once: the inspector, the canvas, the commands and
 * the pictures ask here instead of repeating `type === 'self'` checks.
 */
import type { Actor } from './schema';
import type { ActorType, MapKind } from './vocabulary';

/** Which fields an actor of a type has on a map of a kind. */
export interface ActorTraits {
  /** The organisation a person (or "me") works in. */
  organisation: boolean;
  /** Services: what an actor offers; "me" offers none on my own map. */
  services: boolean;
  /** A closeness ring: every actor of a personal map except "me", who is the centre. */
  ring: boolean;
  /** The type can be changed (not "me"). */
  changeType: boolean;
  /** The user may move it on the canvas: "me" stays fixed at the centre of the rings. */
  movable: boolean;
}

export function actorTraits(type: ActorType, kind: MapKind): ActorTraits {
  const self = type === 'self';
  return {
    organisation: type === 'person' || self,
    services: !self,
    ring: kind === 'personal' && !self,
    changeType: !self,
    movable: !self,
  };
}

/** "Me" is the map's point of view: the only actor that cannot be deleted. */
export function canRemove(actor: Pick<Actor, 'type'>): boolean {
  return actor.type !== 'self';
}

/**
 * Half the size of "me" in map units, for framing and for keeping ring 1 clear
 * of it (the node is drawn at least this big; ring 1's inner edge lies beyond).
 */
export const SELF_HALF_SIZE = { x: 70, y: 32 } as const;
