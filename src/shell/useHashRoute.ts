import { useSyncExternalStore } from 'react';

export type Route = { screen: 'library' } | { screen: 'merge' } | { screen: 'map'; id: string } | { screen: 'share'; data: string };

/** The screen lives in the URL hash, so a reload reopens the same map. */
export function parseRoute(hash: string): Route {
  if (hash === '#/merge') return { screen: 'merge' };
  // A map handed over in the link itself (io/shareLink); its data is checked when it is opened, not here.
  if (hash.startsWith(SHARE_PREFIX)) return { screen: 'share', data: hash.slice(SHARE_PREFIX.length) };
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
/** Where share links point (see io/shareLink, which writes the same prefix). */
export const SHARE_PREFIX = '#/share/';

/**
 * Go to a route in place of the current history entry, so that Back does not lead
 * to it again: used to drop a share link (the whole map) from the address bar and history.
 */
export function replaceRoute(href: string) {
  history.replaceState(history.state, '', href);
  // replaceState fires no hashchange; the route hook listens for one.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
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
