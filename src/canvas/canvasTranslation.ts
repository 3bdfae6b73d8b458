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

/** A value's stand-in while a sentence is translated (and remembered) once; never in real text (control characters). */
const slot = (name: string) => `\u0000${name}\u0000`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the stand-ins are control characters on purpose (never in real text).
const SLOTS = /\u0000(\w+)\u0000/g;

/**
 * A sentence with values in it (`{{name}}`, `{{source}}`), translated once per language and filled in per use:
 * each actor's or relation's own sentence would be a new entry in the cache (5000 of them emptied it over and
 * over), and i18next's interpolation is the slow part of `t` (opening a 50-actor map spent about 15 ms there).
 * Filled in one pass, so a value that looks like a stand-in or like `{{x}}` stays as it is.
 */
export function withValues(t: TFunction, key: string, values: Record<string, string>): string {
  const slots = Object.fromEntries(Object.keys(values).map((name) => [name, slot(name)]));
  return String(t(key as never, slots as never)).replace(SLOTS, (whole, name: string) => values[name] ?? whole);
}

/** `withValues` for the sentences about one actor. */
export const withName = (t: TFunction, key: string, name: string): string => withValues(t, key, { name });
