/**
 * The translate function for the many small parts of the canvas (every node,
 * badge and label), given once by MapView. react-i18next's useTranslation
 * copies the i18n instance's properties for each component that mounts: with
 * hundreds of nodes mounting as a large map opens or pans, that alone took
 * about a third of a second.
 */
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';

export const CanvasTranslation = createContext<TFunction | null>(null);

/** Words already translated: a thousand nodes ask for the same few type names and counts, and i18next is not free. */
const CACHE_MAX = 5000;

/** `t` with its answers remembered (by key and values), for the context; a new `t` (another language) gets a new cache. */
export function cachingT(t: TFunction): TFunction {
  const cache = new Map<string, string>();
  const cached = (key: string, values?: Record<string, unknown>) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      if (cache.size >= CACHE_MAX) cache.clear();
      text = String(t(key, values as never));
      cache.set(id, text);
    }
    return text;
  };
  return cached as unknown as TFunction;
}

export function useCanvasT(): TFunction {
  const t = useContext(CanvasTranslation);
  if (!t) throw new Error('useCanvasT outside MapView');
  return t;
}

/** Stands for the name while the sentence is translated (and remembered) once; never in a real name (a control character). */
const NAME_SLOT = '\u0000name\u0000';

/**
 * A sentence with an actor's name in it (`{{name}}`), translated once per language and filled in per actor: each
 * actor's own sentence would be a new entry in the cache, and 5000 of them emptied it over and over (every node
 * then translated its type name again too).
 */
export function withName(t: TFunction, key: string, name: string): string {
  return String(t(key as never, { name: NAME_SLOT } as never))
    .split(NAME_SLOT)
    .join(name);
}
