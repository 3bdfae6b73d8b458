/** Closed vocabularies of the interchange format (`docs/format.md`). */

export const ACTOR_TYPES = ['self', 'person', 'group', 'organisation'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Types a user can add; "self" is created with a personal map only. */
export const ADDABLE_ACTOR_TYPES = ['person', 'group', 'organisation'] as const satisfies readonly ActorType[];

export const MAP_KINDS = ['personal', 'regional'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export const DIRECTIONS = ['forward', 'backward', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How views and filters group directions: ↔ is mutual, → and ← are one-way. */
export const DIRECTION_CLASSES = ['mutual', 'oneWay'] as const;
export type DirectionClass = (typeof DIRECTION_CLASSES)[number];

/** Preset contact methods; any other string in `methods` is free text. */
export const PRESET_METHODS = ['meeting', 'briefing', 'formal-meeting', 'letter', 'email', 'phone', 'video', 'chat'] as const;
export type PresetMethod = (typeof PRESET_METHODS)[number];

export const TNO_LEVELS = ['information', 'advice', 'guidance'] as const;
export type TnoLevel = (typeof TNO_LEVELS)[number];

export const CONTENT_AREAS = ['everyday', 'education', 'employment'] as const;
export type ContentArea = (typeof CONTENT_AREAS)[number];

/**
 * The training's drop–renew–keep notes (fi P–U–S: pois, uudistettava, säilytettävä;
 * sv slopa–förnya–behåll; en drop–renew–keep), in the order they are summed up.
 */
export const MARK_VERDICTS = ['drop', 'renew', 'keep'] as const;
export type MarkVerdict = (typeof MARK_VERDICTS)[number];

/** The five phases of networking (I actors apart … V a seamless chain of services). */
export const NETWORK_PHASES = [1, 2, 3, 4, 5] as const;
export type NetworkPhase = (typeof NETWORK_PHASES)[number];

/** Status of an item of the Ohjaamo work tool's self-assessment. */
export const WORK_TOOL_STATUSES = ['inPlace', 'inProgress', 'missing'] as const;
export type WorkToolStatus = (typeof WORK_TOOL_STATUSES)[number];

/** How a personal map's rings are divided into sectors, chosen per map. */
export const SECTOR_SCHEMES = ['areas', 'publicThirdPrivate'] as const;
export type SectorScheme = (typeof SECTOR_SCHEMES)[number];

/** The sectors of each scheme, clockwise from the top. */
export const SECTORS_OF_SCHEME = {
  areas: CONTENT_AREAS,
  publicThirdPrivate: ['public', 'third', 'private'],
} as const satisfies Record<SectorScheme, readonly string[]>;

export const SECTORS = [...CONTENT_AREAS, 'public', 'third', 'private'] as const;
export type Sector = (typeof SECTORS)[number];

/** The six reflection questions of the exercise, in the order they are asked. */
export const REFLECTION_KEYS = ['networks', 'members', 'purpose', 'experiences', 'coordination', 'value'] as const;
export type ReflectionKey = (typeof REFLECTION_KEYS)[number];

export const RINGS = [1, 2, 3] as const;
export type Ring = (typeof RINGS)[number];

export function isPresetMethod(method: string): method is PresetMethod {
  return (PRESET_METHODS as readonly string[]).includes(method);
}
