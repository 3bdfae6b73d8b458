import type { ActorType } from '../model';
import { ACTOR_ICON_PATHS as PATHS } from '../render/icons';

export function ActorIcon({ type, size = 18 }: { type: ActorType; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <path d={PATHS[type]} fill="currentColor" />
    </svg>
  );
}
