import type { ActorType } from '../model';

/** Paths of 24×24 icons; the icon and the node's shape tell the type apart, not colour alone. */
export const ACTOR_ICON_PATHS: Record<ActorType, string> = {
  self: 'M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 16.9 5.9 20.4l1.5-6.8L2.2 9l6.9-.7z',
  person: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5z',
  group:
    'M8 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm8 0a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM8 13c-3.3 0-6 1.7-6 4v2h12v-2c0-2.3-2.7-4-6-4zm8 0c-.6 0-1.2.1-1.8.2 1.1.9 1.8 2.1 1.8 3.8v2h6v-2c0-2.3-2.7-4-6-4z',
  organisation: 'M4 21V3h10v4h6v14h-6v-4h-4v4zm3-15v2h2V6zm4 0v2h2V6zm-4 4v2h2v-2zm4 0v2h2v-2zm5 0v2h2v-2zm-9 4v2h2v-2zm4 0v2h2v-2zm5 0v2h2v-2z',
};
