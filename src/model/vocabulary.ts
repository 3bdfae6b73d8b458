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

/** The six reflection questions of the exercise, in the order they are asked. */
export const REFLECTION_KEYS = ['networks', 'members', 'purpose', 'experiences', 'coordination', 'value'] as const;
export type ReflectionKey = (typeof REFLECTION_KEYS)[number];

export const RINGS = [1, 2, 3] as const;
export type Ring = (typeof RINGS)[number];

export function isPresetMethod(method: string): method is PresetMethod {
  return (PRESET_METHODS as readonly string[]).includes(method);
}
