import { useSyncExternalStore } from 'react';

export type Route = { screen: 'library' } | { screen: 'merge' } | { screen: 'map'; id: string };

/** The screen lives in the URL hash, so a reload reopens the same map. */
export function parseRoute(hash: string): Route {
  if (hash === '#/merge') return { screen: 'merge' };
  const match = /^#\/map\/([^/?#]+)$/.exec(hash);
  if (!match) return { screen: 'library' };
  try {
    return { screen: 'map', id: decodeURIComponent(match[1]!) };
  } catch {
    // A hand-edited or truncated link ("%E0%A4%A"): show the library rather than crash the app.
    return { screen: 'library' };
  }
}

export const mapHref = (id: string) => `#/map/${encodeURIComponent(id)}`;
export const libraryHref = '#/';
export const mergeHref = '#/merge';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
